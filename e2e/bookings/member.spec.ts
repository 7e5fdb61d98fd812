import { expect, test } from '../fixtures';
import { signInAsDemo } from '../helpers';
import {
  SHOPPER_ZONE,
  bookNow,
  chooseDay,
  chooseFirstTime,
  fillBookingPage,
  reopenDay,
  submitBooking,
  timeLabels,
} from './helpers';

test.use({ timezoneId: SHOPPER_ZONE });

test('a member sees a booking on their account, cancels it, and the time is free again', async ({
  page,
}) => {
  await signInAsDemo(page, '/services/colour-consultation');
  const day = await chooseDay(page, 16, SHOPPER_ZONE);
  const time = await chooseFirstTime(page);
  await bookNow(page);
  await expect(page.getByText('Free', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('radio', { name: /Test card/ })).toHaveCount(0);
  await fillBookingPage(page);
  await submitBooking(page);
  await expect(page.getByRole('heading', { name: 'Booking confirmed' })).toBeVisible();

  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  const upcoming = page
    .getByRole('region', { name: 'Upcoming bookings' })
    .or(page.locator('section', { has: page.getByRole('heading', { name: 'Upcoming bookings' }) }));
  const booking = upcoming
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: 'Free colour consultation' }) })
    .first();
  await expect(booking).toContainText('Confirmed');
  await expect(page.getByRole('heading', { name: 'Past bookings' })).toBeVisible();

  await booking.getByRole('button', { name: 'Cancel booking' }).click();
  await expect(page.getByText(/^Cancel Free colour consultation on .+\?$/)).toBeVisible();
  await page.getByRole('button', { name: 'Keep booking' }).click();
  await expect(booking).toContainText('Confirmed');

  await booking.getByRole('button', { name: 'Cancel booking' }).click();
  await page.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your booking was canceled.' }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: 'Free colour consultation' }) })
      .first(),
  ).toContainText('Canceled');

  // The freed time is offered again.
  await (await reopenDay(page, 'colour-consultation', day)).first().click();
  await expect(page.getByRole('heading', { name: /^Free times on / })).toBeVisible();
  await expect.poll(() => timeLabels(page)).toContain(time);
});
