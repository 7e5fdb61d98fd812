/** Counters a benchmark reads to see how many upstream calls and token grants the storefront made. */
export class Stats {
  private requests: Record<string, number> = {};
  private grants: Record<string, number> = {};
  private total = 0;
  private catalog: Record<string, number> = {};
  private catalogTotal = 0;

  countRequest(path: string): void {
    this.total++;
    this.requests[path] = (this.requests[path] ?? 0) + 1;
  }

  /** Stores / categories / collections calls, so a benchmark sees what caching saved. */
  countCatalog(path: string): void {
    this.catalogTotal++;
    this.catalog[path] = (this.catalog[path] ?? 0) + 1;
  }

  countGrant(grantType: string): void {
    this.grants[grantType] = (this.grants[grantType] ?? 0) + 1;
  }

  snapshot() {
    return {
      requests: { total: this.total, byPath: { ...this.requests } },
      grants: { ...this.grants },
      catalog: { total: this.catalogTotal, byPath: { ...this.catalog } },
    };
  }

  reset(): void {
    this.requests = {};
    this.grants = {};
    this.total = 0;
    this.catalog = {};
    this.catalogTotal = 0;
  }
}
