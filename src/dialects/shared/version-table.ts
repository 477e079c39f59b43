/**
 * The version table, shaped like Alembic's `alembic_version` so that
 * `versionTable: "alembic_version"` adopts a database Alembic managed.
 * The name is one identifier (quoted whole), never split on dots.
 */
import type { Statement, VersionTableSql } from "../dialect.js";
import { statement, type DialectSyntax } from "./syntax.js";

/** `exists` asks the catalog, which differs per dialect; it must return no row for a missing table. */
export function versionTableSql(syntax: DialectSyntax, exists: (table: string) => Statement): VersionTableSql {
  const q = (name: string): string => syntax.quoteIdentifier(name);
  const p = (index: number): string => syntax.placeholder(index);
  return {
    create: (table) => statement(
      `CREATE TABLE IF NOT EXISTS ${q(table)} (version_num VARCHAR(32) NOT NULL, CONSTRAINT ${q(`${table}_pkc`)} PRIMARY KEY (version_num))`,
    ),
    exists,
    select: (table) => statement(`SELECT version_num FROM ${q(table)}`),
    insert: (table, version) => statement(`INSERT INTO ${q(table)} (version_num) VALUES (${p(0)})`, [version]),
    update: (table, from, to) =>
      statement(`UPDATE ${q(table)} SET version_num = ${p(0)} WHERE version_num = ${p(1)}`, [to, from]),
    delete: (table, version) => statement(`DELETE FROM ${q(table)} WHERE version_num = ${p(0)}`, [version]),
    deleteAll: (table) => statement(`DELETE FROM ${q(table)}`),
  };
}
