import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv, EmulatorContext } from '../context';
import {
  checkCredentials,
  createMember,
  findMemberByEmail,
  MIN_PASSWORD_LENGTH,
} from '../members/accounts';
import { findApp } from '../oauth/apps';
import { completeSignIn, returnError } from './auth-response';
import { isEmailAddress } from './email';
import { findAuthSession, invalidSessionPage, readForm, type AuthSession } from './forms';
import { currentLoginMember, startLoginSession } from './login-session';
import { loginView, type LoginViewModel } from './login-view';

type Extras = Omit<LoginViewModel, 'sessionId' | 'appName' | 'continueAsName'>;

function renderLogin(
  c: Context,
  ctx: EmulatorContext,
  session: AuthSession,
  extras: Extras,
  status: ContentfulStatusCode,
) {
  const { clientId } = session.auth.authRequest;
  const appName = findApp(ctx.store.state, clientId)?.name ?? clientId;
  const continueAsName = currentLoginMember(c, ctx)?.nickname ?? null;
  return c.html(loginView({ sessionId: session.id, appName, continueAsName, ...extras }), status);
}

function signUpProblem(name: string, email: string, password: string): string | null {
  if (!name.trim()) return 'Please enter your name.';
  if (!isEmailAddress(email.trim())) return 'Please enter a valid email address.';
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`;
  return null;
}

/** The hosted login page (stand-in for Wix's), reached through an `auth` redirect session. */
export function loginRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/_wix/login', (c) => {
    const session = findAuthSession(ctx, c.req.query('session'));
    if (!session) return invalidSessionPage(c);
    const request = session.auth.authRequest;
    if (session.auth.prompt === 'none') {
      const member = currentLoginMember(c, ctx);
      if (member) return completeSignIn(c, ctx, session.auth, member, 302);
      return returnError(c, ctx, request, 'login_required', 'No member is signed in');
    }
    return renderLogin(c, ctx, session, {}, 200);
  });

  app.get('/_wix/login/cancel', (c) => {
    const session = findAuthSession(ctx, c.req.query('session'));
    if (!session) return invalidSessionPage(c);
    return returnError(
      c,
      ctx,
      session.auth.authRequest,
      'access_denied',
      'The member cancelled sign-in',
    );
  });

  app.post('/_wix/login/sign-in', async (c) => {
    const form = await readForm(c);
    const session = findAuthSession(ctx, form.session);
    if (!session) return invalidSessionPage(c);
    const email = form.email ?? '';
    const member = await checkCredentials(ctx.store.state, email, form.password ?? '');
    if (!member) {
      const signInError = 'Wrong email or password. Check them and try again.';
      return renderLogin(c, ctx, session, { signInEmail: email, signInError }, 401);
    }
    startLoginSession(c, ctx, member);
    return completeSignIn(c, ctx, session.auth, member, 303);
  });

  app.post('/_wix/login/sign-up', async (c) => {
    const form = await readForm(c);
    const session = findAuthSession(ctx, form.session);
    if (!session) return invalidSessionPage(c);
    const { name = '', email = '', password = '' } = form;
    const signUp = { name, email };
    const problem = signUpProblem(name, email, password);
    if (problem) return renderLogin(c, ctx, session, { signUp, signUpError: problem }, 400);
    if (findMemberByEmail(ctx.store.state, email)) {
      const signUpError = `An account with the email ${email.trim()} already exists. Sign in instead.`;
      return renderLogin(c, ctx, session, { signUp, signUpError }, 409);
    }
    const member = await createMember(ctx, { name, email, password });
    startLoginSession(c, ctx, member);
    return completeSignIn(c, ctx, session.auth, member, 303);
  });

  app.post('/_wix/login/continue', async (c) => {
    const form = await readForm(c);
    const session = findAuthSession(ctx, form.session);
    if (!session) return invalidSessionPage(c);
    const member = currentLoginMember(c, ctx);
    if (!member) {
      const signInError = 'Your emulator sign-in has ended. Please sign in again.';
      return renderLogin(c, ctx, session, { signInError }, 401);
    }
    return completeSignIn(c, ctx, session.auth, member, 303);
  });

  return app;
}
