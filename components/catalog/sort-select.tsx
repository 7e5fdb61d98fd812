'use client';

import type { ChangeEvent } from 'react';

// Without JavaScript the form's Apply button submits; with it, choosing is enough.
export function SortSelect({
  value,
  options,
}: {
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
  const submit = (event: ChangeEvent<HTMLSelectElement>) =>
    event.currentTarget.form?.requestSubmit();
  return (
    <select
      id="sort"
      name="sort"
      defaultValue={value}
      onChange={submit}
      className="rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm"
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
