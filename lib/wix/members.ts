import { createWixClient } from './client';
import type { Member, SessionTokens } from './types';

type SdkMember = {
  _id?: string | null;
  loginEmail?: string | null;
  _createdDate?: Date | null;
  contact?: { firstName?: string | null; lastName?: string | null } | null;
  profile?: { nickname?: string | null } | null;
};

export function reshapeMember(member: SdkMember): Member {
  const fullName = [member.contact?.firstName, member.contact?.lastName]
    .filter((part) => part?.trim())
    .join(' ');
  const name = fullName || member.profile?.nickname?.trim() || member.loginEmail || 'Member';
  return {
    id: member._id ?? '',
    name,
    email: member.loginEmail ?? null,
    memberSince: member._createdDate instanceof Date ? member._createdDate : null,
  };
}

/** The signed-in member behind these tokens; throws the SDK error when Wix refuses. */
export async function getCurrentMember(tokens: SessionTokens): Promise<Member> {
  const { member } = await createWixClient(tokens).members.getCurrentMember({
    fieldsets: ['FULL'],
  });
  if (!member) throw new Error('Wix returned no member for a member token');
  return reshapeMember(member);
}
