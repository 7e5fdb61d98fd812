// Points any unmodified Wix Headless app at the emulator, for example Wix's own templates:
//
//   WIX_API_URL=http://127.0.0.1:4010 NODE_OPTIONS="--import /abs/path/emulator/reroute-preload.mjs" next start
//
// The SDK calls www./edge.wixapis.com with fetch, and Next's image optimizer fetches
// static.wixstatic.com/media; both go to the emulator. The rewrite sits in undici's global
// dispatcher rather than on globalThis.fetch, because Next runs middleware in an edge sandbox
// whose own fetch bypasses globalThis.fetch but shares that dispatcher. Child processes (Next's
// build workers) inherit NODE_OPTIONS, so they are rerouted too.
import { tsImport } from 'tsx/esm/api';

const apiUrl = process.env.WIX_API_URL;
if (!apiUrl || !URL.canParse(apiUrl)) {
  throw new Error(
    'reroute-preload: set WIX_API_URL to the emulator, e.g. WIX_API_URL=http://127.0.0.1:4010',
  );
}
const { rerouteWixUrl } = await tsImport('../lib/wix/reroute.ts', import.meta.url);

const MEDIA_ORIGIN = 'https://static.wixstatic.com';
const apiBase = apiUrl.replace(/\/$/, '');

/** The emulator URL for a Wix API or Wix media URL, else null. */
function reroute(url) {
  if (url.startsWith(`${MEDIA_ORIGIN}/media/`))
    return `${apiBase}${url.slice(MEDIA_ORIGIN.length)}`;
  return rerouteWixUrl(url, apiUrl);
}

// Node creates its undici Agent lazily, at the first fetch; a data: URL needs no network.
await fetch('data:,');
const DISPATCHER = Symbol.for('undici.globalDispatcher.1');
const agent = globalThis[DISPATCHER];
if (typeof agent?.dispatch !== 'function') {
  throw new Error('reroute-preload: this Node has no undici global dispatcher to wrap');
}

function dispatch(options, handler) {
  const target = reroute(`${String(options.origin).replace(/\/$/, '')}${options.path}`);
  if (!target) return agent.dispatch(options, handler);
  const { origin, pathname, search } = new URL(target);
  return agent.dispatch({ ...options, origin, path: `${pathname}${search}` }, handler);
}

globalThis[DISPATCHER] = new Proxy(agent, {
  get(target, property) {
    if (property === 'dispatch') return dispatch;
    const value = Reflect.get(target, property, target);
    return typeof value === 'function' ? value.bind(target) : value;
  },
});
