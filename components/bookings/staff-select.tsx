'use client';

import type { StaffMember } from '@/lib/wix/booking-types';

type Props = { staff: readonly StaffMember[]; value: string; onChange: (id: string) => void };

/** "Any staff member" or one person: changing it reloads the free times. */
export function StaffSelect({ staff, value, onChange }: Props) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor="booking-staff" className="font-medium">
        Staff
      </label>
      <select
        id="booking-staff"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        className="rounded border border-zinc-300 bg-white px-2 py-1.5"
      >
        <option value="any">Any staff member</option>
        {staff.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
      </select>
    </div>
  );
}
