/**
 * The dialects by name. Loading this module loads no database driver: each
 * dialect imports its driver inside `connect`, so offline `--sql` runs and
 * `--help` work without pg, mysql2 or better-sqlite3 being loaded.
 */
import { ConfigError } from "../errors.js";
import type { Dialect, DialectName } from "./dialect.js";
import { mysqlDialect } from "./mysql/index.js";
import { postgresqlDialect } from "./postgresql/index.js";
import { sqliteDialect } from "./sqlite/index.js";

const DIALECTS: Readonly<Record<DialectName, Dialect>> = {
  postgresql: postgresqlDialect,
  mysql: mysqlDialect,
  sqlite: sqliteDialect,
};

export const DIALECT_NAMES: readonly DialectName[] = Object.keys(DIALECTS) as DialectName[];

export function getDialect(name: DialectName): Dialect {
  const dialect = DIALECTS[name];
  // Names usually come from parseDatabaseUrl, but a config typed in JavaScript can pass anything.
  if (!dialect) throw new ConfigError(`unknown dialect "${String(name)}" (expected ${DIALECT_NAMES.join(", ")})`);
  return dialect;
}

export type { Connection, ConnectOptions, DatabaseUrl, Dialect, DialectName, Statement, VersionTableSql } from "./dialect.js";
export { parseDatabaseUrl } from "./url.js";
