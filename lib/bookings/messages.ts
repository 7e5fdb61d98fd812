import { NOT_CONNECTED_MESSAGE } from '../not-connected';

/** What a shopper reads when a booking action could not be done. */
export const BOOKING_MESSAGES = {
  chooseTime: 'Choose a time first.',
  pastTime: 'That time has passed. Choose another time.',
  noService: 'This service can no longer be booked online.',
  unavailable: 'We could not reach the booking service. Nothing was booked; try again in a moment.',
  notConnected: NOT_CONNECTED_MESSAGE,
  sessionEnded: 'Your session with the shop had ended. Nothing was booked; please try again.',
  handOffRefused: 'This time could not be booked. Choose another time.',
  handOffFailed: 'The booking page could not be opened. Nothing was booked; please try again.',
  slotsUnavailable: 'We could not load free times. Try again in a moment.',
  canceled: 'Your booking was canceled.',
  signIn: 'Sign in to manage your bookings.',
  cancelRefused: 'This booking can no longer be canceled online.',
  cancelNotFound: 'This booking was not found.',
  cancelStale: 'This booking changed meanwhile. Reload the page and try again.',
  cancelUnavailable:
    'We could not reach the booking service. Nothing was canceled; try again in a moment.',
} as const;
