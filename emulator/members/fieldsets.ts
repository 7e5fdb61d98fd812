import type { Member } from '../store/schema';

export const FIELDSETS = ['PUBLIC', 'EXTENDED', 'FULL'] as const;
export type Fieldset = (typeof FIELDSETS)[number];

export const isFieldset = (value: string): value is Fieldset =>
  (FIELDSETS as readonly string[]).includes(value);

/** Wix's wire shape of a member for the widest requested fieldset (Wix's default is PUBLIC). */
export function projectMember(member: Member, fieldsets: readonly Fieldset[]) {
  const widest = fieldsets.includes('FULL')
    ? 'FULL'
    : fieldsets.includes('EXTENDED')
      ? 'EXTENDED'
      : 'PUBLIC';
  const common = {
    id: member.id,
    contactId: member.contactId,
    profile: { nickname: member.nickname, slug: member.slug },
    createdDate: member.createdDate,
    updatedDate: member.updatedDate,
  };
  if (widest === 'PUBLIC') {
    // Per the Members API: statuses are masked as UNKNOWN in the PUBLIC fieldset.
    return { ...common, status: 'UNKNOWN', privacyStatus: 'UNKNOWN', activityStatus: 'UNKNOWN' };
  }
  const extended = {
    ...common,
    loginEmail: member.loginEmail,
    status: 'APPROVED',
    privacyStatus: 'PUBLIC',
    activityStatus: 'ACTIVE',
  };
  if (widest === 'EXTENDED') return extended;
  return {
    ...extended,
    loginEmailVerified: true,
    contact: {
      firstName: member.firstName,
      lastName: member.lastName,
      emails: [member.loginEmail],
      phones: [],
      addresses: [],
      customFields: {},
    },
    ...(member.lastLoginDate ? { lastLoginDate: member.lastLoginDate } : {}),
  };
}
