/**
 * The Schema IR: what the model DSL builds and (later) what introspection
 * reads from a live database. Plain frozen data, no dialect knowledge.
 */
import type { ColumnType, DefaultValue } from "./types.js";

export type ReferentialAction = "cascade" | "restrict" | "no action" | "set null" | "set default";

/*
 * Optional fields: what production schemas hold beyond the textbook subset
 * (index methods, deferrable keys, identity options, partitions, MySQL
 * charsets...). Each is absent when it has the database's default value, so
 * that a plain model and a plain catalog are the same data without naming
 * them, and every dialect reads and writes them the same way: a dialect
 * that has no such thing (UNLOGGED on MySQL) leaves it out of its stored
 * form, so it is never compared there. Compare them as `x.field ?? null`.
 */

/** How an autoincrement column gets its values, where the dialect has a choice (PostgreSQL). */
export interface Identity {
  /** GENERATED ALWAYS / BY DEFAULT AS IDENTITY, or a serial column: a sequence it owns and a nextval() default. */
  readonly generation: "always" | "byDefault" | "serial";
  /** Sequence options, absent when the type's default; numbers as text (they reach 2^63). */
  readonly start?: string;
  readonly increment?: string;
  readonly minValue?: string;
  readonly maxValue?: string;
  readonly cache?: string;
  readonly cycle?: true;
}

/** A generated (computed) column: GENERATED ALWAYS AS (expression) STORED / VIRTUAL. */
export interface GeneratedColumn {
  readonly expression: string;
  readonly stored: boolean;
}

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
  readonly default: DefaultValue | null;
  readonly autoIncrement: boolean;
  readonly comment: string | null;
  /** With autoIncrement: the identity's kind and sequence options; absent: the dialect's default (BY DEFAULT). */
  readonly identity?: Identity;
  readonly generated?: GeneratedColumn;
  /** Column collation (PostgreSQL COLLATE "x", MySQL COLLATE x). */
  readonly collation?: string;
  /** Column character set (MySQL). */
  readonly charset?: string;
  /** MySQL ON UPDATE expression, e.g. CURRENT_TIMESTAMP. */
  readonly onUpdate?: string;
}

/** DEFERRABLE INITIALLY IMMEDIATE / DEFERRED; absent: NOT DEFERRABLE. */
export type Deferrable = "immediate" | "deferred";

export interface PrimaryKey {
  readonly name: string | null;
  readonly columns: readonly string[];
  readonly deferrable?: Deferrable;
}

/**
 * One key of an index with more than a column name: an expression, an
 * order, an operator class, a collation or a prefix length. A key that is
 * only a column name is written as the name alone (a string), so each key
 * has exactly one form.
 */
export interface IndexKey {
  /** The column, or absent for an expression key. */
  readonly column?: string;
  /** An expression key, as SQL (without the parentheses around it). */
  readonly expression?: string;
  readonly descending?: true;
  readonly nulls?: "first" | "last";
  /** Operator class (PostgreSQL), e.g. gin_trgm_ops. */
  readonly opclass?: string;
  readonly collation?: string;
  /** Prefix length (MySQL KEY (title(191))). */
  readonly length?: number;
}

export type IndexColumn = string | IndexKey;

export interface Index {
  readonly name: string;
  readonly columns: readonly IndexColumn[];
  readonly unique: boolean;
  readonly where: string | null;
  /**
   * The index method where it is not the default: a PostgreSQL access
   * method (hash, gin, gist, spgist, brin) or a MySQL index kind (fulltext, spatial).
   */
  readonly using?: string;
  /** Non-key columns carried in the index (PostgreSQL INCLUDE). */
  readonly include?: readonly string[];
  readonly nullsNotDistinct?: true;
  /** Storage parameters as the database prints them, e.g. "fillfactor=70" (PostgreSQL WITH (...)). */
  readonly with?: string;
}

export interface UniqueConstraint {
  readonly name: string | null;
  readonly columns: readonly string[];
  readonly deferrable?: Deferrable;
  readonly nullsNotDistinct?: true;
}

