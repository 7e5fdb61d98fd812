/** First Load JS per route, read from the route table `next build` prints. */
export function parseFirstLoadJs(buildOutput: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  const row = /^[┌├└]\s+[○●ƒλ]\s+(\/\S*)\s+[\d.]+\s+k?B\s+([\d.]+)\s+(k?B)/u;
  for (const line of buildOutput.split('\n')) {
    const match = row.exec(line.trim());
    if (!match) continue;
    const [, route, amount, unit] = match;
    sizes[route!] = unit === 'kB' ? Number(amount) : Number(amount) / 1000;
  }
  return sizes;
}
