/** The PostgreSQL dialect: transactional DDL, advisory-lock serialisation. */
import { defineDialect } from "../shared/define.js";
import { postgresOnlinePlan } from "./online.js";
import { postgresLockImpact, postgresqlLockFacts } from "./locks-report.js";
import { postgresComparison } from "./comparison.js";
import { statement } from "../shared/syntax.js";
import { PostgresCompiler } from "./compiler.js";
import { connectPostgres } from "./connection.js";
import { introspect, tableStates } from "./introspect.js";
import { postgresSyntax } from "./quote.js";
import { invalidIndexesSql } from "./online.js";

export const postgresqlDialect = defineDialect({
  syntax: postgresSyntax,
  compiler: new PostgresCompiler(),
  transactionalDdl: true,
  offlineTransaction: { begin: "BEGIN;", commit: "COMMIT;" },
  // to_regclass follows search_path, as the unqualified version table name does.
  versionTableExists: (table) =>
    statement("SELECT 1 AS present WHERE to_regclass($1) IS NOT NULL", [postgresSyntax.quoteIdentifier(table)]),
  schemaExists: (schema) => statement("SELECT 1 AS present FROM pg_catalog.pg_namespace WHERE nspname = $1", [schema]),
  // A session setting, not SET LOCAL: it must outlive the run's transactions (transactionPerMigration, and
  // revisions outside any). The migration lock is on a connection of its own, so it never waits under this.
  lockWait: (ms) => [statement(ms === null ? "RESET lock_timeout" : `SET lock_timeout = '${ms}ms'`, [])],
  invalidIndexes: invalidIndexesSql,
  lockImpact: (op, version) => postgresLockImpact(op, version),
  lockFacts: postgresqlLockFacts,
  onlinePlan: postgresOnlinePlan,
  introspect,
  comparison: postgresComparison,
  tableStates,
  connect: connectPostgres,
});
