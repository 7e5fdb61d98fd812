// Times as shoppers read them (en-US), always in a named zone: a bare "10:00 AM" is ambiguous.

const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${zone}|${JSON.stringify(options)}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, ...options });
    formats.set(key, formatter);
  }
  return formatter;
}

// ICU puts a narrow no-break space before AM/PM; labels and tests expect a plain one.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const DATE: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
};

/** "10:00 AM" at `iso` in `zone`. */
export function formatTime(iso: string, zone: string): string {
  return plain(format(zone, TIME).format(new Date(iso)));
}

/** "Tuesday, December 8, 2026 at 10:00 AM" in `zone`. */
export function formatDateTime(iso: string, zone: string): string {
  const date = new Date(iso);
  return plain(`${format(zone, DATE).format(date)} at ${format(zone, TIME).format(date)}`);
}

/** "Tuesday, December 8, 2026 at 10:00 AM (America/New_York)". */
export function formatInZone(iso: string, zone: string): string {
  return `${formatDateTime(iso, zone)} (${zone})`;
}

/** "10:00 AM – 10:30 AM (America/New_York)": a session's time span on one line. */
export function formatTimeSpan(start: string, end: string, zone: string): string {
  return `${formatTime(start, zone)} – ${formatTime(end, zone)} (${zone})`;
}
