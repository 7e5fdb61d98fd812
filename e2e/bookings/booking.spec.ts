import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures';
import {
  BUSINESS_ZONE,
  SHOPPER_ZONE,
  bookNow,
  chooseDay,
  chooseFirstTime,
  fillBookingPage,
  reopenDay,
  submitBooking,
  timeLabels,
  emulatorUrl,
} from './helpers';

test.use({ timezoneId: SHOPPER_ZONE });

const inZone = (date: Date, timeZone: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-US', { timeZone, ...options }).format(date);

test('services are listed by category with duration, price and a Book link', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Services', exact: true }).first().click();
  await expect(page).toHaveURL(/\/services$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
  for (const category of ['Hair & beauty', 'Massage & wellness', 'Classes']) {
    await expect(page.getByRole('heading', { level: 2, name: category })).toBeVisible();
  }
  const haircut = page.getByRole('article').filter({ hasText: 'Haircut' });
  await expect(haircut).toContainText('30 min');
  await expect(haircut).toContainText('$45.00');
  await expect(page.getByRole('article').filter({ hasText: 'Hot stone massage' })).toContainText(
    'From $110.00',
  );
  await expect(
    page.getByRole('article').filter({ hasText: 'Free colour consultation' }),
  ).toContainText('Free');
  await page.getByRole('link', { name: 'Book Deep tissue massage' }).click();
  await expect(page).toHaveURL(/\/services\/deep-tissue-massage$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Deep tissue massage' })).toBeVisible();
});

test('a visitor books a massage, gets a calendar file, and the time is taken', async ({ page }) => {
  await page.goto('/services/deep-tissue-massage');
  await expect(page.getByRole('radio', { name: `Your time zone (${SHOPPER_ZONE})` })).toBeChecked();
  const day = await chooseDay(page, 2, SHOPPER_ZONE);
  const time = await chooseFirstTime(page);
  await bookNow(page);

  await expect(page.getByRole('heading', { name: 'Book Deep tissue massage' })).toBeVisible();
  await expect(page.getByText('$90.00').first()).toBeVisible();
  await fillBookingPage(page);
  await submitBooking(page);

  await expect(page).toHaveURL(/\/booking-confirmed\?bookingId=/);
  await expect(page.getByRole('heading', { name: 'Booking confirmed' })).toBeVisible();
  await expect(page.getByText('Deep tissue massage')).toBeVisible();
  await expect(page.getByText(`Your time (${SHOPPER_ZONE})`)).toBeVisible();
  await expect(page.getByText(`Business time (${BUSINESS_ZONE})`)).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Add to calendar' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('booking.ics');
  const ics = await readFile(await download.path(), 'utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain('SUMMARY:Deep tissue massage');
  const [, stamp = ''] = /DTSTART:(\d{8}T\d{6}Z)/.exec(ics) ?? [];
  const start = new Date(
    stamp.replace(/(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z/, '$1-$2-$3T$4:$5:$6Z'),
  );
  // The file's UTC start is the time the shopper chose, on the day they chose.
  expect(inZone(start, SHOPPER_ZONE, { hour: 'numeric', minute: '2-digit' })).toBe(time);
  expect(
    inZone(start, SHOPPER_ZONE, {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      year: 'numeric',
    }),
  ).toBe(day);
  const [, end = ''] = /DTEND:(\d{8}T\d{6}Z)/.exec(ics) ?? [];
  expect(end).toBe(
    new Date(start.getTime() + 60 * 60_000).toISOString().replace(/[-:]|\.\d{3}/g, ''),
  );

  // Capacity 1 and one therapist: the booked hour is no longer offered.
  await (await reopenDay(page, 'deep-tissue-massage', day)).first().click();
  await expect(page.getByRole('heading', { name: /^Free times on / })).toBeVisible();
  expect(await timeLabels(page)).not.toContain(time);
});

test('a class shows one place fewer after a booking', async ({ page }) => {
  await page.goto('/services/yoga-flow');
  await expect(page.getByText('Up to 8 people')).toBeVisible();
  const day = await chooseDay(page, 9, SHOPPER_ZONE);
  const [before = ''] = await timeLabels(page);
  const places = Number(/(\d+) places? left/.exec(before)?.[1]);
  expect(places).toBeGreaterThan(1);
  await chooseFirstTime(page);
  await bookNow(page);
  await fillBookingPage(page);
  await submitBooking(page);
  await expect(page.getByRole('heading', { name: 'Booking confirmed' })).toBeVisible();

  await (await reopenDay(page, 'yoga-flow', day)).first().click();
  await expect(page.getByRole('heading', { name: /^Free times on / })).toBeVisible();
  const [after = ''] = await timeLabels(page);
  const left = places - 1;
  expect(after).toBe(
    before.replace(/\d+ places? left/, `${left} place${left === 1 ? '' : 's'} left`),
  );
});

test('a declined card books nothing and the time stays free', async ({ page }) => {
  await page.goto('/services/haircut');
  const day = await chooseDay(page, 30, SHOPPER_ZONE);
  await page.getByLabel('Staff').selectOption({ label: 'Ben Ortiz' });
  await expect(page.getByRole('heading', { name: /^Free times on / })).toBeVisible();
  const time = await chooseFirstTime(page);
  await bookNow(page);
  await fillBookingPage(page);
  await page.getByRole('radio', { name: /Test card: payment (is )?declined/ }).check();
  await submitBooking(page);
  await expect(page.getByRole('alert')).toContainText(
    'Your card was declined. No booking was made.',
  );
  await expect(page.getByLabel('Email')).toHaveValue('bea.booker@example.com');

  await (await reopenDay(page, 'haircut', day)).first().click();
  await page.getByLabel('Staff').selectOption({ label: 'Ben Ortiz' });
  await expect(page.getByRole('heading', { name: /^Free times on / })).toBeVisible();
  await expect.poll(() => timeLabels(page)).toContain(time);
});

test('a price changed in Wix shows on the services pages after its webhook', async ({ page }) => {
  const change = (priceCents: number) =>
    page.request.patch(`${emulatorUrl()}/__emulator/bookings/services/sunrise-pilates`, {
      data: { priceCents },
    });
  const pilates = page.getByRole('article').filter({ hasText: 'Sunrise pilates' });
  await page.goto('/services');
  await expect(pilates).toContainText('$25.00');
  expect((await change(2700)).ok()).toBe(true);
  try {
    await expect(async () => {
      await page.reload();
      await expect(pilates).toContainText('$27.00', { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    await page.goto('/services/sunrise-pilates');
    await expect(page.getByRole('main')).toContainText('$27.00');
  } finally {
    await change(2500);
  }
});
