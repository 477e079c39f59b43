/**
 * The programmatic API's commands, each loading its implementation on first call. `import ... from "athanor"`
 * is what every config file does, so it must not load the runtime, autogenerate and the dialects: `migrate
 * heads` would pay for all of them just to read `defineConfig`.
 */
import type * as Autogenerate from "./autogenerate.js";
import type * as Init from "./init.js";
import type * as Inspect from "./inspect.js";
import type * as Migrate from "./migrate.js";
import type * as Pull from "./pull.js";
import type * as Revision from "./revision.js";
import type * as Stamp from "./stamp.js";

/** A function with the signature of export `name` of a module, importing the module when first called. */
function lazy<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  return (async (...args: unknown[]) => {
    const implementation = (await load())[name] as (...a: unknown[]) => unknown;
    return implementation(...args);
  }) as M[K];
}

const migrate = () => import("./migrate.js");
const revisionModule = () => import("./revision.js");
const inspect = () => import("./inspect.js");
const autogenerate = () => import("./autogenerate.js");

export const upgrade = lazy<typeof Migrate, "upgrade">(migrate, "upgrade");
export const downgrade = lazy<typeof Migrate, "downgrade">(migrate, "downgrade");
export const revision = lazy<typeof Revision, "revision">(revisionModule, "revision");
export const merge = lazy<typeof Revision, "merge">(revisionModule, "merge");
export const current = lazy<typeof Inspect, "current">(inspect, "current");
export const history = lazy<typeof Inspect, "history">(inspect, "history");
export const heads = lazy<typeof Inspect, "heads">(inspect, "heads");
export const branches = lazy<typeof Inspect, "branches">(inspect, "branches");
export const show = lazy<typeof Inspect, "show">(inspect, "show");
export const stamp = lazy<typeof Stamp, "stamp">(() => import("./stamp.js"), "stamp");
export const init = lazy<typeof Init, "init">(() => import("./init.js"), "init");
export const check = lazy<typeof Autogenerate, "check">(autogenerate, "check");
export const pull = lazy<typeof Pull, "pull">(() => import("./pull.js"), "pull");
export const autogenerateRevision = lazy<typeof Autogenerate, "autogenerateRevision">(autogenerate, "autogenerateRevision");
