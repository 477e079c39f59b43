/**
 * Operations: what a revision does, as plain frozen data discriminated by
 * `kind`. The same objects are compiled to SQL by each dialect, reversed for
 * downgrades, and (with autogenerate) rendered back to TypeScript source.
 */
import type {
  CheckConstraint, Column, EnumType, ForeignKey, GeneratedColumn, Identity, Index, PrimaryKey, Table, TableOptionsIR,
  UniqueConstraint, VerbatimConstraint,
} from "../schema/ir.js";
import type { ColumnType, DefaultValue } from "../schema/types.js";

/** MySQL / MariaDB `ALGORITHM=`: how the server may carry out an ALTER. */
export type AlterAlgorithm = "INSTANT" | "INPLACE" | "COPY";

/** MySQL / MariaDB `LOCK=`: the most the ALTER may lock others out of the table (NONE: reads and writes go on). */
export type AlterLock = "NONE" | "SHARED" | "EXCLUSIVE";

export const ALTER_ALGORITHMS: readonly AlterAlgorithm[] = ["INSTANT", "INPLACE", "COPY"];
export const ALTER_LOCKS: readonly AlterLock[] = ["NONE", "SHARED", "EXCLUSIVE"];

/**
 * How an op that alters an existing table must run on a live database: on MySQL and MariaDB its ALTER states
 * `ALGORITHM=` and `LOCK=`, and the server refuses the statement rather than fall back to a slower algorithm or
 * a stronger lock (a table COPY that blocks writes). Absent: the server chooses. Other dialects ignore it, as
 * MySQL ignores createIndex's `concurrently`.
 */
export interface AlterMode {
  readonly algorithm?: AlterAlgorithm;
  readonly lock?: AlterLock;
}

/** The op kinds that carry an AlterMode (each compiles to ALTER TABLE / CREATE INDEX on MySQL). */
export type ModalOperation = TableAlteration | SetTableCommentOp | SetTableOptionsOp;

/** A table as ops address it: its name and, where the dialect has them, its schema. */
export interface TableRef {
  readonly name: string;
  readonly schema: string | null;
}

export interface CreateTableOp {
  readonly kind: "createTable";
  readonly table: Table;
}

export interface DropTableOp {
  readonly kind: "dropTable";
  readonly table: TableRef;
  /** The dropped table's definition when known, so the drop can be reversed. */
  readonly definition: Table | null;
}

export interface RenameTableOp {
  readonly kind: "renameTable";
  readonly table: TableRef;
  readonly newName: string;
}

export interface AddColumnOp extends AlterMode {
  readonly kind: "addColumn";
  readonly table: TableRef;
  readonly column: Column;
  /** Constraints declared on the column builder (`.unique()`, `.references()`). */
  readonly unique: UniqueConstraint | null;
  readonly foreignKey: ForeignKey | null;
}

export interface DropColumnOp extends AlterMode {
  readonly kind: "dropColumn";
  readonly table: TableRef;
  readonly name: string;
  /** The dropped column when known, so the drop can be reversed. */
  readonly definition: Column | null;
}

export interface CreateIndexOp extends AlterMode {
  readonly kind: "createIndex";
  readonly table: TableRef;
  readonly index: Index;
  /** PostgreSQL CREATE INDEX CONCURRENTLY; other dialects build indexes online anyway. */
  readonly concurrently: boolean;
}

export interface DropIndexOp extends AlterMode {
  readonly kind: "dropIndex";
  readonly table: TableRef;
  readonly name: string;
  readonly definition: Index | null;
  /** PostgreSQL DROP INDEX CONCURRENTLY (outside a transaction); other dialects ignore it. Absent: false. */
  readonly concurrently?: boolean;
}

/**
 * Checks the existing rows against a foreign key or check added NOT VALID (PostgreSQL `ALTER TABLE ...
 * VALIDATE CONSTRAINT`, which lets writes go on while it scans). Other dialects validate a constraint when they
 * add it, so there it does nothing.
 */
export interface ValidateConstraintOp {
  readonly kind: "validateConstraint";
  readonly table: TableRef;
  readonly name: string;
}

export interface ExecuteOp {
  readonly kind: "execute";
  readonly sql: string;
  readonly params: readonly unknown[];
}

