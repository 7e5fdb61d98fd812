import { expect, test } from './fixtures';
import { SITE_URL } from './helpers';

test('a cookieless /login loop from one address gets a friendly 429', async ({ page }) => {
  // A documentation address of its own, so no other journey shares its budget.
  const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  const start = () =>
    fetch(`${SITE_URL}/login`, { redirect: 'manual', headers: { 'x-forwarded-for': address } });
  const statuses: number[] = [];
  for (let i = 0; i < 30; i++) statuses.push((await start()).status);
  expect(statuses.every((s) => s === 303)).toBe(true);

  // The bucket earns one start back every two seconds, so a loop is refused within a few more.
  let refused = await start();
  for (let i = 0; i < 20 && refused.status !== 429; i++) refused = await start();
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(await refused.text()).toContain('Too many sign-in attempts');

  // Everyone else still signs in.
  await page.goto('/login');
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
});
