/** The option objects of the op API (DESIGN.md, "Op API"). */
import type { ColumnBuilder } from "../schema/column.js";
import type { LiteralValue, SqlExpression } from "../schema/types.js";
import type { ConstraintType, RecreateMode } from "./operation.js";

export interface SchemaOption {
  /** The table's schema (PostgreSQL schema, MySQL database); default: the connection's. */
  schema?: string;
}

export interface CreateIndexOptions extends SchemaOption {
  unique?: boolean;
  where?: string;
  concurrently?: boolean;
}

export type DefaultInput = LiteralValue | SqlExpression | Date;

export interface AlterColumnOptions extends SchemaOption {
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
}

export interface ForeignKeyOptions extends SchemaOption {
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
  addColumn(name: string, column: ColumnBuilder): Promise<void>;
  dropColumn(name: string): Promise<void>;
  alterColumn(name: string, options: AlterColumnOptions): Promise<void>;
  createIndex(name: string, columns: readonly string[], options?: Omit<CreateIndexOptions, "schema" | "concurrently">): Promise<void>;
  dropIndex(name: string): Promise<void>;
  createUniqueConstraint(name: string, columns: readonly string[]): Promise<void>;
  createForeignKey(name: string, refTable: string, columns: readonly string[], refColumns: readonly string[],
    options?: Omit<ForeignKeyOptions, "schema">): Promise<void>;
  createCheckConstraint(name: string, expression: string): Promise<void>;
  createPrimaryKey(name: string | null, columns: readonly string[]): Promise<void>;
  dropConstraint(name: string | null, type: ConstraintType): Promise<void>;
}
