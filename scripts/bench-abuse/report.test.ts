import { describe, expect, it } from 'vitest';
import { parseVmRss } from './probes';
import { formatPhases, missedTargets, type Phase } from './report';

const MB = 1024 * 1024;
const phase = (changes: Partial<Phase> = {}): Phase => ({
  name: 'random slugs',
  requests: 10_000,
  statuses: { 404: 10_000 },
  expectedStatus: 404,
  seconds: 100,
  wixCalls: 0,
  dist: { bytes: 0, files: 0 },
  rssAboveWarm: 10 * MB,
  peakRssAboveWarm: 20 * MB,
  wixTarget: 'per-slug',
  ...changes,
});

describe('missedTargets', () => {
  it('is empty when every target is met', () => {
    expect(missedTargets([phase(), phase({ name: 'again', wixTarget: 'zero' })])).toEqual([]);
  });

  it('adds up the dist dir growth of all phases', () => {
    const grown = phase({ dist: { bytes: 10 * MB, files: 5 } });
    expect(missedTargets([grown, grown])).toEqual(['the dist dir grew 20.0 MB (target < 20.0 MB)']);
  });

  it('holds the highest RSS sample to the target', () => {
    expect(missedTargets([phase({ peakRssAboveWarm: 100 * MB })])).toEqual([
      'RSS rose 100.0 MB above warm (target < 100.0 MB)',
    ]);
  });

  it('allows 1% Wix calls per random slug, none for repeated slugs, any for searches', () => {
    expect(missedTargets([phase({ wixCalls: 100 })])).toEqual([]);
    expect(missedTargets([phase({ wixCalls: 101 })])).toEqual([
      'random slugs: 101 Wix calls (target at most 100)',
    ]);
    expect(missedTargets([phase({ name: 'again', wixTarget: 'zero', wixCalls: 1 })])).toEqual([
      'again: 1 Wix calls (target at most 0)',
    ]);
    expect(missedTargets([phase({ wixTarget: 'none', wixCalls: 10_000 })])).toEqual([]);
  });

  it('counts answers with another status', () => {
    expect(missedTargets([phase({ statuses: { 404: 9_998, 500: 2 } })])).toEqual([
      'random slugs: 2 answers were not 404',
    ]);
  });
});

describe('formatPhases', () => {
  it('prints one row per phase under a header', () => {
    const lines = formatPhases([phase()]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^random slugs\s+10000\s+100\s+404×10000\s+0\s+0\.0 MB, 0 files/);
  });
});

describe('parseVmRss', () => {
  it('reads the resident set from /proc/<pid>/status', () => {
    expect(parseVmRss('Name:\tnode\nVmRSS:\t  204800 kB\nThreads:\t11\n')).toBe(200 * MB);
    expect(parseVmRss('Name:\tnode\n')).toBeNull();
  });
});
