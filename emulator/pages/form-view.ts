import { html } from 'hono/html';
import type { FormField } from './form-fields';
import type { Html } from './layout';

/** Labelled inputs, ids `<prefix>-<name>`, keeping what the shopper typed. */
export function fieldInputs<N extends string>(
  prefix: string,
  fields: readonly FormField<N>[],
  values: Partial<Record<N, string>> = {},
): Html[] {
  return fields.map(
    (f) =>
      html`<div>
        <label for="${prefix}-${f.name}">${f.label}</label>
        <input
          id="${prefix}-${f.name}"
          name="${f.name}"
          type="${f.type ?? 'text'}"
          autocomplete="${f.autocomplete}"
          maxlength="${f.maxLength}"
          ${f.optional ? '' : 'required'}
          value="${values[f.name] ?? ''}"
        />
      </div>`,
  );
}

/** Field problems as a list, or one sentence (a declined payment, a change meanwhile). */
export function formAlert(model: { problems?: readonly string[]; alert?: string }): Html | string {
  if (model.problems?.length) {
    const items = model.problems.map((p) => html`<li>${p}</li>`);
    return html`<div class="error" role="alert">
      <p>Please check the form:</p>
      <ul>
        ${items}
      </ul>
    </div>`;
  }
  return model.alert ? html`<p class="error" role="alert">${model.alert}</p>` : '';
}

/** The test payment: success (checked unless the last try was declined) or a declined card. */
export function testCardChoice(payment: 'success' | 'declined' | undefined, declinedText: string) {
  const declined = payment === 'declined';
  return html`<fieldset>
    <legend>Payment</legend>
    <label>
      <input type="radio" name="payment" value="success" ${declined ? '' : 'checked'} />
      Test card: payment succeeds
    </label>
    <label>
      <input type="radio" name="payment" value="declined" ${declined ? 'checked' : ''} />
      ${declinedText}
    </label>
  </fieldset>`;
}
