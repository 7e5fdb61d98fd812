import { expect, test } from '../fixtures';
import {
  SHOPPER_ZONE,
  bookNow,
  chooseDay,
  chooseFirstTime,
  fillBookingPage,
  submitBooking,
} from './helpers';

test.use({ timezoneId: SHOPPER_ZONE });

test('two shoppers race for the last place: one booking, one clear message', async ({
  browser,
}) => {
  const contexts = await Promise.all([
    browser.newContext({ timezoneId: SHOPPER_ZONE }),
    browser.newContext({ timezoneId: SHOPPER_ZONE }),
  ]);
  try {
    const [first, second] = await Promise.all(contexts.map((c) => c.newPage()));
    if (!first || !second) throw new Error('two pages expected');
    // Both choose the same hour of the same therapist (hot stone: one place per session).
    for (const page of [first, second]) {
      await page.goto('/services/hot-stone-massage');
      await chooseDay(page, 23, SHOPPER_ZONE);
      await chooseFirstTime(page);
      await bookNow(page);
      await fillBookingPage(page);
    }
    await submitBooking(first);
    await expect(first.getByRole('heading', { name: 'Booking confirmed' })).toBeVisible();

    await submitBooking(second);
    await expect(second.getByRole('alert')).toContainText(
      'This time was just booked by someone else. Choose another time.',
    );
    // Nothing was booked for them, and Back leads to the service's calendar to choose again.
    await second.getByRole('link', { name: 'Back' }).click();
    await expect(second).toHaveURL(/\/services\/hot-stone-massage(\?|$)/);
    await expect(
      second.getByRole('heading', { level: 1, name: 'Hot stone massage' }),
    ).toBeVisible();
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});
