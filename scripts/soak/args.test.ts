import { describe, expect, it } from 'vitest';
import { parseSoakArgs, UsageError } from './args';

describe('parseSoakArgs', () => {
  it('defaults to 10 minutes, 20 connections, 1% faults and a 30 s outage', () => {
    expect(parseSoakArgs([])).toEqual({
      minutes: 10,
      connections: 20,
      faultRate: 0.01,
      faultStatus: 503,
      outageSeconds: 30,
      reuseBuild: false,
    });
  });

  it('takes each flag', () => {
    expect(
      parseSoakArgs([
        '--minutes',
        '2',
        '--connections',
        '5',
        '--fault-rate',
        '0',
        '--fault-status',
        '500',
        '--outage-seconds',
        '10',
        '--reuse-build',
      ]),
    ).toEqual({
      minutes: 2,
      connections: 5,
      faultRate: 0,
      faultStatus: 500,
      outageSeconds: 10,
      reuseBuild: true,
    });
  });

  it.each([
    [['--minutes', '0']],
    [['--minutes', 'ten']],
    [['--connections', '2.5']],
    [['--fault-rate', '2']],
    [['--fault-status', '429']],
    [['--outage-seconds', '-1']],
    [['--unknown']],
  ])('refuses %j', (args) => {
    expect(() => parseSoakArgs(args)).toThrow(UsageError);
  });

  it('refuses an outage that leaves no time before and after it', () => {
    expect(() => parseSoakArgs(['--minutes', '1', '--outage-seconds', '30'])).toThrow(
      /no time before and after/,
    );
    expect(parseSoakArgs(['--minutes', '2', '--outage-seconds', '30']).minutes).toBe(2);
  });
});
