import { describe, expect, it } from 'vitest';
import { buildIcs, escapeIcsText, foldIcsLine, icsDateTime } from './ics';

const event = {
  uid: '6f1c2b1e-0d8a-4c1e-9b1e-0d8a2a8f1c11@localhost',
  start: '2026-12-08T15:00:00.000Z',
  end: '2026-12-08T15:30:00.000Z',
  summary: 'Haircut',
  location: 'Soho Studio, 100 Spring St, New York, NY 10012',
  description: 'With Anna Berg',
  stamp: new Date('2026-12-01T12:00:00.000Z'),
};

describe('buildIcs', () => {
  it('writes one event with UTC times and CRLF line ends', () => {
    const ics = buildIcs(event);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('\r\nDTSTART:20261208T150000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20261208T153000Z\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261201T120000Z\r\n');
    expect(ics).toContain(`\r\nUID:${event.uid}\r\n`);
    expect(ics).toContain('\r\nSUMMARY:Haircut\r\n');
    // Every line break is CRLF: no bare LF or CR anywhere.
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    const ics = buildIcs({ ...event, description: 'Bring: towel; water, \\ snacks\nSee you' });
    expect(ics).toContain('LOCATION:Soho Studio\\, 100 Spring St\\, New York\\, NY 10012');
    expect(ics).toContain('DESCRIPTION:Bring: towel\\; water\\, \\\\ snacks\\nSee you');
  });

  it('leaves out an empty location and description', () => {
    const ics = buildIcs({ ...event, location: null, description: '' });
    expect(ics).not.toContain('LOCATION');
    expect(ics).not.toContain('DESCRIPTION');
  });

  it('keeps UTC across daylight-saving change days', () => {
    expect(buildIcs({ ...event, start: '2027-03-14T14:00:00.000Z' })).toContain(
      'DTSTART:20270314T140000Z',
    );
    expect(buildIcs({ ...event, start: '2026-11-01T06:30:00.000Z' })).toContain(
      'DTSTART:20261101T063000Z',
    );
  });

  it('folds long lines at 75 octets, each physical line within the limit', () => {
    const description = 'Deep tissue massage, '.repeat(12);
    const ics = buildIcs({ ...event, description });
    for (const line of ics.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`DESCRIPTION:${escapeIcsText(description)}\r\n`);
  });
});

describe('foldIcsLine', () => {
  it('leaves a short line alone', () => {
    expect(foldIcsLine('SUMMARY:Haircut')).toBe('SUMMARY:Haircut');
  });

  it('never splits a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`; // 8 + 120 octets
    const folded = foldIcsLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBe(2);
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });
});

describe('icsDateTime', () => {
  it('writes basic-format UTC', () => {
    expect(icsDateTime('2026-12-08T15:00:00.000Z')).toBe('20261208T150000Z');
    expect(icsDateTime(new Date('2027-01-01T00:00:59Z'))).toBe('20270101T000059Z');
  });

  it('refuses a non-date', () => {
    expect(() => icsDateTime('nope')).toThrow(RangeError);
  });
});
