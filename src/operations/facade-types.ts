/** The option objects of the op API (DESIGN.md, "Op API"). */
import type { ColumnBuilder, DeferrableOptions } from "../schema/column.js";
import type { GeneratedColumn, Identity } from "../schema/ir.js";
import type { ForeignKeyExtraOptions, IndexKeyInput, IndexOptions, TableOptions, UniqueOptions } from "../schema/table.js";
import type { LiteralValue, SqlExpression } from "../schema/types.js";

export type { IndexKeyInput } from "../schema/table.js";
import type { AlterAlgorithm, AlterLock, ConstraintType, RecreateMode } from "./operation.js";

export interface SchemaOption {
  /** The table's schema (PostgreSQL schema, MySQL database); default: the connection's. */
  schema?: string;
}

/**
 * MySQL / MariaDB `ALGORITHM=` and `LOCK=` of the ALTER: the server refuses the statement rather than run it a
 * slower way (`{ algorithm: "INPLACE", lock: "NONE" }`: never a table COPY, writes go on). Other dialects ignore them.
 */
export interface AlterModeOptions {
  algorithm?: AlterAlgorithm | Lowercase<AlterAlgorithm>;
  lock?: AlterLock | Lowercase<AlterLock>;
}

/** The options of an op that alters an existing table: its schema and how the ALTER may run. */
export interface AlterTableOptions extends SchemaOption, AlterModeOptions {}

export interface CreateIndexOptions extends AlterTableOptions, IndexOptions {
  concurrently?: boolean;
}

export interface DropIndexOptions extends AlterTableOptions {
  /** PostgreSQL DROP INDEX CONCURRENTLY (in a revision with transactional = false); other dialects ignore it. */
  concurrently?: boolean;
}

export interface UniqueConstraintOptions extends AlterTableOptions, UniqueOptions {}

export interface PrimaryKeyOptions extends AlterTableOptions, DeferrableOptions {}

export interface CheckConstraintOptions extends AlterTableOptions {
  /** PostgreSQL NOT VALID: existing rows are not checked. */
  notValid?: boolean;
}

/** Table options as `table()` takes them, without schema and comment. */
export type TableOptionsInput = Omit<TableOptions, "schema" | "comment">;

export interface SetTableOptionsOptions extends AlterTableOptions {
  /** What the options were (for downgrades); absent: unknown. */
  existingOptions?: TableOptionsInput;
}

export type DefaultInput = LiteralValue | SqlExpression | Date;

export interface AlterColumnOptions extends AlterTableOptions {
  nullable?: boolean;
  /** The new type, as a builder: `varchar(200)`. */
  type?: ColumnBuilder;
  /** The new server default; null drops it. */
  default?: DefaultInput | null;
  newName?: string;
  /** The new comment; null drops it. */
  comment?: string | null;
  /** What the column was: MySQL restates the whole column, and downgrades need the old values. */
  existingType?: ColumnBuilder;
  existingNullable?: boolean;
  existingDefault?: DefaultInput | null;
  existingComment?: string | null;
  existingAutoIncrement?: boolean;
  /** Switch identity / AUTO_INCREMENT on or off (what autogenerate writes when that is all that changed). */
  autoIncrement?: boolean;
  /** Identity kind and sequence options (PostgreSQL); null: the default identity. */
  identity?: Identity | null;
  generated?: GeneratedColumn | null;
  collation?: string | null;
  charset?: string | null;
  onUpdate?: string | null;
  existingIdentity?: Identity | null;
  existingGenerated?: GeneratedColumn | null;
  existingCollation?: string | null;
  existingCharset?: string | null;
  existingOnUpdate?: string | null;
  /**
   * With nullable: false, the name of a valid CHECK (col IS NOT NULL) on the table, which lets PostgreSQL 12+ skip
   * SET NOT NULL's scan (what `--online` writes); it changes nothing but the lock report.
   */
  existingNotNullCheck?: string;
}

export interface ForeignKeyOptions extends AlterTableOptions, Omit<ForeignKeyExtraOptions, "onDelete" | "onUpdate"> {
  onDelete?: string;
  onUpdate?: string;
  /** Schema of the referenced table, when it differs. */
  refSchema?: string;
}

export interface EnumValueOptions extends SchemaOption {
  before?: string;
  after?: string;
}

export interface BatchOptions extends SchemaOption {
  recreate?: RecreateMode;
}

/** What `batchAlterTable`'s callback receives: the table-level ops, without the table argument. */
export interface BatchOp {
  addColumn(name: string, column: ColumnBuilder, options?: AlterModeOptions): Promise<void>;
  dropColumn(name: string, options?: AlterModeOptions): Promise<void>;
  alterColumn(name: string, options: AlterColumnOptions): Promise<void>;
  createIndex(name: string, columns: readonly IndexKeyInput[], options?: Omit<CreateIndexOptions, "schema" | "concurrently">): Promise<void>;
  dropIndex(name: string, options?: AlterModeOptions): Promise<void>;
  createUniqueConstraint(name: string | null, columns: readonly string[], options?: Omit<UniqueConstraintOptions, "schema">): Promise<void>;
  createForeignKey(name: string | null, refTable: string, columns: readonly string[], refColumns: readonly string[],
    options?: Omit<ForeignKeyOptions, "schema">): Promise<void>;
  createCheckConstraint(name: string | null, expression: string, options?: Omit<CheckConstraintOptions, "schema">): Promise<void>;
  createPrimaryKey(name: string | null, columns: readonly string[], options?: Omit<PrimaryKeyOptions, "schema">): Promise<void>;
  createExcludeConstraint(name: string, definition: string, options?: AlterModeOptions): Promise<void>;
  dropConstraint(name: string | null, type: ConstraintType, which?: UnnamedConstraint & AlterModeOptions): Promise<void>;
}

/**
 * Which constraint a dropConstraint without a name drops (SQLite, where a constraint may have none; PostgreSQL
 * finds the name the database gave it): a unique constraint by its columns, a foreign key by its columns and
 * what they reference, a check by its expression.
 */
export interface UnnamedConstraint {
  readonly columns?: readonly string[];
  readonly refTable?: string;
  readonly refColumns?: readonly string[];
  readonly expression?: string;
}
