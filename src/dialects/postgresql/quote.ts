/**
 * PostgreSQL lexical rules. String literals use standard '' doubling: with
 * standard_conforming_strings on (the default since 9.1) a backslash is an
 * ordinary character, so no E'' string is ever needed.
 */
import { quoteWith, type DialectSyntax } from "../shared/syntax.js";

export const quoteIdentifier = quoteWith('"', '"');

export function quoteString(value: string): string {
  return `'${value.split("'").join("''")}'`;
}

export const postgresSyntax: DialectSyntax = {
  dialect: "postgresql",
  quoteIdentifier,
  quoteString,
  placeholder: (index) => `$${index + 1}`,
  // ISO 8601 with "Z": timestamptz gets the exact instant; pg would send local time with an offset.
  values: { booleans: "native", formatDate: (date) => date.toISOString() },
  literals: {
    quoteString,
    boolean: (value) => (value ? "TRUE" : "FALSE"),
    blob: (hex) => `'\\x${hex}'::bytea`,
  },
  inline: {
    placeholders: "dollar",
    identifierQuotes: { '"': '"' },
    stringQuotes: "'",
    backslashEscapes: false,
    postgres: true,
    mysqlComments: false,
  },
};
