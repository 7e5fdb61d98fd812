/** Counters a benchmark reads to see how many upstream calls and token grants the storefront made. */
export class Stats {
  private requests: Record<string, number> = {};
  private grants: Record<string, number> = {};
  private total = 0;

  countRequest(path: string): void {
    this.total++;
    this.requests[path] = (this.requests[path] ?? 0) + 1;
  }

  countGrant(grantType: string): void {
    this.grants[grantType] = (this.grants[grantType] ?? 0) + 1;
  }

  snapshot() {
    return {
      requests: { total: this.total, byPath: { ...this.requests } },
      grants: { ...this.grants },
    };
  }

  reset(): void {
    this.requests = {};
    this.grants = {};
    this.total = 0;
  }
}
