/**
 * Inlining parameters for offline `--sql` output. A small lexer walks the
 * statement so that a `?` or `$1` inside a string literal, a quoted
 * identifier, a comment or a PostgreSQL dollar-quoted body is left alone:
 * only real placeholders are replaced.
 */
import { MigrateError } from "../../errors.js";
import type { Statement } from "../dialect.js";

export interface InlineSyntax {
  /** `$1..$n` (PostgreSQL, may repeat) or positional `?` (MySQL, SQLite; SQLite also `?NNN`). */
  readonly placeholders: "dollar" | "question";
  /** Opening character of a quoted identifier → its closing character. */
  readonly identifierQuotes: Readonly<Record<string, string>>;
  /** Characters that open a string literal. */
  readonly stringQuotes: string;
  /** Backslash escapes inside every string literal (MySQL without NO_BACKSLASH_ESCAPES). */
  readonly backslashEscapes: boolean;
  /** PostgreSQL E'...' strings, $tag$...$tag$ bodies and nested block comments. */
  readonly postgres: boolean;
  /** MySQL `#` line comments; MySQL also needs a space after `--`. */
  readonly mysqlComments: boolean;
}

interface Placeholder {
  readonly start: number;
  readonly end: number;
  /** 0-based parameter index. */
  readonly index: number;
}

const IDENT = /[A-Za-z0-9_$\u0080-\uffff]/;

export function inlineStatement(statement: Statement, syntax: InlineSyntax, render: (value: unknown) => string): string {
  const { sql, params } = statement;
  // Without parameters there is nothing to replace; do not second-guess user SQL.
  if (params.length === 0) return sql;
  const found = findPlaceholders(sql, syntax);
  checkCount(found, params.length, sql);
  let out = "";
  let last = 0;
  for (const p of found) {
    let literal = render(params[p.index]);
    // `x-$1` with -5 must not become the comment `x--5`.
    if (literal.startsWith("-") && sql[p.start - 1] === "-") literal = ` ${literal}`;
    out += sql.slice(last, p.start) + literal;
    last = p.end;
  }
  return out + sql.slice(last);
}

function checkCount(found: readonly Placeholder[], count: number, sql: string): void {
  // Positional `?` count up from 0, so the highest index covers both styles (and `$1` reused twice).
  const used = found.reduce((max, p) => Math.max(max, p.index + 1), 0);
  if (used !== count) {
    const flat = sql.replace(/\s+/g, " ").slice(0, 80);
    throw new MigrateError(`statement uses ${used} parameter(s) but ${count} were given: ${flat}`);
  }
}

export function findPlaceholders(sql: string, syntax: InlineSyntax): Placeholder[] {
  const found: Placeholder[] = [];
  let i = 0;
  let nextPositional = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (syntax.stringQuotes.includes(c)) {
      const backslash = syntax.backslashEscapes || (syntax.postgres && isEscapeStringPrefix(sql, i));
      i = skipQuoted(sql, i, c, backslash);
    } else if (c in syntax.identifierQuotes) {
      i = skipQuoted(sql, i, syntax.identifierQuotes[c]!, false);
    } else if (c === "-" && next === "-" && (!syntax.mysqlComments || /^(\s|$)/.test(sql[i + 2] ?? ""))) {
      i = skipLine(sql, i);
    } else if (c === "#" && syntax.mysqlComments) {
      i = skipLine(sql, i);
    } else if (c === "/" && next === "*") {
      i = skipBlockComment(sql, i, syntax.postgres);
    } else if (c === "$" && syntax.placeholders === "dollar" && /[0-9]/.test(next ?? "") && !IDENT.test(sql[i - 1] ?? "")) {
      const digits = /^[0-9]+/.exec(sql.slice(i + 1))![0];
      found.push({ start: i, end: i + 1 + digits.length, index: Number(digits) - 1 });
      i += 1 + digits.length;
    } else if (c === "$" && syntax.postgres && !IDENT.test(sql[i - 1] ?? "")) {
      i = skipDollarQuoted(sql, i);
    } else if (c === "?" && syntax.placeholders === "question") {
      const digits = /^[0-9]*/.exec(sql.slice(i + 1))![0];
      const index = digits ? Number(digits) - 1 : nextPositional;
      nextPositional = index + 1;
      found.push({ start: i, end: i + 1 + digits.length, index });
      i += 1 + digits.length;
    } else {
      i += 1;
    }
  }
  return found;
}

function isEscapeStringPrefix(sql: string, quoteAt: number): boolean {
  const prev = sql[quoteAt - 1];
  return (prev === "E" || prev === "e") && !IDENT.test(sql[quoteAt - 2] ?? "");
}

/** Skips a quoted run; the closing character doubled is an escaped one. Unterminated: to the end. */
function skipQuoted(sql: string, start: number, close: string, backslash: boolean): number {
  let i = start + 1;
  while (i < sql.length) {
    const c = sql[i];
    if (backslash && c === "\\") { i += 2; continue; }
    if (c === close) {
      if (sql[i + 1] === close && close !== "]") { i += 2; continue; }
      return i + 1;
    }
    i += 1;
  }
  return sql.length;
}

function skipLine(sql: string, start: number): number {
  const end = sql.indexOf("\n", start);
  return end === -1 ? sql.length : end + 1;
}

function skipBlockComment(sql: string, start: number, nested: boolean): number {
  let depth = 1;
  let i = start + 2;
  while (i < sql.length && depth > 0) {
    if (nested && sql[i] === "/" && sql[i + 1] === "*") { depth += 1; i += 2; }
    else if (sql[i] === "*" && sql[i + 1] === "/") { depth -= 1; i += 2; }
    else i += 1;
  }
  return i;
}

/** `$$...$$` or `$tag$...$tag$`; a lone `$` is just a character. */
function skipDollarQuoted(sql: string, start: number): number {
  const tag = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(sql.slice(start));
  if (!tag) return start + 1;
  const end = sql.indexOf(tag[0], start + tag[0].length);
  return end === -1 ? sql.length : end + tag[0].length;
}
