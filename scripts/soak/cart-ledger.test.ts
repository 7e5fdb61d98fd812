import { describe, expect, it } from 'vitest';
import { CartLedger, type Units } from './cart-ledger';

const units = (entries: [string, number][]): Units => new Map(entries);

describe('CartLedger', () => {
  it('finds nothing lost when every confirmed add is in a cart or an order', () => {
    const ledger = new CartLedger();
    ledger.add('visitor 1.0', 'Shirt', 2);
    ledger.add('visitor 1.0', 'Mug', 1);
    ledger.order(
      'visitor 1.0',
      units([
        ['Shirt', 2],
        ['Mug', 1],
      ]),
    );
    ledger.add('visitor 1.0', 'Mug', 1);
    ledger.add('visitor 2.0', 'Lamp', 1);
    const check = ledger.check(
      new Map([
        ['visitor 1.0', units([['Mug', 1]])],
        ['visitor 2.0', units([['Lamp', 1]])],
      ]),
    );
    expect(check).toMatchObject({
      expected: 5,
      found: 2,
      ordered: 3,
      lost: 0,
      extra: 0,
      mismatches: [],
    });
  });

  it('counts units missing from a cart as lost and surplus ones as extra, per owner and item', () => {
    const ledger = new CartLedger();
    ledger.add('visitor 1.0', 'Shirt', 3);
    ledger.add('visitor 2.0', 'Mug', 1);
    const check = ledger.check(
      new Map([
        ['visitor 1.0', units([['Shirt', 1]])],
        [
          'visitor 2.0',
          units([
            ['Mug', 1],
            ['Lamp', 2],
          ]),
        ],
      ]),
    );
    expect(check).toMatchObject({ lost: 2, extra: 2 });
    expect(check.mismatches).toEqual([
      { owner: 'visitor 1.0', item: 'Shirt', expected: 3, found: 1 },
      { owner: 'visitor 2.0', item: 'Lamp', expected: 0, found: 2 },
    ]);
  });

  it('counts an order of more than was added as extra', () => {
    const ledger = new CartLedger();
    ledger.add('member', 'Shirt', 1);
    ledger.order('member', units([['Shirt', 2]]));
    expect(ledger.check(new Map([['member', new Map()]]))).toMatchObject({ lost: 0, extra: 1 });
  });

  it("expects a visitor's cart in the member's after sign-in, and nothing left with the visitor", () => {
    const ledger = new CartLedger();
    ledger.add('visitor 1.0', 'Shirt', 2);
    ledger.add('member', 'Mug', 1);
    expect(ledger.carry('visitor 1.0', 'member')).toBe(2);
    expect(ledger.carry('visitor 1.0', 'member')).toBe(0);
    expect(ledger.carriedUnits).toBe(2);
    expect(ledger.expected('visitor 1.0')).toEqual(units([['Shirt', 0]]));
    expect(ledger.expected('member')).toEqual(
      units([
        ['Mug', 1],
        ['Shirt', 2],
      ]),
    );
    const merged = ledger.check(
      new Map([
        [
          'member',
          units([
            ['Mug', 1],
            ['Shirt', 2],
          ]),
        ],
      ]),
    );
    expect(merged).toMatchObject({ expected: 3, lost: 0, extra: 0 });
    // A merge that failed at sign-in leaves the member without the visitor's lines: lost to the shopper.
    expect(ledger.check(new Map([['member', units([['Mug', 1]])]]))).toMatchObject({ lost: 2 });
  });

  it('leaves carts that could not be read out of lost and extra, and names them', () => {
    const ledger = new CartLedger();
    ledger.add('visitor 1.0', 'Shirt', 2);
    ledger.add('member', 'Mug', 1);
    const check = ledger.check(
      new Map([['member', units([['Mug', 1]])]]),
      new Set(['visitor 1.0']),
    );
    expect(check).toMatchObject({ lost: 0, extra: 0, unread: ['visitor 1.0'] });
  });
});
