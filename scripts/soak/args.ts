import { parseArgs } from 'node:util';

export type SoakOptions = {
  minutes: number;
  connections: number;
  /** Share of Wix API calls that fail (0.01: 1%). */
  faultRate: number;
  /** The Wix 5xx those failures answer. */
  faultStatus: number;
  outageSeconds: number;
  reuseBuild: boolean;
};

export const USAGE =
  'usage: tsx scripts/soak/main.ts [--minutes N] [--connections N] [--fault-rate R] [--fault-status S] [--outage-seconds N] [--reuse-build]';

/** A wrong command line: one line on stderr, exit code 2. */
export class UsageError extends Error {}

function number(
  name: string,
  raw: string | undefined,
  fallback: number,
  ok: (n: number) => boolean,
) {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || !ok(value)) {
    throw new UsageError(`--${name} ${raw} is not allowed\n${USAGE}`);
  }
  return value;
}

/** The soak's flags, checked: a run of at least a minute with room for its outage. */
export function parseSoakArgs(args: string[]): SoakOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        minutes: { type: 'string' },
        connections: { type: 'string' },
        'fault-rate': { type: 'string' },
        'fault-status': { type: 'string' },
        'outage-seconds': { type: 'string' },
        'reuse-build': { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const options: SoakOptions = {
    minutes: number('minutes', values.minutes, 10, (n) => n >= 1 && n <= 24 * 60),
    connections: number(
      'connections',
      values.connections,
      20,
      (n) => Number.isInteger(n) && n >= 1 && n <= 500,
    ),
    faultRate: number('fault-rate', values['fault-rate'], 0.01, (n) => n >= 0 && n <= 1),
    faultStatus: number(
      'fault-status',
      values['fault-status'],
      503,
      (n) => Number.isInteger(n) && n >= 500 && n <= 599,
    ),
    outageSeconds: number('outage-seconds', values['outage-seconds'], 30, (n) => n >= 0),
    reuseBuild: values['reuse-build'] ?? false,
  };
  // The outage sits inside the measured part, with time before and after it.
  if (options.outageSeconds * 2 > options.minutes * 60 * 0.75) {
    throw new UsageError(
      `--outage-seconds ${options.outageSeconds} leaves no time before and after it in ${options.minutes} minutes`,
    );
  }
  return options;
}
