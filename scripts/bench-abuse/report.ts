// The abuse benchmark's figures per phase, its targets, and the table it prints.
import type { DirUsage } from './probes';

const MB = 1024 * 1024;

export const TARGETS = {
  /** The dist dir may grow less than this over the whole run. */
  distGrowthBytes: 20 * MB,
  /** The server's RSS may rise less than this above its warm figure, at any sample. */
  rssGrowthBytes: 100 * MB,
  /** Random slugs are answered from the negative cache: Wix calls per slug at most this. */
  wixCallsPerRandomSlug: 0.01,
};

export type Phase = {
  name: string;
  requests: number;
  /** Answers by status code. */
  statuses: Record<string, number>;
  /** What status every answer should have. */
  expectedStatus: number;
  seconds: number;
  wixCalls: number;
  /** Dist dir growth during this phase. */
  dist: DirUsage;
  /** RSS above warm at the phase's end, and the highest sample during it. */
  rssAboveWarm: number;
  peakRssAboveWarm: number;
  /** Whether this phase's Wix calls are held to a target, and which. */
  wixTarget: 'none' | 'per-slug' | 'zero';
};

const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

export function missedTargets(phases: Phase[]): string[] {
  const missed: string[] = [];
  const dist = phases.reduce((sum, p) => sum + p.dist.bytes, 0);
  if (dist >= TARGETS.distGrowthBytes) {
    missed.push(`the dist dir grew ${mb(dist)} (target < ${mb(TARGETS.distGrowthBytes)})`);
  }
  const peak = Math.max(0, ...phases.map((p) => p.peakRssAboveWarm));
  if (peak >= TARGETS.rssGrowthBytes) {
    missed.push(`RSS rose ${mb(peak)} above warm (target < ${mb(TARGETS.rssGrowthBytes)})`);
  }
  for (const phase of phases) {
    const wrong = phase.requests - (phase.statuses[phase.expectedStatus] ?? 0);
    if (wrong > 0) missed.push(`${phase.name}: ${wrong} answers were not ${phase.expectedStatus}`);
    const allowed =
      phase.wixTarget === 'zero'
        ? 0
        : phase.wixTarget === 'per-slug'
          ? Math.floor(phase.requests * TARGETS.wixCallsPerRandomSlug)
          : Infinity;
    if (phase.wixCalls > allowed) {
      missed.push(`${phase.name}: ${phase.wixCalls} Wix calls (target at most ${allowed})`);
    }
  }
  return missed;
}

export function formatPhases(phases: Phase[]): string {
  const header = [
    'phase',
    'requests',
    'req/s',
    'statuses',
    'Wix calls',
    'dist growth',
    'RSS above warm (end / peak)',
  ];
  const rows = phases.map((p) => [
    p.name,
    String(p.requests),
    (p.requests / p.seconds).toFixed(0),
    Object.entries(p.statuses)
      .map(([status, count]) => `${status}×${count}`)
      .join(' '),
    String(p.wixCalls),
    `${mb(p.dist.bytes)}, ${p.dist.files} files`,
    `${mb(p.rssAboveWarm)} / ${mb(p.peakRssAboveWarm)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
