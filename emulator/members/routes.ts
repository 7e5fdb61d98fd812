import { Hono } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import { validationError, wixError } from '../http/errors';
import { requireAccessToken } from '../oauth/authenticate';
import { FIELDSETS, isFieldset, projectMember } from './fieldsets';

export function memberRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/members/v1/members/my', requireAccessToken(ctx), (c) => {
    const requested = c.req.queries('fieldsets') ?? [];
    const fieldsets = requested.filter(isFieldset);
    if (fieldsets.length !== requested.length) {
      return validationError(c, [
        { field: 'fieldsets', description: `must be one of ${FIELDSETS.join(', ')}` },
      ]);
    }
    const { identity } = c.get('auth');
    if (identity.kind !== 'member') {
      return wixError(
        c,
        403,
        'PERMISSION_DENIED',
        'Only a logged-in member has a current member; this is a visitor token',
      );
    }
    const member = ctx.store.state.members[identity.id];
    if (!member)
      return wixError(c, 404, 'MEMBER_NOT_FOUND', 'The member of this token no longer exists');
    return c.json({ member: projectMember(member, fieldsets) });
  });
  return app;
}
