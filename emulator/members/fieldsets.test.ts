import { describe, expect, it } from 'vitest';
import type { Member } from '../store/schema';
import { isFieldset, projectMember } from './fieldsets';

const member: Member = {
  id: 'm1',
  contactId: 'c1',
  loginEmail: 'jane@example.com',
  passwordHash: 'scrypt$salt$hash',
  firstName: 'Jane',
  lastName: 'Doe',
  nickname: 'Jane Doe',
  slug: 'jane-doe',
  createdDate: '2024-01-01T00:00:00.000Z',
  updatedDate: '2024-01-02T00:00:00.000Z',
  lastLoginDate: '2024-05-01T00:00:00.000Z',
};

describe('projectMember', () => {
  it('defaults to PUBLIC, masking statuses and hiding the email and contact', () => {
    const view = projectMember(member, []);
    expect(view).toEqual({
      id: 'm1',
      contactId: 'c1',
      profile: { nickname: 'Jane Doe', slug: 'jane-doe' },
      createdDate: member.createdDate,
      updatedDate: member.updatedDate,
      status: 'UNKNOWN',
      privacyStatus: 'UNKNOWN',
      activityStatus: 'UNKNOWN',
    });
  });

  it('adds the login email and real statuses for EXTENDED', () => {
    const view = projectMember(member, ['PUBLIC', 'EXTENDED']);
    expect(view).toMatchObject({
      loginEmail: 'jane@example.com',
      status: 'APPROVED',
      activityStatus: 'ACTIVE',
    });
    expect(view).not.toHaveProperty('contact');
  });

  it('returns everything for FULL (the widest fieldset wins), never the password hash', () => {
    const view = projectMember(member, ['EXTENDED', 'FULL']);
    expect(view).toMatchObject({
      loginEmailVerified: true,
      lastLoginDate: member.lastLoginDate,
      contact: { firstName: 'Jane', lastName: 'Doe', emails: ['jane@example.com'] },
    });
    expect(JSON.stringify(view)).not.toContain('scrypt');
  });

  it('recognises only Wix fieldset names', () => {
    expect(['PUBLIC', 'EXTENDED', 'FULL'].every(isFieldset)).toBe(true);
    expect(isFieldset('full')).toBe(false);
  });
});
