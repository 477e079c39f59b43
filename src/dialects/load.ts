/**
 * The dialect of a name, importing only that dialect's modules: commands
 * load one dialect (and no driver until they connect), and the graph
 * commands, which need none, load nothing of them.
 */
import { ConfigError } from "../errors.js";
import type { Dialect, DialectName } from "./dialect.js";

const LOADERS: Readonly<Record<DialectName, () => Promise<Dialect>>> = {
  postgresql: async () => (await import("./postgresql/index.js")).postgresqlDialect,
  mysql: async () => (await import("./mysql/index.js")).mysqlDialect,
  sqlite: async () => (await import("./sqlite/index.js")).sqliteDialect,
};

export async function loadDialect(name: DialectName): Promise<Dialect> {
  const load = LOADERS[name];
  if (!load) throw new ConfigError(`unknown dialect "${String(name)}" (expected ${Object.keys(LOADERS).join(", ")})`);
  return load();
}
