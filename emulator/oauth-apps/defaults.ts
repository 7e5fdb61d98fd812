// Shared by the emulator (which accepts them) and the oauth-apps CLI (which sends them when no real
// WIX_API_KEY is set), so the two agree without setup. Local-only credentials, not secrets.
export const EMULATOR_ADMIN_API_KEY = 'IST.emulator-admin-key.5c0e9a7b3d1f4e2a8b6c4d2e0f1a3b5c';
export const EMULATOR_SITE_ID = '2f6d9c4b-7e1a-4d3c-8b5f-0a9e8d7c6b5a';
