/**
 * Server defaults on SQLite, written and read back. SQLite keeps the text
 * of a DEFAULT clause as written and pragma_table_xinfo reports it with one
 * pair of outer parentheses taken off; the compiler and the comparison's
 * stored form both go through here, so that what a model asks for and what
 * the catalog later reports are spelt by one set of rules.
 */
import type { DefaultValue } from "../../schema/types.js";
import { isLiteralSql, isParenthesized, isSqliteTemporalKeyword } from "../shared/defaults.js";
import { literal } from "../shared/syntax.js";
import { sqliteSyntax } from "./quote.js";

/** Bare literals and CURRENT_TIMESTAMP/DATE/TIME are allowed as is; any other expression needs parentheses. */
export function defaultExpression(sql: string): string {
  return isLiteralSql(sql) || isSqliteTemporalKeyword(sql) || isParenthesized(sql) ? sql : `(${sql})`;
}

/** The text the compiler writes after DEFAULT. */
export function defaultClause(value: DefaultValue): string {
  return value.kind === "sql" ? defaultExpression(value.sql) : literal(sqliteSyntax, value.value);
}

/** What pragma_table_xinfo reports as dflt_value for `DEFAULT <clause>`: trimmed, one pair of outer parentheses less. */
export function catalogDefault(clause: string): string {
  const text = clause.trim();
  return isParenthesized(text) ? text.slice(1, -1).trim() : text;
}
