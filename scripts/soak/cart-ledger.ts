// What the soak expects to find in each cart: units per item (product name) per Wix identity.

/** Units by product name. */
export type Units = Map<string, number>;

type Account = { in: Units; out: Units };

export type CartCheck = {
  /** Units the shop said it added (with units carried into the member's cart at sign-in). */
  expected: number;
  found: number;
  ordered: number;
  /** Units reported added but in no cart and no order. */
  lost: number;
  /** Units in carts or orders beyond what the shop reported added. */
  extra: number;
  mismatches: { owner: string; item: string; expected: number; found: number }[];
  /** Owners whose cart could not be read at the end (left out of lost and extra). */
  unread: string[];
};

const bump = (units: Units, item: string, by: number) =>
  units.set(item, (units.get(item) ?? 0) + by);
const total = (units: Units) => [...units.values()].reduce((sum, n) => sum + n, 0);

/** Owners are Wix identities: `member`, or one visitor identity of one shopper. */
export class CartLedger {
  private readonly accounts = new Map<string, Account>();
  private readonly ordered = new Map<string, Units>();
  addedUnits = 0;
  carriedUnits = 0;

  private account(owner: string): Account {
    let account = this.accounts.get(owner);
    if (!account) this.accounts.set(owner, (account = { in: new Map(), out: new Map() }));
    return account;
  }

  /** The shop answered that `units` of `item` were added to this owner's cart. */
  add(owner: string, item: string, units: number): void {
    bump(this.account(owner).in, item, units);
    this.addedUnits += units;
  }

  /** An order was placed from this owner's cart with these lines. */
  order(owner: string, lines: Units): void {
    const orders = this.ordered.get(owner) ?? new Map<string, number>();
    for (const [item, units] of lines) {
      bump(this.account(owner).out, item, units);
      bump(orders, item, units);
    }
    this.ordered.set(owner, orders);
  }

  /** What this owner's cart should hold now. */
  expected(owner: string): Units {
    const { in: added, out } = this.account(owner);
    const units: Units = new Map();
    for (const [item, n] of added) units.set(item, n - (out.get(item) ?? 0));
    for (const [item, n] of out) if (!added.has(item)) units.set(item, -n);
    return units;
  }

  /** Sign-in: the shop promises the visitor's cart joins the member's. Answers the units moved. */
  carry(from: string, to: string): number {
    let carried = 0;
    for (const [item, n] of this.expected(from)) {
      if (n <= 0) continue;
      bump(this.account(from).out, item, n);
      bump(this.account(to).in, item, n);
      carried += n;
    }
    this.carriedUnits += carried;
    return carried;
  }

  owners(): string[] {
    return [...this.accounts.keys()];
  }

  /** Compares every owner's expected cart with what was found in it (absent: empty, or unread). */
  check(found: ReadonlyMap<string, Units>, unread: ReadonlySet<string> = new Set()): CartCheck {
    const result: CartCheck = {
      expected: this.addedUnits,
      found: 0,
      ordered: 0,
      lost: 0,
      extra: 0,
      mismatches: [],
      unread: [...unread],
    };
    for (const units of found.values()) result.found += total(units);
    for (const units of this.ordered.values()) result.ordered += total(units);
    const owners = new Set([...this.owners(), ...found.keys()]);
    for (const owner of owners) {
      if (unread.has(owner)) continue;
      const expected = this.expected(owner);
      const there = found.get(owner) ?? new Map<string, number>();
      for (const item of new Set([...expected.keys(), ...there.keys()])) {
        const want = expected.get(item) ?? 0;
        const got = there.get(item) ?? 0;
        if (want === got) continue;
        if (want > got) result.lost += want - got;
        else result.extra += got - want;
        result.mismatches.push({ owner, item, expected: want, found: got });
      }
    }
    return result;
  }
}
