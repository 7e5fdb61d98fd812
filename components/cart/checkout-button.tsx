'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { checkout } from './actions';
import { asFormAction } from './form-action';
import { scriptedFormData } from './use-cart-form';

/** A form posting the checkout action: Wix's hosted checkout on success, else the reason. */
export function CheckoutButton({ disabled = false }: { disabled?: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    const data = scriptedFormData(event);
    if (pending) return;
    setError(null);
    startTransition(async () => {
      // On success the action redirects to Wix; only a failure comes back.
      const result = await checkout(data);
      if (result && !result.ok) setError(result.error);
    });
  }

  return (
    <form action={asFormAction(checkout)} onSubmit={submit} className="flex flex-col gap-2">
      <button
        type="submit"
        disabled={disabled}
        aria-disabled={pending || undefined}
        className="rounded-md bg-zinc-900 px-5 py-3 font-semibold text-white disabled:opacity-40"
      >
        {pending ? 'Going to checkout…' : 'Checkout'}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
