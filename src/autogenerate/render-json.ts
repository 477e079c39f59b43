/**
 * The Schema IR as a JSON document for other tools (what `migrate pull
 * --format json` writes). Pure: the same schema gives the same text,
 * whatever order its tables and enums come in.
 *
 * The document holds the IR as it is: each table exactly the IR's fields
 * (tableOf), an optional field absent when the IR leaves it out, never
 * written as null. A literal default may be a bigint (a BIGINT column's
 * default reaches 2^63), which JSON.stringify refuses and a number would
 * round: it is written as a JSON number with all its digits, so the text is
 * exact for any reader that keeps big numbers.
 */
import type { DialectName } from "../dialects/dialect.js";
import { tableOf, type Column, type EnumType, type Schema, type Table } from "../schema/ir.js";
import type { SqlExpression } from "../schema/types.js";
import { toJson } from "../json-text.js";

/** A literal default in the document: a bigint of the IR is a JSON number, which JSON.parse reads as a (maybe rounded) number. */
export type DocumentLiteral = string | number | boolean | null;
export type DocumentDefault = { readonly kind: "literal"; readonly value: DocumentLiteral } | SqlExpression;
export type DocumentColumn = Omit<Column, "default"> & { readonly default: DocumentDefault | null };
export type DocumentTable = Omit<Table, "columns"> & { readonly columns: readonly DocumentColumn[] };

/** The JSON document `schemaToJson` writes, as JSON.parse gives it back. */
export interface SchemaDocument {
  readonly format: "athanor-schema";
  /** Bumped when a reader of version 1 would misread a document. */
  readonly version: 1;
  readonly dialect: DialectName;
  /** Sorted by (schema, name); the default schema (null) first. */
  readonly tables: readonly DocumentTable[];
  /** Sorted by (schema, name). */
  readonly enums: readonly EnumType[];
}

/** Plain UTF-16 order: the same on every machine, unlike localeCompare. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: { name: string; schema: string | null }, b: { name: string; schema: string | null }): number =>
  compare(a.schema ?? "", b.schema ?? "") || compare(a.name, b.name);

export function schemaToJson(schema: Schema, dialect: DialectName): string {
  const document = {
    format: "athanor-schema",
    version: 1,
    dialect,
    tables: [...schema.tables].sort(byName).map(tableOf),
    enums: [...schema.enums].sort(byName),
  };
  return `${toJson(document)}\n`;
}
