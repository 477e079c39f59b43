/** SQLite lexical rules: "" and '' doubling, X'..' blobs, booleans as 1/0 (SQLite has no boolean). */
import { quoteWith, type DialectSyntax } from "../shared/syntax.js";

export const quoteIdentifier = quoteWith('"', '"');

export function quoteString(value: string): string {
  return `'${value.split("'").join("''")}'`;
}

export const sqliteSyntax: DialectSyntax = {
  dialect: "sqlite",
  quoteIdentifier,
  quoteString,
  placeholder: () => "?",
  // better-sqlite3 binds neither booleans nor Dates: 1/0 and ISO 8601 text (what SQLite's date functions read).
  values: { booleans: "integer", formatDate: (date) => date.toISOString() },
  literals: {
    quoteString,
    boolean: (value) => (value ? "1" : "0"),
    blob: (hex) => `X'${hex}'`,
  },
  inline: {
    placeholders: "question",
    // SQLite also accepts MySQL's backticks and SQL Server's brackets around identifiers.
    identifierQuotes: { '"': '"', "`": "`", "[": "]" },
    stringQuotes: "'",
    backslashEscapes: false,
    postgres: false,
    mysqlComments: false,
  },
};
