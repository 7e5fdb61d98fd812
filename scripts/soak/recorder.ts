// Every storefront answer of a soak run, by route and phase.
import type { Outcome } from './classify';
import { percentile } from './percentile';
import { MEASURED_PHASES, phaseAt, type PhaseName, type Timeline } from './timeline';

/** Answers of one kind on one route in one phase: how many, and one path that got it. */
export type Example = {
  route: string;
  phase: PhaseName;
  what: string;
  count: number;
  path: string;
};

export type RouteSummary = {
  route: string;
  phases: Partial<Record<PhaseName, { count: number; p50: number; p99: number }>>;
};

export class Recorder {
  private readonly durations = new Map<string, number[]>();
  readonly counts: Record<Outcome['kind'], number> = {
    ok: 0,
    'expected-4xx': 0,
    friendly: 0,
    'unexpected-4xx': 0,
    failure: 0,
  };
  /** Friendly 503 pages and 2xx pages showing a friendly heading, by phase and heading. */
  readonly friendly = new Map<string, number>();
  readonly degraded = new Map<string, number>();
  private readonly failureGroups = new Map<string, Example>();
  private readonly unexpectedGroups = new Map<string, Example>();
  readonly expected4xx = new Map<string, number>();

  private closed = false;

  constructor(private readonly timeline: Timeline) {}

  /** Answers from now on are not the soak's traffic (the final read of the carts). */
  close(): void {
    this.closed = true;
  }

  /** One answer: `sentAt` in ms from the start of traffic, `ms` until its body was read. */
  record(
    route: string,
    path: string,
    sentAt: number,
    ms: number,
    outcome: Outcome,
    status: number | null,
  ): void {
    if (this.closed) return;
    const phase = phaseAt(this.timeline, sentAt);
    const key = `${route}\t${phase}`;
    const list = this.durations.get(key) ?? [];
    list.push(ms);
    this.durations.set(key, list);
    this.counts[outcome.kind]++;
    const bumpIn = (map: Map<string, number>, name: string) =>
      map.set(name, (map.get(name) ?? 0) + 1);
    const example = (groups: Map<string, Example>, what: string) => {
      const group = groups.get(`${route}\t${phase}\t${what}`) ?? {
        route,
        phase,
        what,
        count: 0,
        path,
      };
      group.count++;
      groups.set(`${route}\t${phase}\t${what}`, group);
    };
    if (outcome.kind === 'friendly') bumpIn(this.friendly, `${phase}\t${outcome.title}`);
    if (outcome.kind === 'ok' && outcome.degraded)
      bumpIn(this.degraded, `${phase}\t${route} ${status}: ${outcome.degraded}`);
    if (outcome.kind === 'expected-4xx') bumpIn(this.expected4xx, `${route} ${status}`);
    if (outcome.kind === 'failure') example(this.failureGroups, outcome.reason);
    if (outcome.kind === 'unexpected-4xx') example(this.unexpectedGroups, String(status));
  }

  /** 5xx other than the friendly 503 (and no answers), grouped by route, phase and kind. */
  get failures(): Example[] {
    return [...this.failureGroups.values()];
  }

  get unexpected4xx(): Example[] {
    return [...this.unexpectedGroups.values()];
  }

  /** p50 and p99 per route for the measured phases, routes in the order first seen. */
  summary(): RouteSummary[] {
    const routes = new Map<string, RouteSummary>();
    for (const [key, list] of this.durations) {
      const [route = '', phase] = key.split('\t') as [string, PhaseName];
      if (!MEASURED_PHASES.includes(phase)) continue;
      const summary = routes.get(route) ?? { route, phases: {} };
      summary.phases[phase] = {
        count: list.length,
        p50: percentile(list, 50)!,
        p99: percentile(list, 99)!,
      };
      routes.set(route, summary);
    }
    return [...routes.values()];
  }
}
