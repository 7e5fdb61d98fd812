// Wix app ids that the shop and the emulator both need; here, not in emulator/, because a fork
// may delete the emulator.

/** Wix Stores' catalog app: the `appId` of every Stores item in a cart or an order. */
export const WIX_STORES_APP_ID = '215238eb-22a5-4c36-9e7b-e7c08025e04e';

/** Wix Stores' app-definition id, which two of Wix's own templates send as the cart `appId`. */
export const WIX_STORES_APP_DEF_ID = '1380b703-ce81-ff05-f115-39571d94dfcd';

/** Wix Bookings' app: the `appId` of its services and of a booking's line in an eCom order. */
export const WIX_BOOKINGS_APP_ID = '13d21c63-b5ec-5912-8397-c3a5ddb27a97';

/** Wix Bookings' staff resource type: asks time slots for their free staff members. */
export const WIX_STAFF_RESOURCE_TYPE_ID = '1cd44cf8-756f-41c3-bd90-3e2ffcaf1155';
