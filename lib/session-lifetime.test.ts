import { describe, expect, it } from 'vitest';
import type { SessionData } from './session';
import { decideSessionLifetime, markSeen, seenRefreshSeconds } from './session-lifetime';

const DAY = 24 * 3600;
const limits = { maxAgeSeconds: 30 * DAY, idleSeconds: 7 * DAY };
const signIn = 1_800_000_000;
const tokens = { accessToken: 'AT', accessExpiresAt: signIn + 3600, refreshToken: 'RT' };
const member = (seenAt = signIn): SessionData => ({
  v: 1,
  tokens: { ...tokens, role: 'member' },
  signedInAt: signIn,
  seenAt,
});

describe('decideSessionLifetime (fake clock: now is passed in)', () => {
  it('keeps a member seen within the last day', () => {
    expect(decideSessionLifetime(member(), signIn, limits)).toBe('keep');
    expect(decideSessionLifetime(member(), signIn + DAY - 1, limits)).toBe('keep');
  });

  it('asks to record the visit once a day has passed since the last one', () => {
    expect(decideSessionLifetime(member(), signIn + DAY, limits)).toBe('touch');
    expect(decideSessionLifetime(member(), signIn + 7 * DAY - 1, limits)).toBe('touch');
  });

  it('ends a member session idle for the idle timeout', () => {
    expect(decideSessionLifetime(member(), signIn + 7 * DAY, limits)).toBe('ended');
  });

  it('ends a member session at its absolute lifetime, however recently seen', () => {
    const now = signIn + 30 * DAY;
    expect(decideSessionLifetime(member(now - 60), now - 1, limits)).toBe('keep');
    expect(decideSessionLifetime(member(now - 60), now, limits)).toBe('ended');
  });

  it('a member who visits every day still signs in again after 30 days', () => {
    let session = member();
    let day = 0;
    for (; day <= 40; day++) {
      const now = signIn + day * DAY;
      const decision = decideSessionLifetime(session, now, limits);
      if (decision === 'ended') break;
      if (decision === 'touch') session = markSeen(session, now);
    }
    expect(day).toBe(30);
    expect(session.signedInAt).toBe(signIn);
  });

  it('never ends a visitor session', () => {
    const visitor: SessionData = { v: 1, tokens: { ...tokens, role: 'visitor' } };
    expect(decideSessionLifetime(visitor, signIn + 365 * DAY, limits)).toBe('keep');
    expect(decideSessionLifetime({ v: 1 }, signIn, limits)).toBe('keep');
    expect(decideSessionLifetime(null, signIn, limits)).toBe('keep');
  });

  it('starts the lifetime of a member session sealed before sign-in times were kept', () => {
    const legacy: SessionData = { v: 1, tokens: { ...tokens, role: 'member' } };
    expect(decideSessionLifetime(legacy, signIn, limits)).toBe('touch');
    expect(markSeen(legacy, signIn)).toMatchObject({ signedInAt: signIn, seenAt: signIn });
  });

  it('records visits more often than the idle timeout, so an active member is never idle', () => {
    const short = { maxAgeSeconds: DAY, idleSeconds: DAY };
    expect(seenRefreshSeconds(short)).toBe(DAY / 4);
    expect(seenRefreshSeconds(limits)).toBe(DAY);
    expect(decideSessionLifetime(member(), signIn + DAY / 4, short)).toBe('touch');
  });
});

describe('markSeen', () => {
  it('moves the last visit but never the sign-in time', () => {
    expect(markSeen(member(), signIn + 5 * DAY)).toMatchObject({
      signedInAt: signIn,
      seenAt: signIn + 5 * DAY,
    });
  });

  it('leaves a visitor session as it is', () => {
    const visitor: SessionData = { v: 1, tokens: { ...tokens, role: 'visitor' } };
    expect(markSeen(visitor, signIn)).toBe(visitor);
  });
});
