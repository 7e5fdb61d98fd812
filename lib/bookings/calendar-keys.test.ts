import { describe, expect, it } from 'vitest';
import { clampDay, dayAfterKey } from './calendar-keys';

describe('dayAfterKey', () => {
  it('moves a day, a week, to the week’s ends, and across months and years', () => {
    expect(dayAfterKey('2026-12-31', 'ArrowRight')).toBe('2027-01-01');
    expect(dayAfterKey('2026-12-01', 'ArrowLeft')).toBe('2026-11-30');
    expect(dayAfterKey('2026-12-08', 'ArrowUp')).toBe('2026-12-01');
    expect(dayAfterKey('2026-12-08', 'ArrowDown')).toBe('2026-12-15');
    // December 8, 2026 is a Tuesday; weeks run Sunday to Saturday.
    expect(dayAfterKey('2026-12-08', 'Home')).toBe('2026-12-06');
    expect(dayAfterKey('2026-12-08', 'End')).toBe('2026-12-12');
  });

  it('keeps the day of the month on PageUp/PageDown, or the last day of a shorter month', () => {
    expect(dayAfterKey('2026-12-08', 'PageDown')).toBe('2027-01-08');
    expect(dayAfterKey('2026-01-31', 'PageDown')).toBe('2026-02-28');
    expect(dayAfterKey('2028-03-31', 'PageUp')).toBe('2028-02-29');
  });

  it('does not skip or repeat a day over a daylight-saving change', () => {
    expect(dayAfterKey('2026-03-07', 'ArrowRight')).toBe('2026-03-08');
    expect(dayAfterKey('2026-03-08', 'ArrowRight')).toBe('2026-03-09');
    expect(dayAfterKey('2026-11-01', 'ArrowLeft')).toBe('2026-10-31');
  });

  it('ignores other keys', () => {
    expect(dayAfterKey('2026-12-08', 'a')).toBeNull();
    expect(dayAfterKey('2026-12-08', 'Enter')).toBeNull();
  });
});

describe('clampDay', () => {
  it('keeps a day within the bounds', () => {
    expect(clampDay('2026-11-30', '2026-12-01', '2027-02-28')).toBe('2026-12-01');
    expect(clampDay('2027-03-01', '2026-12-01', '2027-02-28')).toBe('2027-02-28');
    expect(clampDay('2026-12-15', '2026-12-01', '2027-02-28')).toBe('2026-12-15');
  });
});
