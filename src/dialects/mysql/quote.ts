/**
 * MySQL / MariaDB lexical rules. String literals escape backslashes as well
 * as quotes: under the default sql_mode a backslash starts an escape, so
 * doubling quotes alone would let 'a\' end a string early. (With
 * NO_BACKSLASH_ESCAPES the escaped forms would store extra backslashes;
 * that mode is not supported.)
 */
import { formatUtcDateTime } from "../shared/values.js";
import { quoteWith, type DialectSyntax } from "../shared/syntax.js";

export const quoteIdentifier = quoteWith("`", "`");

const ESCAPES: Readonly<Record<string, string>> = {
  "\0": "\\0", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\x1a": "\\Z",
  "'": "\\'", '"': '\\"', "\\": "\\\\",
};

export function quoteString(value: string): string {
  return `'${value.replace(/[\0\b\t\n\r\x1a'"\\]/g, (c) => ESCAPES[c]!)}'`;
}

export const mysqlSyntax: DialectSyntax = {
  dialect: "mysql",
  quoteIdentifier,
  quoteString,
  placeholder: () => "?",
  // DATETIME rejects "T" and "Z" in strict mode; the connection runs with time_zone +00:00 to match.
  values: { booleans: "native", formatDate: formatUtcDateTime },
  literals: {
    quoteString,
    boolean: (value) => (value ? "TRUE" : "FALSE"),
    blob: (hex) => `X'${hex}'`,
  },
  inline: {
    placeholders: "question",
    identifierQuotes: { "`": "`" },
    // Double quotes delimit strings unless sql_mode has ANSI_QUOTES.
    stringQuotes: "'\"",
    backslashEscapes: true,
    postgres: false,
    mysqlComments: true,
  },
};
