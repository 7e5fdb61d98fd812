import { html } from 'hono/html';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../store/seed';
import { MIN_PASSWORD_LENGTH } from '../members/accounts';
import { layout, type Html } from './layout';

export interface LoginViewModel {
  sessionId: string;
  appName: string;
  continueAsName?: string | null;
  signInEmail?: string;
  signInError?: string;
  signUp?: { name: string; email: string };
  signUpError?: string;
}

const errorBox = (message: string | undefined): Html | string =>
  message ? html`<p class="error" role="alert">${message}</p>` : '';

/** Sign-in, "Continue as" and sign-up on one page; every form carries the redirect session id. */
export function loginView(model: LoginViewModel): Html {
  const session = html`<input type="hidden" name="session" value="${model.sessionId}" />`;
  const continueAs = model.continueAsName
    ? html`<form method="post" action="/_wix/login/continue" aria-label="Continue">
        ${session}
        <button type="submit" class="secondary">Continue as ${model.continueAsName}</button>
      </form>`
    : '';
  const cancelHref = `/_wix/login/cancel?session=${encodeURIComponent(model.sessionId)}`;
  return layout(
    'Sign in',
    html`<h1 id="sign-in-heading">Sign in</h1>
      <p class="muted">to continue to ${model.appName}</p>
      ${continueAs}
      <form method="post" action="/_wix/login/sign-in" aria-labelledby="sign-in-heading">
        ${session} ${errorBox(model.signInError)}
        <label for="sign-in-email">Email</label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autocomplete="username"
          required
          value="${model.signInEmail ?? ''}"
        />
        <label for="sign-in-password">Password</label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
        />
        <button type="submit">Sign in</button>
      </form>
      <p class="hint">Demo account: ${DEMO_EMAIL} / ${DEMO_PASSWORD}</p>
      <h2 id="sign-up-heading">New here? Create an account</h2>
      <form method="post" action="/_wix/login/sign-up" aria-labelledby="sign-up-heading">
        ${session} ${errorBox(model.signUpError)}
        <label for="sign-up-name">Your name</label>
        <input
          id="sign-up-name"
          name="name"
          autocomplete="name"
          required
          value="${model.signUp?.name ?? ''}"
        />
        <label for="sign-up-email">Sign-up email</label>
        <input
          id="sign-up-email"
          name="email"
          type="email"
          autocomplete="email"
          required
          value="${model.signUp?.email ?? ''}"
        />
        <label for="sign-up-password">Choose a password</label>
        <input
          id="sign-up-password"
          name="password"
          type="password"
          autocomplete="new-password"
          required
          minlength="${MIN_PASSWORD_LENGTH}"
        />
        <button type="submit">Create account</button>
      </form>
      <a class="cancel" href="${cancelHref}">Cancel</a>`,
  );
}
