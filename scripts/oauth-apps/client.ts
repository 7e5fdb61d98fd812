import { oAuthApps } from '@wix/auth-management';
import { ApiKeyStrategy, createClient } from '@wix/sdk';
import { installWixReroute } from '../../lib/wix/reroute';
import type { Target } from './target';

/** Our own shape of an OAuth app; commands never see the SDK's. */
export interface AppRecord {
  id: string;
  name: string;
  description: string;
  createdDate: string | null;
  applicationType: string;
  allowedRedirectUris: string[];
  allowedRedirectDomains: string[];
  loginUrl: string | null;
  logoutUrl: string | null;
}

export interface AppFields {
  name?: string;
  description?: string;
  allowedRedirectUris?: string[];
  allowedRedirectDomains?: string[];
  loginUrl?: string;
  logoutUrl?: string;
}

export interface OAuthAppsApi {
  create(fields: AppFields & { name: string }): Promise<{ app: AppRecord; secret: string | null }>;
  list(): Promise<AppRecord[]>;
  get(id: string): Promise<AppRecord>;
  update(id: string, fields: AppFields, mask: string[]): Promise<AppRecord>;
  remove(id: string): Promise<void>;
  generateSecret(id: string): Promise<string>;
}

type SdkApp = oAuthApps.OAuthApp;

// The published typings mark these three @internal and omit them, though the runtime exports them.
interface InternalCalls {
  deleteOAuthApp(id: string): Promise<void>;
  generateOAuthAppSecret(id: string): Promise<{ oAuthAppSecret: string }>;
}

export const reshapeApp = (app: SdkApp): AppRecord => ({
  id: app._id ?? '',
  name: app.name ?? '',
  description: app.description ?? '',
  createdDate: app._createdDate ? app._createdDate.toISOString() : null,
  applicationType: app.applicationType ?? 'OAUTH_APP_TYPE_UNSPECIFIED',
  allowedRedirectUris: app.allowedRedirectUris ?? [],
  allowedRedirectDomains: app.allowedRedirectDomains ?? [],
  loginUrl: app.loginUrl || null,
  logoutUrl: app.logoutUrl || null,
});

/** The SDK client with ApiKeyStrategy; for the emulator the SDK's Wix hosts are rerouted to it. */
export function createOAuthAppsApi(target: Target): OAuthAppsApi {
  if (target.kind === 'emulator') installWixReroute(target.url);
  const client = createClient({
    modules: { oAuthApps },
    auth: ApiKeyStrategy({ apiKey: target.apiKey, siteId: target.siteId }),
  });
  const sdk = client.oAuthApps;
  const internal = client.oAuthApps as unknown as InternalCalls;
  return {
    async create(fields) {
      const app = await sdk.createOAuthApp({ ...fields, applicationType: 'WEB_APP' });
      return { app: reshapeApp(app), secret: app.secret ?? null };
    },
    async list() {
      const apps: AppRecord[] = [];
      let page = await sdk.queryOAuthApps().ascending('_createdDate').limit(100).find();
      apps.push(...page.items.map((a) => reshapeApp(a)));
      while (page.hasNext()) {
        page = await page.next();
        apps.push(...page.items.map((a) => reshapeApp(a)));
      }
      return apps;
    },
    get: async (id) => reshapeApp(await sdk.getOAuthApp(id)),
    update: async (id, fields, mask) => reshapeApp(await sdk.updateOAuthApp(id, fields, mask)),
    remove: (id) => internal.deleteOAuthApp(id),
    generateSecret: async (id) => (await internal.generateOAuthAppSecret(id)).oAuthAppSecret,
  };
}