export interface ForeignKey {
  readonly name: string | null;
  readonly columns: readonly string[];
  readonly refTable: string;
  readonly refSchema: string | null;
  readonly refColumns: readonly string[];
  readonly onDelete: ReferentialAction | null;
  readonly onUpdate: ReferentialAction | null;
  readonly deferrable?: Deferrable;
  /** MATCH FULL (absent: MATCH SIMPLE, the default). */
  readonly match?: "full";
  /** Added NOT VALID: existing rows were not checked (PostgreSQL). */
  readonly notValid?: true;
}

export interface CheckConstraint {
  readonly name: string | null;
  readonly expression: string;
  readonly notValid?: true;
}

/**
 * A constraint the IR does not take apart, kept as the definition the
 * database prints (PostgreSQL pg_get_constraintdef), e.g. an exclusion
 * constraint "EXCLUDE USING gist (room WITH =, during WITH &&)". Created
 * from the text and compared by it.
 */
export interface VerbatimConstraint {
  readonly name: string;
  readonly definition: string;
}

/**
 * A partition of another table: PARTITION OF parent FOR VALUES ... / DEFAULT.
 * Its columns are the parent's: a partition's table lists only what it adds
 * (its own indexes and constraints), none of what it inherits.
 */
export interface PartitionOf {
  readonly parent: string;
  readonly parentSchema: string | null;
  /** The bound as the database prints it: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')" or "DEFAULT". */
  readonly bound: string;
}

/** Table options where they differ from the database's default. */
export interface TableOptionsIR {
  /** PostgreSQL UNLOGGED. */
  readonly unlogged?: true;
  /** SQLite WITHOUT ROWID. */
  readonly withoutRowid?: true;
  /** SQLite STRICT. */
  readonly strict?: true;
  /** MySQL ENGINE, default CHARSET and COLLATE. */
  readonly engine?: string;
  readonly charset?: string;
  readonly collation?: string;
  /** PostgreSQL INHERITS (parents, qualified when in another schema). */
  readonly inherits?: readonly string[];
  /** PostgreSQL PARTITION BY, as the database prints it: "RANGE (created_at)". */
  readonly partitionBy?: string;
  readonly partitionOf?: PartitionOf;
  /** PostgreSQL storage parameters as the database prints them, e.g. "fillfactor=70, autovacuum_enabled=false". */
  readonly with?: string;
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
  /** Exclusion constraints and others the IR keeps verbatim; absent when none. */
  readonly constraints?: readonly VerbatimConstraint[];
  /** Absent when every option is the default. */
  readonly options?: TableOptionsIR;
}

/**
 * A Table with exactly the IR's fields, whatever else `from` carries (a model's `kind`).
 * Copied field by field: spreading costs far more on the cold paths that copy a thousand tables once.
 */
export function tableOf(from: Table): Table {
  const table: { -readonly [K in keyof Table]: Table[K] } = {
    name: from.name, schema: from.schema, columns: from.columns, primaryKey: from.primaryKey, indexes: from.indexes,
    uniques: from.uniques, foreignKeys: from.foreignKeys, checks: from.checks, comment: from.comment,
  };
  if (from.constraints !== undefined && from.constraints.length > 0) table.constraints = from.constraints;
  if (from.options !== undefined && Object.keys(from.options).length > 0) table.options = from.options;
  return table;
}

/** The column named by an index key, or null for an expression key. */
export function keyColumn(key: IndexColumn): string | null {
  return typeof key === "string" ? key : key.column ?? null;
}

/** The columns an index's keys name (expression keys left out). */
export function indexColumnNames(index: Index): string[] {
  const out: string[] = [];
  for (const key of index.columns) {
    const column = keyColumn(key);
    if (column !== null) out.push(column);
  }
  return out;
}

/** Whether every key of the index is a plain column (no expression, order, opclass, collation or prefix). */
export function plainKeys(index: Index): index is Index & { readonly columns: readonly string[] } {
  return index.columns.every((key) => typeof key === "string");
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
