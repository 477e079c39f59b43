/**
 * The Schema IR: what the model DSL builds and (later) what introspection
 * reads from a live database. Plain frozen data, no dialect knowledge.
 */
import type { ColumnType, DefaultValue } from "./types.js";

export type ReferentialAction = "cascade" | "restrict" | "no action" | "set null" | "set default";

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
  readonly default: DefaultValue | null;
  readonly autoIncrement: boolean;
  readonly comment: string | null;
}

export interface PrimaryKey {
  readonly name: string | null;
  readonly columns: readonly string[];
}

export interface Index {
  readonly name: string;
  readonly columns: readonly string[];
  readonly unique: boolean;
  readonly where: string | null;
}

export interface UniqueConstraint {
  readonly name: string | null;
  readonly columns: readonly string[];
}

export interface ForeignKey {
  readonly name: string | null;
  readonly columns: readonly string[];
  readonly refTable: string;
  readonly refSchema: string | null;
  readonly refColumns: readonly string[];
  readonly onDelete: ReferentialAction | null;
  readonly onUpdate: ReferentialAction | null;
}

export interface CheckConstraint {
  readonly name: string | null;
  readonly expression: string;
}

export interface Table {
  readonly name: string;
  readonly schema: string | null;
  readonly columns: readonly Column[];
  readonly primaryKey: PrimaryKey | null;
  readonly indexes: readonly Index[];
  readonly uniques: readonly UniqueConstraint[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly checks: readonly CheckConstraint[];
  readonly comment: string | null;
}

/**
 * A Table with exactly the IR's fields, whatever else `from` carries (a model's `kind`).
 * Copied field by field: spreading costs far more on the cold paths that copy a thousand tables once.
 */
export function tableOf(from: Table): Table {
  return {
    name: from.name, schema: from.schema, columns: from.columns, primaryKey: from.primaryKey, indexes: from.indexes,
    uniques: from.uniques, foreignKeys: from.foreignKeys, checks: from.checks, comment: from.comment,
  };
}

export interface EnumType {
  readonly name: string;
  readonly schema: string | null;
  readonly values: readonly string[];
}

export interface Schema {
  readonly tables: readonly Table[];
  readonly enums: readonly EnumType[];
}

const ACTIONS: readonly ReferentialAction[] = ["cascade", "restrict", "no action", "set null", "set default"];

/** Parses a user-written referential action, case-insensitively. */
export function parseReferentialAction(value: string | undefined | null): ReferentialAction | null {
  if (value === undefined || value === null) return null;
  const normal = value.trim().toLowerCase().replace(/\s+/g, " ");
  const found = ACTIONS.find((action) => action === normal);
  if (!found) {
    throw new TypeError(`unknown referential action "${value}" (expected one of: ${ACTIONS.join(", ")})`);
  }
  return found;
}
