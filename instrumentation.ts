// Runs once per server process before any request (middleware included, on the nodejs runtime).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getEnv, EnvError } = await import('./lib/env');
  try {
    const env = getEnv();
    const { installWixTransport } = await import('./lib/wix/reroute');
    installWixTransport(env.wixApiUrl);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    // One clear line naming the variable, then stop: a misconfigured shop must not serve.
    console.error(`Configuration error: ${error.message}`);
    process.exit(1);
  }
}
