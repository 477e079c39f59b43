/**
 * Column builders of the model DSL. A builder is immutable: every modifier
 * returns a new builder, so a shared base (`const id = integer()`) can be
 * refined in several tables without one change leaking into another.
 */
import { parseReferentialAction, type Column, type ReferentialAction } from "./ir.js";
import { isSqlExpression, type ColumnType, type DefaultValue, type LiteralValue, type SqlExpression } from "./types.js";

export interface ReferenceOptions {
  onDelete?: string;
  onUpdate?: string;
  name?: string;
}

/** A column-level foreign key: `.references("users.id")`. */
export interface ColumnReference {
  readonly table: string;
  readonly column: string;
  readonly name: string | null;
  readonly onDelete: ReferentialAction | null;
  readonly onUpdate: ReferentialAction | null;
}

/** Everything a builder knows: the column itself and the constraints declared on it. */
export interface ColumnSpec {
  readonly type: ColumnType;
  readonly notNull: boolean;
  readonly default: DefaultValue | null;
  readonly autoIncrement: boolean;
  readonly comment: string | null;
  readonly primaryKey: boolean;
  /** undefined: not unique; null: unique with a generated name. */
  readonly unique: string | null | undefined;
  readonly references: ColumnReference | null;
}

const BUILDER = Symbol.for("athanor.column");

export class ColumnBuilder {
  readonly [BUILDER] = true;
  readonly spec: ColumnSpec;

  constructor(spec: ColumnSpec) {
    this.spec = Object.freeze(spec);
    Object.freeze(this);
  }

  /** Field by field rather than by spreading: models modules call this tens of thousands of times, on cold code. */
  private with(change: Partial<ColumnSpec>): ColumnBuilder {
    const s = this.spec;
    return new ColumnBuilder({
      type: "type" in change ? change.type! : s.type,
      notNull: "notNull" in change ? change.notNull! : s.notNull,
      default: "default" in change ? change.default! : s.default,
      autoIncrement: "autoIncrement" in change ? change.autoIncrement! : s.autoIncrement,
      comment: "comment" in change ? change.comment! : s.comment,
      primaryKey: "primaryKey" in change ? change.primaryKey! : s.primaryKey,
      unique: "unique" in change ? change.unique : s.unique,
      references: "references" in change ? change.references! : s.references,
    });
  }

  notNull(): ColumnBuilder { return this.with({ notNull: true }); }
  /** Explicitly nullable (the default); useful to undo a shared `.notNull()`. */
  nullable(): ColumnBuilder { return this.with({ notNull: false }); }
  primaryKey(): ColumnBuilder { return this.with({ primaryKey: true, notNull: true }); }
  autoIncrement(): ColumnBuilder { return this.with({ autoIncrement: true }); }
  unique(name?: string): ColumnBuilder { return this.with({ unique: name ?? null }); }
  comment(text: string): ColumnBuilder { return this.with({ comment: text }); }

  default(value: LiteralValue | SqlExpression | Date): ColumnBuilder {
    return this.with({ default: toDefault(value) });
  }

  references(target: string, options: ReferenceOptions = {}): ColumnBuilder {
    const dot = target.lastIndexOf(".");
    if (dot <= 0 || dot === target.length - 1) {
      throw new TypeError(`references("${target}"): expected "table.column"`);
    }
    return this.with({
      references: Object.freeze({
        table: target.slice(0, dot),
        column: target.slice(dot + 1),
        name: options.name ?? null,
        onDelete: parseReferentialAction(options.onDelete),
        onUpdate: parseReferentialAction(options.onUpdate),
      }),
    });
  }

  /** The IR column under the given name. */
  toColumn(name: string): Column {
    const s = this.spec;
    return Object.freeze({
      name,
      type: s.type,
      nullable: !(s.notNull || s.primaryKey),
      default: s.default,
      autoIncrement: s.autoIncrement,
      comment: s.comment,
    });
  }
}

export function isColumnBuilder(value: unknown): value is ColumnBuilder {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BUILDER] === true;
}

export function toDefault(value: LiteralValue | SqlExpression | Date): DefaultValue {
  if (isSqlExpression(value)) return Object.freeze({ kind: "sql", sql: value.sql });
  if (value instanceof Date) return Object.freeze({ kind: "literal", value: value.toISOString() });
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new TypeError(`default(${value}): only finite numbers can be stored as a default`);
  }
  return Object.freeze({ kind: "literal", value });
}

export function column(type: ColumnType): ColumnBuilder {
  return new ColumnBuilder({
    type: Object.freeze(type),
    notNull: false,
    default: null,
    autoIncrement: false,
    comment: null,
    primaryKey: false,
    unique: undefined,
    references: null,
  });
}
