import { describe, expect, it } from 'vitest';
import { findForm, withFields } from './html-form';

const page = `
<form action="/search" method="get"><input name="q" value=""/><button>Search</button></form>
<form action="" encType="multipart/form-data" method="POST">
  <input type="hidden" name="$ACTION_REF_1"/>
  <input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;abc&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>
  <input type="hidden" name="productId" value="p-1">
  <input type="radio" name="size" value="S"><input type="radio" name="size" value="M" checked>
  <label>Quantity <input type="number" name="quantity" value="1" min="1"/></label>
  <button type="submit" aria-describedby="why"><span>Add to cart</span></button>
</form>`;

describe('findForm', () => {
  it('finds the form by its button and keeps hidden, checked and named inputs in order', () => {
    expect(findForm(page, 'Add to cart')?.fields).toEqual([
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', '{"id":"abc","bound":"$@1"}'],
      ['productId', 'p-1'],
      ['size', 'M'],
      ['quantity', '1'],
    ]);
  });

  it('is null when no form has that button', () => {
    expect(findForm(page, 'Checkout')).toBeNull();
  });

  it('replaces and adds fields', () => {
    const form = findForm(page, 'Search')!;
    expect(withFields(form, { q: 'linen', page: '2' })).toEqual([
      ['q', 'linen'],
      ['page', '2'],
    ]);
  });
});
