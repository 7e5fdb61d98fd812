import type { Context } from 'hono';
import { html, raw } from 'hono/html';
import type { EmulatorContext } from '../context';
import { recordLogin } from '../members/accounts';
import { findApp, isRedirectUriAllowed } from '../oauth/apps';
import { issueAuthCode } from '../oauth/auth-codes';
import type { AuthRequest, Member, RedirectSession } from '../store/schema';
import { layout, messagePage } from './layout';

type RedirectStatus = 302 | 303;

/** Checked at the moment of returning: a URI removed from the app since the session began is refused. */
function refuseRemovedRedirectUri(c: Context, ctx: EmulatorContext, request: AuthRequest) {
  const app = findApp(ctx.store.state, request.clientId);
  if (app && isRedirectUriAllowed(app, request.redirectUri)) return null;
  const message = `The return address ${request.redirectUri} is no longer allowed for this app, so sign-in cannot continue.`;
  return messagePage(c, 400, 'Return address not allowed', message);
}

function sendToApp(
  c: Context,
  request: AuthRequest,
  params: Record<string, string>,
  status: RedirectStatus,
) {
  const search = new URLSearchParams({ ...params, state: request.state });
  if (request.responseMode === 'web_message') {
    // The SDK's hidden iframe waits for a message whose data carries code and state.
    const data = JSON.stringify(Object.fromEntries(search)).replace(/</g, '\\u003c');
    const origin = JSON.stringify(new URL(request.redirectUri).origin).replace(/</g, '\\u003c');
    const script = raw(`<script>parent.postMessage(${data}, ${origin});</script>`);
    return c.html(
      layout(
        'Signing in',
        html`<p>Returning to the app…</p>
          ${script}`,
      ),
    );
  }
  if (request.responseMode === 'fragment') {
    return c.redirect(`${request.redirectUri.split('#')[0]}#${search}`, status);
  }
  const url = new URL(request.redirectUri);
  for (const [key, value] of search) url.searchParams.set(key, value);
  return c.redirect(url.toString(), status);
}

/** Sends the browser back to the app with an OAuth error (error, error_description, state). */
export function returnError(
  c: Context,
  ctx: EmulatorContext,
  request: AuthRequest,
  error: string,
  description: string,
) {
  const refused = refuseRemovedRedirectUri(c, ctx, request);
  return refused ?? sendToApp(c, request, { error, error_description: description }, 302);
}

/** Issues the single-use code for `member` and sends the browser back to the app with it. */
export function completeSignIn(
  c: Context,
  ctx: EmulatorContext,
  auth: NonNullable<RedirectSession['auth']>,
  member: Member,
  status: RedirectStatus,
) {
  const request = auth.authRequest;
  const refused = refuseRemovedRedirectUri(c, ctx, request);
  if (refused) return refused;
  const { clientId, redirectUri, codeChallenge } = request;
  const code = issueAuthCode(ctx, {
    clientId,
    redirectUri,
    codeChallenge,
    memberId: member.id,
    ...(auth.visitorId ? { visitorId: auth.visitorId } : {}),
  });
  recordLogin(ctx, member);
  return sendToApp(c, request, { code }, status);
}
