/** The SQLite dialect: transactional DDL, the write lock as migration lock. */
import { defineDialect } from "../shared/define.js";
import { statement } from "../shared/syntax.js";
import { SqliteCompiler } from "./compiler.js";
import { connectSqlite } from "./connection.js";
import { sqliteSyntax } from "./quote.js";

export const sqliteDialect = defineDialect({
  syntax: sqliteSyntax,
  compiler: new SqliteCompiler(),
  transactionalDdl: true,
  offlineTransaction: { begin: "BEGIN;", commit: "COMMIT;" },
  versionTableExists: (table) =>
    statement("SELECT 1 AS present FROM sqlite_master WHERE type = 'table' AND name = ?", [table]),
  connect: connectSqlite,
});
