/**
 * Assembles a Dialect from its parts. Every dialect's index.ts is one call of
 * this, so the three stay shaped alike and the driver stays behind `connect`
 * (each connection.ts imports its driver with `await import()`, which keeps
 * `--sql` and `--help` from loading pg, mysql2 or better-sqlite3).
 */
import { ConfigError } from "../../errors.js";
import type { ConnectOptions, Connection, DatabaseUrl, Dialect, InvalidIndexSql, LockFactsSql, Statement } from "../dialect.js";
import type { DdlCompiler } from "./compiler.js";
import { inline, type DialectSyntax } from "./syntax.js";
import { historyTableSql, type UpdateLastRow } from "./history-table.js";
import { versionTableSql } from "./version-table.js";

export interface DialectParts {
  readonly syntax: DialectSyntax;
  readonly compiler: DdlCompiler;
  readonly transactionalDdl: boolean;
  readonly offlineTransaction: Dialect["offlineTransaction"];
  readonly offlinePreamble?: string;
  /** Catalog query for VersionTableSql.exists: one row when the table exists. */
  versionTableExists(table: string): Statement;
  /** Dialect.invalidIndexes; absent: null. */
  readonly invalidIndexes?: InvalidIndexSql;
  /** Catalog query for Dialect.schemaExists. */
  schemaExists(schema: string): Statement;
  /** Dialect.sessionSchema: null where a connection has one schema only. */
  readonly sessionSchema: Dialect["sessionSchema"];
  /** Dialect.lockWait: the session settings for ddlLockTimeout. */
  lockWait(timeoutMs: number | null): Statement[];
  /** How to update the history's last row, where the shared form is slow. */
  readonly updateLastRow?: UpdateLastRow;
  readonly introspect: Dialect["introspect"];
  readonly tableStates: Dialect["tableStates"];
  readonly comparison: Dialect["comparison"];
  /** The lock report (locks-report.ts); `compiler` is the dialect's, for what depends on how it compiles an op. */
  lockImpact(op: Parameters<Dialect["lockImpact"]>[0], serverVersion: string | null | undefined, compiler: DdlCompiler): ReturnType<Dialect["lockImpact"]>;
  readonly lockFacts: LockFactsSql;
  /** Dialect.onlinePlan (online.ts). */
  readonly onlinePlan: Dialect["onlinePlan"];
  connect(dialect: Dialect, url: DatabaseUrl, options: ConnectOptions): Promise<Connection>;
}

export function defineDialect(parts: DialectParts): Dialect {
  const { syntax, compiler } = parts;
  const dialect: Dialect = Object.freeze({
    name: syntax.dialect,
    transactionalDdl: parts.transactionalDdl,
    tablesNeeded: (op) => compiler.tablesNeeded(op),
    compile: (op, context) => compiler.compile(op, context),
    lockImpact: (op, serverVersion) => parts.lockImpact(op, serverVersion, compiler),
    lockFacts: parts.lockFacts,
    onlinePlan: parts.onlinePlan,
    introspect: parts.introspect,
    tableStates: parts.tableStates,
    comparison: parts.comparison,
    inline: (statement) => inline(syntax, statement),
    offlineTransaction: parts.offlineTransaction,
    offlinePreamble: parts.offlinePreamble ?? null,
    versionTable: versionTableSql(syntax, parts.versionTableExists),
    history: historyTableSql(syntax, compiler, parts.versionTableExists, parts.updateLastRow),
    quoteIdentifier: (name) => syntax.quoteIdentifier(name),
    lockWait: parts.lockWait,
    schemaExists: parts.schemaExists,
    invalidIndexes: parts.invalidIndexes ?? null,
    sessionSchema: parts.sessionSchema,
    connect: async (url, options) => {
      if (url.dialect !== syntax.dialect) {
        throw new ConfigError(`cannot open ${url.display} with the ${syntax.dialect} dialect`);
      }
      return parts.connect(dialect, url, options);
    },
  } satisfies Dialect);
  return dialect;
}
