import type { EmulatorContext } from '../context';
import { newId } from '../crypto';
import type { Member, State } from '../store/schema';
import { hashPassword, verifyPassword } from './passwords';

export const MIN_PASSWORD_LENGTH = 6;

const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export const findMemberByEmail = (state: State, email: string): Member | undefined =>
  Object.values(state.members).find((m) => m.loginEmail === normalizeEmail(email));

/** The member when the email and password match, else null. */
export async function checkCredentials(
  state: State,
  email: string,
  password: string,
): Promise<Member | null> {
  const member = findMemberByEmail(state, email);
  return member && (await verifyPassword(password, member.passwordHash)) ? member : null;
}

function uniqueSlug(state: State, name: string): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'member';
  const taken = new Set(Object.values(state.members).map((m) => m.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export interface SignUp {
  name: string;
  email: string;
  password: string;
}

/** Creates an approved member; the caller checks the email is free first. */
export async function createMember(ctx: EmulatorContext, input: SignUp): Promise<Member> {
  const now = new Date(ctx.clock()).toISOString();
  const nickname = input.name.trim().replace(/\s+/g, ' ');
  const [firstName = '', ...rest] = nickname.split(' ');
  const member: Member = {
    id: newId(),
    contactId: newId(),
    loginEmail: normalizeEmail(input.email),
    passwordHash: await hashPassword(input.password),
    firstName,
    lastName: rest.join(' '),
    nickname,
    slug: uniqueSlug(ctx.store.state, nickname),
    createdDate: now,
    updatedDate: now,
    lastLoginDate: null,
  };
  ctx.store.state.members[member.id] = member;
  ctx.store.changed();
  return member;
}

export function recordLogin(ctx: EmulatorContext, member: Member): void {
  member.lastLoginDate = new Date(ctx.clock()).toISOString();
  ctx.store.changed();
}