export interface BulkInsertOp {
  readonly kind: "bulkInsert";
  readonly table: TableRef;
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

/** What an alterColumn changes; an absent key is left as it is. */
export interface ColumnChanges {
  readonly nullable?: boolean;
  readonly type?: ColumnType;
  /** null drops the default. */
  readonly default?: DefaultValue | null;
  readonly newName?: string;
  /** null drops the comment. */
  readonly comment?: string | null;
  /** Autogenerate only: identity / AUTO_INCREMENT switched on or off. */
  readonly autoIncrement?: boolean;
  /** The identity's kind and sequence options (PostgreSQL); null: the default identity. */
  readonly identity?: Identity | null;
  /** null: no longer generated. */
  readonly generated?: GeneratedColumn | null;
  /** null: the table's (database's) default. */
  readonly collation?: string | null;
  readonly charset?: string | null;
  /** MySQL ON UPDATE; null drops it. */
  readonly onUpdate?: string | null;
}

/**
 * What the column was before an alterColumn, as far as known: the `existing*`
 * hints of the op API, or what autogenerate read from the database. MySQL's
 * MODIFY restates the whole column, and reverse() needs the old values.
 */
export interface ExistingColumn {
  readonly type?: ColumnType;
  readonly nullable?: boolean;
  readonly default?: DefaultValue | null;
  readonly comment?: string | null;
  readonly autoIncrement?: boolean;
  readonly identity?: Identity | null;
  readonly generated?: GeneratedColumn | null;
  readonly collation?: string | null;
  readonly charset?: string | null;
  readonly onUpdate?: string | null;
  /**
   * The name of a valid `CHECK (col IS NOT NULL)` on the table: PostgreSQL 12+ then makes the column NOT NULL
   * without scanning it (the online form of SET NOT NULL). Only the lock report reads it.
   */
  readonly notNullCheck?: string;
}

/** The ColumnChanges / ExistingColumn keys that are column attributes (all but newName). */
export const COLUMN_ATTRIBUTES = [
  "type", "nullable", "default", "comment", "autoIncrement", "identity", "generated", "collation", "charset", "onUpdate",
] as const;

export interface AlterColumnOp extends AlterMode {
  readonly kind: "alterColumn";
  readonly table: TableRef;
  readonly name: string;
  readonly changes: ColumnChanges;
  readonly existing: ExistingColumn;
}

export interface CreateUniqueConstraintOp extends AlterMode {
  readonly kind: "createUniqueConstraint";
  readonly table: TableRef;
  readonly unique: UniqueConstraint;
}

export interface CreateForeignKeyOp extends AlterMode {
  readonly kind: "createForeignKey";
  readonly table: TableRef;
  readonly foreignKey: ForeignKey;
}

export interface CreateCheckConstraintOp extends AlterMode {
  readonly kind: "createCheckConstraint";
  readonly table: TableRef;
  readonly check: CheckConstraint;
}

/** A constraint kept as its definition (an exclusion constraint): `op.createExcludeConstraint`. */
export interface CreateConstraintOp extends AlterMode {
  readonly kind: "createConstraint";
  readonly table: TableRef;
  readonly constraint: VerbatimConstraint;
}

export interface CreatePrimaryKeyOp extends AlterMode {
  readonly kind: "createPrimaryKey";
  readonly table: TableRef;
  readonly primaryKey: PrimaryKey;
}

export type ConstraintType = "unique" | "foreignkey" | "check" | "primary" | "exclude";

/** The dropped constraint, when known, so the drop can be reversed. */
export type ConstraintDefinition =
  | { readonly type: "unique"; readonly unique: UniqueConstraint }
  | { readonly type: "foreignkey"; readonly foreignKey: ForeignKey }
  | { readonly type: "check"; readonly check: CheckConstraint }
  | { readonly type: "primary"; readonly primaryKey: PrimaryKey }
  | { readonly type: "exclude"; readonly constraint: VerbatimConstraint };

export interface DropConstraintOp extends AlterMode {
  readonly kind: "dropConstraint";
  readonly table: TableRef;
  /** The constraint's name; a primary key may be unnamed (null) where the dialect allows. */
  readonly name: string | null;
  readonly type: ConstraintType;
  readonly definition: ConstraintDefinition | null;
}

export interface SetTableCommentOp extends AlterMode {
  readonly kind: "setTableComment";
  readonly table: TableRef;
  readonly comment: string | null;
  /** The comment before, when known (undefined: unknown), for reverse(). */
  readonly existing: string | null | undefined;
}

/**
 * Table options (UNLOGGED, ENGINE, charset, partitioning, ...) set to `options`
 * as a whole; `existing` is what they were, when known, for reverse() and
 * for the dialect to see what changes.
 */
export interface SetTableOptionsOp extends AlterMode {
  readonly kind: "setTableOptions";
  readonly table: TableRef;
  readonly options: TableOptionsIR;
  readonly existing: TableOptionsIR | undefined;
}

export interface CreateEnumOp {
  readonly kind: "createEnum";
  readonly enum: EnumType;
}

export interface DropEnumOp {
  readonly kind: "dropEnum";
  readonly name: string;
  readonly schema: string | null;
  readonly definition: EnumType | null;
}

export interface AddEnumValueOp {
  readonly kind: "addEnumValue";
  readonly name: string;
  readonly schema: string | null;
  readonly value: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** The reverse of addEnumValue: rebuilds the type without the value (columns using it are converted). */
export interface DropEnumValueOp {
  readonly kind: "dropEnumValue";
  readonly name: string;
  readonly schema: string | null;
  readonly value: string;
}

/** Ops on one table that `batchAlterTable` groups (SQLite: into one move-and-copy rebuild). */
export type TableAlteration =
  | AddColumnOp
  | DropColumnOp
  | AlterColumnOp
  | CreateIndexOp
  | DropIndexOp
  | CreateUniqueConstraintOp
  | CreateForeignKeyOp
  | CreateCheckConstraintOp
  | CreatePrimaryKeyOp
  | CreateConstraintOp
  | DropConstraintOp;

export type RecreateMode = "auto" | "always" | "never";

export interface BatchAlterTableOp {
  readonly kind: "batchAlterTable";
  readonly table: TableRef;
  readonly ops: readonly TableAlteration[];
  /** auto: rebuild only if an op needs it; always: rebuild anyway; never: refuse ops that need a rebuild. */
  readonly recreate: RecreateMode;
}

export type Operation =
  | CreateTableOp
  | DropTableOp
  | RenameTableOp
  | TableAlteration
  | SetTableCommentOp
  | SetTableOptionsOp
  | CreateEnumOp
  | DropEnumOp
  | AddEnumValueOp
  | DropEnumValueOp
  | BatchAlterTableOp
  | ValidateConstraintOp
  | ExecuteOp
  | BulkInsertOp;

export type OperationKind = Operation["kind"];

/** Picks the op of one kind out of the union: OperationOf<"createTable"> is CreateTableOp. */
export type OperationOf<K extends OperationKind> = Extract<Operation, { kind: K }>;

/** A handler for every kind: a missing kind is a compile error, never a silent no-op. */
export type OperationHandlers<R> = { readonly [K in OperationKind]: (op: OperationOf<K>) => R };

export function dispatch<R>(handlers: OperationHandlers<R>, op: Operation): R {
  return (handlers[op.kind] as (op: Operation) => R)(op);
}

const MODAL_KINDS: ReadonlySet<OperationKind> = new Set<OperationKind>([
  "addColumn", "dropColumn", "alterColumn", "createIndex", "dropIndex", "createUniqueConstraint", "createForeignKey",
  "createCheckConstraint", "createPrimaryKey", "createConstraint", "dropConstraint", "setTableComment", "setTableOptions",
]);

export function isModal(op: Operation): op is ModalOperation {
  return MODAL_KINDS.has(op.kind);
}

/** The op's AlterMode alone (empty when it has none). */
export function alterModeOf(op: Operation): AlterMode {
  if (!isModal(op)) return {};
  return {
    ...(op.algorithm !== undefined ? { algorithm: op.algorithm } : {}),
    ...(op.lock !== undefined ? { lock: op.lock } : {}),
  };
}

export function qualifiedName(ref: TableRef): string {
  return ref.schema ? `${ref.schema}.${ref.name}` : ref.name;
}
