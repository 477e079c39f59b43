/**
 * Helpers for server defaults written as SQL. MySQL and SQLite accept a bare
 * literal or CURRENT_TIMESTAMP-like keyword after DEFAULT but need any other
 * expression in parentheses; these tell the two apart without parsing SQL.
 */

/** True when the whole text is one parenthesised group: "(a + b)" yes, "(a) + (b)" no. */
export function isParenthesized(sql: string): boolean {
  const text = sql.trim();
  if (!text.startsWith("(") || !text.endsWith(")")) return false;
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === "`") quote = c;
    else if (c === "(") depth += 1;
    else if (c === ")") {
      depth -= 1;
      if (depth === 0 && i < text.length - 1) return false;
    }
  }
  return depth === 0;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const STRING = /^'([^']|'')*'$/;
const HEX_BLOB = /^[xX]'[0-9a-fA-F]*'$/;
const KEYWORD = /^(NULL|TRUE|FALSE)$/i;

/** A constant the DEFAULT clause accepts without parentheses on every dialect. */
export function isLiteralSql(sql: string): boolean {
  const text = sql.trim();
  return NUMBER.test(text) || STRING.test(text) || HEX_BLOB.test(text) || KEYWORD.test(text);
}

/** `CURRENT_TIMESTAMP`, `current_date`, `CURRENT_TIMESTAMP(6)`, `NOW()`...: allowed bare on MySQL. */
export function isMysqlTemporalKeyword(sql: string): boolean {
  return /^(CURRENT_TIMESTAMP|CURRENT_DATE|CURRENT_TIME|LOCALTIME|LOCALTIMESTAMP|NOW)(\s*\(\s*\d*\s*\))?$/i.test(sql.trim());
}

/** SQLite's three bare keyword defaults (no parentheses, no precision). */
export function isSqliteTemporalKeyword(sql: string): boolean {
  return /^(CURRENT_TIMESTAMP|CURRENT_DATE|CURRENT_TIME)$/i.test(sql.trim());
}
