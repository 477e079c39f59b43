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
import { postgresSessionSchema } from "./session-schema.js";

export const postgresqlDialect = defineDialect({
  syntax: postgresSyntax,
  compiler: new PostgresCompiler(),
  transactionalDdl: true,
  offlineTransaction: { begin: "BEGIN;", commit: "COMMIT;" },
  // In the current schema only, where CREATE TABLE puts it: not one further down the search path (a tenant's
  // search path ends in public, whose own version table must not pass for the tenant's).
  versionTableExists: (table) => statement(`SELECT 1 AS present FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = current_schema() AND c.relname = $1 AND c.relkind IN ('r', 'p')`, [table]),
  schemaExists: (schema) => statement("SELECT 1 AS present FROM pg_catalog.pg_namespace WHERE nspname = $1", [schema]),
  sessionSchema: postgresSessionSchema,
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
