import { mkdirSync, writeFileSync } from 'node:fs';

/**
 * Prints which targets a benchmark missed (or that all were met), writes its figures to
 * `bench-results/<name>.json`, and sets the exit code: 1 when a target was missed.
 */
export function reportOutcome(
  name: string,
  targets: object,
  missed: string[],
  figures: Record<string, unknown>,
): void {
  console.log(
    missed.length
      ? `Missed targets:\n- ${missed.join('\n- ')}`
      : `All targets met (${JSON.stringify(targets)}).`,
  );
  mkdirSync('bench-results', { recursive: true });
  const file = `bench-results/${name}.json`;
  const body = { date: new Date().toISOString(), targets, ...figures, missed };
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  console.log(`Written to ${file}`);
  process.exitCode = missed.length ? 1 : 0;
}
