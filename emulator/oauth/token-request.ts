import { z } from 'zod';

// The SDK sends camelCase for its own grants and snake_case for authorized_client; Wix accepts both.
const SNAKE_TO_CAMEL: Record<string, string> = {
  grant_type: 'grantType',
  client_id: 'clientId',
  refresh_token: 'refreshToken',
  redirect_uri: 'redirectUri',
  code_verifier: 'codeVerifier',
};

export const tokenRequestSchema = z.object({
  grantType: z.string().min(1),
  clientId: z.string().optional(),
  refreshToken: z.string().optional(),
  code: z.string().optional(),
  redirectUri: z.string().optional(),
  codeVerifier: z.string().optional(),
});

export type TokenRequest = z.infer<typeof tokenRequestSchema>;

/** Parses a JSON or form body into a TokenRequest; null when malformed. */
export function parseTokenRequest(body: string, contentType: string): TokenRequest | null {
  let raw: unknown;
  // curl -d labels JSON as a form; a body that starts like JSON is read as JSON.
  if (
    contentType.includes('application/x-www-form-urlencoded') &&
    !body.trimStart().startsWith('{')
  ) {
    raw = Object.fromEntries(new URLSearchParams(body));
  } else {
    try {
      raw = JSON.parse(body);
    } catch {
      return null;
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const normalized: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const camel = SNAKE_TO_CAMEL[key] ?? key;
    if (!(camel in normalized) || key === camel) normalized[camel] = value;
  }
  const parsed = tokenRequestSchema.safeParse(normalized);
  return parsed.success ? parsed.data : null;
}
