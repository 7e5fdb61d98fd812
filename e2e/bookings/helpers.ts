import { expect, type Locator, type Page } from '@playwright/test';
import { emulatorUrl } from '../catalog/helpers';

export { emulatorUrl };

/** The seed business's zone (emulator/bookings/seed.ts). */
export const BUSINESS_ZONE = 'America/New_York';
/** Most journeys browse from London: a zone other than the business's, on the same side of midnight. */
export const SHOPPER_ZONE = 'Europe/London';

export const BOOKER = {
  firstName: 'Bea',
  lastName: 'Booker',
  email: 'bea.booker@example.com',
  phone: '+1 212 555 0100',
};

const DAY_MS = 24 * 3600 * 1000;

/** Today's calendar date in a zone, as a UTC midnight (so adding days never meets daylight saving). */
function todayIn(timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  return new Date(`${parts}T00:00:00Z`);
}

const dayName = (day: Date) =>
  new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(day);

const monthName = (day: Date) =>
  new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);

export const calendar = (page: Page) => page.getByRole('grid');
export const timeChoices = (page: Page) =>
  page.getByRole('radiogroup', { name: 'Times', exact: true }).getByRole('radio');

/** Waits until the shown month's free times have loaded (or failed). */
export async function calendarSettled(page: Page) {
  await expect(calendar(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading free times' })).toHaveCount(0);
}

/** Shows the month that holds `day`, from the current one, with "Next month". */
async function showMonthOf(page: Page, day: Date) {
  const caption = page.getByRole('heading', { name: monthName(day), exact: true });
  for (let step = 0; step < 4 && !(await caption.isVisible()); step++) {
    await page.getByRole('button', { name: 'Next month' }).click();
    await calendarSettled(page);
  }
  await expect(caption).toBeVisible();
}

/**
 * Chooses the first day at least `daysAhead` days from today (in the shown zone) that has a
 * free time, moving to later months as needed. Returns that day's accessible name.
 */
export async function chooseDay(page: Page, daysAhead: number, timeZone: string): Promise<string> {
  await calendarSettled(page);
  const first = todayIn(timeZone).getTime() + daysAhead * DAY_MS;
  for (let d = 0; d < 60; d++) {
    const day = new Date(first + d * DAY_MS);
    await showMonthOf(page, day);
    const name = dayName(day);
    const free = calendar(page).getByRole('button', { name, exact: true });
    if ((await free.count()) === 1) {
      await free.click();
      await expect(page.getByRole('heading', { name: /^Free times on / })).toBeVisible();
      await expect(timeChoices(page).first()).toBeVisible();
      return name;
    }
    // A day without free times says so rather than disappearing.
    await expect(
      calendar(page).getByRole('button', { name: `${name}, no free times`, exact: true }),
    ).toHaveCount(1);
  }
  throw new Error(`no day with free times within 60 days after ${daysAhead} days ahead`);
}

/** The accessible name of an element, as assistive technology reads it. */
export async function nameOf(locator: Locator): Promise<string> {
  const snapshot = await locator.ariaSnapshot();
  const [, name = ''] = /^- [\w-]+ "((?:[^"\\]|\\.)*)"/.exec(snapshot) ?? [];
  return name.replace(/\\(.)/g, '$1');
}

/** Picks the first free time of the chosen day and returns its label ("10:00 AM"). */
export async function chooseFirstTime(page: Page): Promise<string> {
  const first = timeChoices(page).first();
  const label = await nameOf(first);
  await first.check();
  return label;
}

/** The labels of the chosen day's free times. */
export async function timeLabels(page: Page): Promise<string[]> {
  const radios = await timeChoices(page).all();
  return Promise.all(radios.map(nameOf));
}

/** "Book now" on the service page, landing on the emulator's Wix-managed booking page. */
export async function bookNow(page: Page) {
  await page.getByRole('button', { name: 'Book now' }).click();
  await expect(page).toHaveURL(new RegExp(`^${emulatorUrl()}/_wix/bookings-checkout`));
}

/** Fills the emulator's booking page (a stand-in for Wix's) and presses "Book". */
export async function fillBookingPage(page: Page, booker = BOOKER) {
  await page.getByLabel('First name').fill(booker.firstName);
  await page.getByLabel('Last name').fill(booker.lastName);
  await page.getByLabel('Email').fill(booker.email);
  await page.getByLabel('Phone').fill(booker.phone);
}

export async function submitBooking(page: Page) {
  await page.getByRole('button', { name: 'Book', exact: true }).click();
}

/** Opens a service page at the day chosen before, ready to read its times again. */
export async function reopenDay(page: Page, slug: string, dayName: string) {
  await page.goto(`/services/${slug}`);
  await calendarSettled(page);
  const [, month = '', , year = ''] = dayName.split(/,? /);
  const caption = page.getByRole('heading', { name: `${month} ${year}`, exact: true });
  for (let step = 0; step < 4 && !(await caption.isVisible()); step++) {
    await page.getByRole('button', { name: 'Next month' }).click();
    await calendarSettled(page);
  }
  return calendar(page).getByRole('button', { name: new RegExp(`^${dayName}`) });
}
