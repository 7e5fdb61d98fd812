import { expect, test } from '../fixtures';
import { SHOPPER_ZONE, calendar, calendarSettled, nameOf, timeChoices } from './helpers';

test.use({ timezoneId: SHOPPER_ZONE });

test('the calendar works with the keyboard', async ({ page }) => {
  await page.goto('/services/deep-tissue-massage');
  await calendarSettled(page);
  await expect(page.getByRole('button', { name: 'Previous month' })).toBeDisabled();
  const days = calendar(page).getByRole('button');
  // One day is in the tab order; arrow keys move between days.
  const focusable = calendar(page).locator('button[tabindex="0"]');
  await expect(focusable).toHaveCount(1);
  await focusable.focus();
  const focused = page.locator(':focus');
  const start = await nameOf(focused);
  await page.keyboard.press('ArrowRight');
  const next = await nameOf(focused);
  expect(next).not.toBe(start);
  await page.keyboard.press('ArrowLeft');
  expect(await nameOf(focused)).toBe(start);
  expect(await days.count()).toBeGreaterThanOrEqual(28);

  // Move to a day with free times and choose it with Enter.
  for (let i = 0; i < 40; i++) {
    const label = await nameOf(focused);
    if (!label.endsWith('no free times')) break;
    await page.keyboard.press('ArrowRight');
    await calendarSettled(page);
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Free times on / })).toBeVisible();
  await expect(timeChoices(page).first()).toBeVisible();
});

test('an unknown service is a 404 and bad calendar parameters are ignored', async ({ page }) => {
  const missing = await page.goto('/services/no-such-service');
  expect(missing?.status()).toBe(404);

  const odd = await page.goto('/services/haircut?month=2026-13&tz=Mars%2FOlympus');
  expect(odd?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Haircut' })).toBeVisible();
  await expect(page.getByRole('radio', { name: `Your time zone (${SHOPPER_ZONE})` })).toBeChecked();
  await calendarSettled(page);
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);

  const api = await page.request.get(
    '/api/availability?service=haircut&from=yesterday&to=x&tz=UTC',
  );
  expect(api.status()).toBe(400);
  expect(await api.json()).toHaveProperty('error');
});
