const TARGET_NOTE = `Target: real Wix when WIX_API_KEY and WIX_SITE_ID are set; otherwise the local emulator at
$EMULATOR_URL (default http://127.0.0.1:4010) with its default admin key and site id. With
EMULATOR_URL set, WIX_API_KEY / WIX_SITE_ID (if set) are sent to the emulator instead.`;

export const HELP: Record<string, string> = {
  main: `Usage: npm run oauth-apps -- <command> [options]

Manage the OAuth apps (headless clients) that may connect to a Wix site.

Commands:
  create            create an OAuth app and show its client id and secret (once)
  list              list the OAuth apps
  get <id>          show one OAuth app
  update <id>       change names, redirect URIs and domains, login/logout URLs
  delete <id>       delete an OAuth app (its client id stops working at once)
  generate-secret <id>  generate the app's one secret, if it has none yet

Run "npm run oauth-apps -- <command> --help" for a command's options.

${TARGET_NOTE}`,
  create: `Usage: npm run oauth-apps -- create --name NAME [options]

  --name NAME               display name, 2-256 characters (required)
  --description TEXT        description
  --redirect-uri URL        allowed authorization redirect URI; repeatable
  --redirect-domain HOST    allowed redirect domain, host[:port]; repeatable
  --login-url URL           your own login page
  --logout-url URL          called when a member logs out at Wix
  --write-env               store WIX_CLIENT_ID and WIX_CLIENT_SECRET in .env.local (mode 0600)
  --env-path PATH           file for --write-env (default .env.local)

The secret is printed once; it cannot be read again.`,
  list: `Usage: npm run oauth-apps -- list [--json]

  --json                    machine-readable output (no secrets, ever)`,
  get: `Usage: npm run oauth-apps -- get <id> [--json]

  --json                    machine-readable output (no secrets, ever)`,
  update: `Usage: npm run oauth-apps -- update <id> [options]

Only the fields you give are changed.
  --name NAME               new display name
  --description TEXT        new description
  --redirect-uri URL        replace the allowed redirect URIs; repeatable
  --add-redirect-uri URL    add an allowed redirect URI; repeatable
  --remove-redirect-uri URL remove an allowed redirect URI; repeatable
  --redirect-domain HOST    replace the allowed redirect domains; repeatable
  --add-redirect-domain HOST    add an allowed redirect domain; repeatable
  --remove-redirect-domain HOST remove an allowed redirect domain; repeatable
  --login-url URL           new login URL ("" clears it)
  --logout-url URL          new logout URL ("" clears it)`,
  delete: `Usage: npm run oauth-apps -- delete <id> [--yes]

Asks for confirmation on a terminal. Without a terminal, --yes is required.
  --yes                     delete without asking`,
  'generate-secret': `Usage: npm run oauth-apps -- generate-secret <id>

Generates the app's secret and prints it once. Allowed only once per app, and not at all for
apps whose secret was issued when they were created.`,
};
