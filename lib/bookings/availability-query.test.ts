import { describe, expect, it } from 'vitest';
import { parseAvailabilityQuery } from './availability-query';

const TODAY = '2026-12-01';
const parse = (query: string) => parseAvailabilityQuery(new URLSearchParams(query), TODAY);

describe('parseAvailabilityQuery', () => {
  it('reads a month of one service in the shopper’s zone', () => {
    expect(parse('service=haircut&from=2026-12-01&to=2026-12-31&tz=Asia/Tokyo&staff=any')).toEqual({
      ok: true,
      query: {
        service: 'haircut',
        from: '2026-12-01',
        to: '2026-12-31',
        timeZone: 'Asia/Tokyo',
        staffId: null,
      },
    });
  });

  it('keeps a staff id', () => {
    const parsed = parse('service=haircut&from=2026-12-01&to=2026-12-07&tz=UTC&staff=abc-123');
    expect(parsed.ok && parsed.query.staffId).toBe('abc-123');
  });

  it('allows six weeks (a whole month grid) and yesterday', () => {
    expect(parse('service=yoga-flow&from=2026-11-30&to=2027-01-10&tz=UTC').ok).toBe(true);
  });

  it.each([
    ['no service', 'from=2026-12-01&to=2026-12-02&tz=UTC'],
    ['a bad slug', 'service=../x&from=2026-12-01&to=2026-12-02&tz=UTC'],
    ['a bad date', 'service=haircut&from=2026-12-32&to=2026-12-02&tz=UTC'],
    ['to before from', 'service=haircut&from=2026-12-05&to=2026-12-02&tz=UTC'],
    ['43 days', 'service=haircut&from=2026-12-01&to=2027-01-12&tz=UTC'],
    ['two days ago', 'service=haircut&from=2026-11-29&to=2026-12-02&tz=UTC'],
    ['beyond 92 days', 'service=haircut&from=2027-02-25&to=2027-03-04&tz=UTC'],
    ['no zone', 'service=haircut&from=2026-12-01&to=2026-12-02'],
    ['an unknown zone', 'service=haircut&from=2026-12-01&to=2026-12-02&tz=Mars/Base'],
    ['a bad staff id', 'service=haircut&from=2026-12-01&to=2026-12-02&tz=UTC&staff=<b>'],
  ])('refuses %s', (_, query) => {
    const parsed = parse(query);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/\w/);
  });
});
