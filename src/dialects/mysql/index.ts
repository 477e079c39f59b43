/** The MySQL / MariaDB dialect: DDL commits implicitly, GET_LOCK serialisation. */
import { defineDialect } from "../shared/define.js";
import { mysqlOnlinePlan } from "./online.js";
import { mysqlLockImpact, mysqlLockFacts } from "./locks-report.js";
import { mysqlComparison } from "./comparison.js";
import { statement } from "../shared/syntax.js";
import { MysqlCompiler } from "./compiler.js";
import { connectMysql } from "./connection.js";
import { introspect, tableStates } from "./introspect.js";
import { mysqlSyntax } from "./quote.js";

export const mysqlDialect = defineDialect({
  syntax: mysqlSyntax,
  compiler: new MysqlCompiler(),
  // Every DDL statement commits the transaction around it, so a failed revision cannot roll back.
  transactionalDdl: false,
  offlineTransaction: null,
  // The online connection speaks utf8mb4; a client defaulting to utf8mb3 or latin1 would mangle the script's text.
  offlinePreamble: "SET NAMES utf8mb4",
  versionTableExists: (table) => statement(
    "SELECT 1 AS present FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?", [table]),
  // MySQL cannot read the table an UPDATE writes (error 1093), and MariaDB scans the whole table for the derived
  // table that gets round it; walking the primary key backwards stops at the last row.
  updateLastRow: (table, assignments, condition) => `UPDATE ${table} SET ${assignments} WHERE ${condition} ORDER BY id DESC LIMIT 1`,
  schemaExists: (schema) => statement("SELECT 1 AS present FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?", [schema]),
  // A tenant's `schema` is a database of the server: the session's current one, which DATABASE() and unqualified
  // names follow. Created with the server's default character set, as any CREATE DATABASE.
  sessionSchema: {
    use: (schema) => [statement(`USE ${mysqlSyntax.quoteIdentifier(schema)}`, [])],
    create: (schema) => statement(`CREATE DATABASE IF NOT EXISTS ${mysqlSyntax.quoteIdentifier(schema)}`, []),
  },
  // Both settings count whole seconds (1 at least): lock_wait_timeout bounds metadata locks (what DDL waits
  // for), innodb_lock_wait_timeout row locks (what op.execute's UPDATEs wait for). GET_LOCK has its own timeout.
  lockWait: (ms) => [statement(ms === null
    ? "SET SESSION lock_wait_timeout = DEFAULT, innodb_lock_wait_timeout = DEFAULT"
    : `SET SESSION lock_wait_timeout = ${Math.max(1, Math.ceil(ms / 1000))}, innodb_lock_wait_timeout = ${Math.max(1, Math.ceil(ms / 1000))}`, [])],
  lockImpact: (op, version) => mysqlLockImpact(op, version),
  lockFacts: mysqlLockFacts,
  onlinePlan: mysqlOnlinePlan,
  introspect,
  comparison: mysqlComparison,
  tableStates,
  connect: connectMysql,
});
