/**
 * The lexical side of a dialect: quoting, literals, placeholders and value
 * policy. Each dialect's quote.ts builds one of these; the shared compiler,
 * the version table SQL and `inline()` are written against it only.
 */
import type { DialectName, Statement } from "../dialect.js";
import type { TableRef } from "../../operations/operation.js";
import { inlineStatement, type InlineSyntax } from "./inline.js";
import { normalizeValue, renderLiteral, type LiteralStyle, type ValuePolicy } from "./values.js";

export interface DialectSyntax {
  readonly dialect: DialectName;
  quoteIdentifier(name: string): string;
  /** A string literal: what goes between the dialect's quotes, escaped as it requires. */
  quoteString(value: string): string;
  /** The placeholder for the parameter at 0-based `index`. */
  placeholder(index: number): string;
  readonly values: ValuePolicy;
  readonly literals: LiteralStyle;
  readonly inline: InlineSyntax;
}

/** Doubles the closing delimiter, the one escape every SQL dialect understands in quoted identifiers. */
export function quoteWith(open: string, close: string): (name: string) => string {
  // Most names hold no delimiter: no split and join for them (identifiers are quoted by the thousand).
  return (name) => `${open}${name.includes(close) ? name.split(close).join(close + close) : name}${close}`;
}

/** Any value as an SQL literal of this dialect (normalised first, like a bound parameter would be). */
export function literal(syntax: DialectSyntax, value: unknown): string {
  return renderLiteral(normalizeValue(value, syntax.values), syntax.literals);
}

export function inline(syntax: DialectSyntax, statement: Statement): string {
  return inlineStatement(statement, syntax.inline, (value) => literal(syntax, value));
}

/** `"schema"."table"` or `"table"`. On SQLite the schema is the attached database's name. */
export function qualifiedTable(syntax: DialectSyntax, ref: TableRef): string {
  const name = syntax.quoteIdentifier(ref.name);
  return ref.schema ? `${syntax.quoteIdentifier(ref.schema)}.${name}` : name;
}

/** A statement with no parameters. */
export function statement(sql: string, params: readonly unknown[] = []): Statement {
  return { sql, params };
}
