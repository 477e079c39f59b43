/** The SQLite dialect: transactional DDL, the write lock as migration lock. */
import { defineDialect } from "../shared/define.js";
import { sqliteOnlinePlan } from "./online.js";
import { sqliteLockImpact, sqliteLockFacts } from "./locks-report.js";
import { sqliteComparison } from "./comparison.js";
import { statement } from "../shared/syntax.js";
import { SqliteCompiler } from "./compiler.js";
import { connectSqlite } from "./connection.js";
import { introspect, tableStates } from "./introspect.js";
import { sqliteSyntax } from "./quote.js";

export const sqliteDialect = defineDialect({
  syntax: sqliteSyntax,
  compiler: new SqliteCompiler(),
  transactionalDdl: true,
  /*
   * Offline (`--sql`) output has no connection to set up, so the script sets
   * what connection.ts sets at connect: foreign keys OFF. Otherwise, run
   * where they are ON, a rebuild's DROP TABLE would fire ON DELETE CASCADE /
   * SET NULL on the child tables' rows. It is a statement of its own, before
   * BEGIN: SQLite ignores the pragma inside a transaction. The offline
   * runner writes this text as one piece and ends it with ";", so it comes
   * out as two statements exactly as if written one by one (runner.ts).
   *
   * The commit cannot check foreign keys the way an online commit does:
   * PRAGMA foreign_key_check reports violations as rows but fails nothing,
   * and plain SQL has no way to abort on them. Violations a data migration
   * leaves in a script are therefore not caught; the script also leaves
   * foreign keys OFF for the rest of its session (the sqlite3 CLI's default).
   */
  offlineTransaction: { begin: "PRAGMA foreign_keys = OFF;\n\nBEGIN;", commit: "COMMIT;" },
  versionTableExists: (table) =>
    statement("SELECT 1 AS present FROM sqlite_master WHERE type = 'table' AND name = ?", [table]),
  schemaExists: (schema) => statement("SELECT 1 AS present FROM pragma_database_list WHERE name = ?", [schema]),
  // One file, one schema: a tenant of its own is a file of its own (its own URL), not a `schema`.
  sessionSchema: null,
  // Online, null goes back to the migration lock's own wait (connection.ts); a script has none to go back to.
  lockWait: (ms) => (ms === null ? [] : [statement(`PRAGMA busy_timeout = ${ms}`, [])]),
  lockImpact: (op, _version, compiler) => sqliteLockImpact(op, (o) => compiler.tablesNeeded(o).length > 0),
  lockFacts: sqliteLockFacts,
  onlinePlan: sqliteOnlinePlan,
  introspect,
  comparison: sqliteComparison,
  tableStates,
  connect: connectSqlite,
});
