import { defineState } from '../domains/types';
import { bookingsSchema } from './model';
import { seedBookings } from './seed';

/**
 * The Wix Bookings slice of state.json (`bookings`). Nothing expires: canceled and past bookings
 * stay, as a member's booking history does on Wix.
 */
export const bookingsState = defineState({ schema: bookingsSchema, seed: seedBookings });
