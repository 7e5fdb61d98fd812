import { expect, test } from '../fixtures';
import {
  BUSINESS_ZONE,
  bookNow,
  chooseDay,
  chooseFirstTime,
  fillBookingPage,
  submitBooking,
  timeLabels,
} from './helpers';

// Tokyo is 14 hours ahead of New York in winter (13 in summer): the studio's mornings are the
// shopper's nights, usually on the next calendar day.
const TOKYO = 'Asia/Tokyo';
test.use({ timezoneId: TOKYO });

const minutesOf = (label: string) => {
  const [, h = '0', m = '0', half = ''] = /^(\d+):(\d\d) (AM|PM)/.exec(label) ?? [];
  return ((Number(h) % 12) + (half === 'PM' ? 12 : 0)) * 60 + Number(m);
};

test('a shopper in Tokyo sees times in their zone, can switch to the studio’s, and books', async ({
  page,
}) => {
  await page.goto('/services/haircut');
  const yours = page.getByRole('radio', { name: `Your time zone (${TOKYO})` });
  const business = page.getByRole('radio', { name: `Business time zone (${BUSINESS_ZONE})` });
  await expect(yours).toBeChecked();
  await chooseDay(page, 3, TOKYO);
  const local = await timeLabels(page);
  // Haircuts run 10:00–18:00 in New York: after midnight until the morning in Tokyo.
  expect(local.length).toBeGreaterThan(0);
  for (const label of local) expect(label).toMatch(/AM$/);

  await business.check();
  await chooseDay(page, 3, BUSINESS_ZONE);
  const studio = await timeLabels(page);
  expect(studio[0]).toBe('10:00 AM');
  for (const label of studio) {
    expect(minutesOf(label)).toBeGreaterThanOrEqual(10 * 60);
    expect(minutesOf(label)).toBeLessThan(18 * 60);
  }

  await yours.check();
  await chooseDay(page, 3, TOKYO);
  const chosen = await chooseFirstTime(page);
  await bookNow(page);
  // The Wix page shows both zones too.
  await expect(page.getByText(TOKYO).first()).toBeVisible();
  await expect(page.getByText(BUSINESS_ZONE).first()).toBeVisible();
  await fillBookingPage(page);
  await submitBooking(page);
  await expect(page.getByRole('heading', { name: 'Booking confirmed' })).toBeVisible();
  const yourLine = page.getByText(`Your time (${TOKYO})`).locator('..');
  const businessLine = page.getByText(`Business time (${BUSINESS_ZONE})`).locator('..');
  await expect(yourLine).toContainText(chosen);
  // 13 or 14 hours earlier in New York: the studio's time is a morning or afternoon.
  await expect(businessLine).toContainText(/\d{1,2}:\d\d (AM|PM)/);
  await expect(businessLine).not.toContainText(chosen);
});
