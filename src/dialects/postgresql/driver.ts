/**
 * Loads node-postgres. Its stream module asks, on load, whether it runs in a
 * Cloudflare Worker: from `navigator.userAgent` where there is a `navigator`
 * (Node 21 and later), otherwise by constructing a fetch `Response`, which on
 * Node 20 loads Node's whole fetch implementation (undici): some 30 ms of
 * every PostgreSQL command's start-up. Where Node has no `navigator`, one
 * shaped like Node 21's stands in while pg loads, and is removed after.
 */
type Pg = typeof import("pg").default;

let loading: Promise<Pg> | null = null;

export function loadPg(): Promise<Pg> {
  loading ??= importWithNavigator();
  return loading;
}

async function importWithNavigator(): Promise<Pg> {
  const global = globalThis as { navigator?: unknown };
  if (global.navigator !== undefined) return (await import("pg")).default;
  Object.defineProperty(global, "navigator", {
    value: Object.freeze({ userAgent: `Node.js/${process.versions.node.split(".")[0]}` }), configurable: true, writable: true,
  });
  try {
    return (await import("pg")).default;
  } finally {
    delete global.navigator;
  }
}
