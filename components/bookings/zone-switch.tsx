'use client';

type Props = {
  yours: string;
  business: string;
  showBusiness: boolean;
  onChange: (showBusiness: boolean) => void;
};

/** Which zone the calendar shows times in: the shopper's (default) or the business's. */
export function ZoneSwitch({ yours, business, showBusiness, onChange }: Props) {
  if (yours === business) return <p className="text-sm text-zinc-600">Times are in {business}</p>;
  const radio = (label: string, checked: boolean, value: boolean) => (
    <label className="flex items-center gap-2">
      <input
        type="radio"
        name="time-zone"
        checked={checked}
        onChange={() => onChange(value)}
        className="accent-zinc-900"
      />
      {label}
    </label>
  );
  return (
    <div role="radiogroup" aria-labelledby="zone-switch-label" className="text-sm">
      <p id="zone-switch-label" className="font-medium">
        Show times in
      </p>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:gap-6">
        {radio(`Your time zone (${yours})`, !showBusiness, false)}
        {radio(`Business time zone (${business})`, showBusiness, true)}
      </div>
    </div>
  );
}
