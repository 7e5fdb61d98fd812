// When each part of a soak run happens, in milliseconds from the start of its traffic.

export type PhaseName = 'warm-up' | 'before' | 'outage' | 'after';
export const MEASURED_PHASES: PhaseName[] = ['before', 'outage', 'after'];

export type Timeline = { warmUpEnd: number; outageStart: number; outageEnd: number; end: number };

const MINUTE = 60_000;

/**
 * A minute of warm-up (a quarter of a shorter run) is not measured for RSS; the outage sits in
 * the middle of the rest, with equal time before and after it.
 */
export function planTimeline(minutes: number, outageSeconds: number): Timeline {
  const end = minutes * MINUTE;
  const warmUpEnd = Math.min(MINUTE, end / 4);
  const middle = warmUpEnd + (end - warmUpEnd) / 2;
  const outage = outageSeconds * 1000;
  return { warmUpEnd, outageStart: middle - outage / 2, outageEnd: middle + outage / 2, end };
}

/** The phase a request belongs to, by when it was sent. */
export function phaseAt(timeline: Timeline, at: number): PhaseName {
  if (at < timeline.warmUpEnd) return 'warm-up';
  if (at < timeline.outageStart) return 'before';
  if (at < timeline.outageEnd) return 'outage';
  return 'after';
}
