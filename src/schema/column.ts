/**
 * Column builders of the model DSL. A builder is immutable: every modifier
 * returns a new builder, so a shared base (`const id = integer()`) can be
 * refined in several tables without one change leaking into another.
 */
import {
  parseReferentialAction, type Column, type Deferrable, type GeneratedColumn, type Identity, type ReferentialAction,
} from "./ir.js";
import {
  isSqlExpression, UNSIGNED_KINDS, type ColumnType, type DefaultValue, type LiteralValue, type SqlExpression,
} from "./types.js";

/** DEFERRABLE options of keys, as SQLAlchemy spells them: `{ deferrable: true, initially: "deferred" }`. */
export interface DeferrableOptions {
  deferrable?: boolean;
  initially?: "immediate" | "deferred";
}

export interface ReferenceOptions extends DeferrableOptions {
  onDelete?: string;
  onUpdate?: string;
  name?: string;
  match?: "full" | "simple";
  notValid?: boolean;
}

/** A column-level foreign key: `.references("users.id")`. */
export interface ColumnReference {
  readonly table: string;
  readonly column: string;
  readonly name: string | null;
  readonly onDelete: ReferentialAction | null;
  readonly onUpdate: ReferentialAction | null;
  readonly deferrable?: Deferrable;
  readonly match?: "full";
  readonly notValid?: true;
}

/** Sequence options of an identity column (Drizzle's names). */
export interface IdentityOptions {
  startWith?: number | bigint | string;
  increment?: number | bigint | string;
  minValue?: number | bigint | string;
  maxValue?: number | bigint | string;
  cache?: number | bigint | string;
  cycle?: boolean;
}

/** `deferrable` and `initially` of the DSL as the IR keeps them; throws on nonsense. */
export function parseDeferrable(what: string, options: DeferrableOptions): Deferrable | undefined {
  if (options.initially !== undefined && options.initially !== "immediate" && options.initially !== "deferred") {
    throw new TypeError(`${what}: initially must be "immediate" or "deferred", got ${JSON.stringify(options.initially)}`);
  }
  if (!options.deferrable) {
    if (options.initially === "deferred") throw new TypeError(`${what}: initially "deferred" needs deferrable: true`);
    return undefined;
  }
  return options.initially ?? "immediate";
}

/** The optional parts of a foreign key from its DSL options (only those that are set). */
export function foreignKeyExtras(what: string, options: ReferenceOptions): { deferrable?: Deferrable; match?: "full"; notValid?: true } {
  const out: { deferrable?: Deferrable; match?: "full"; notValid?: true } = {};
  const deferrable = parseDeferrable(what, options);
  if (deferrable !== undefined) out.deferrable = deferrable;
  if (options.match !== undefined && options.match !== "full" && options.match !== "simple") {
    throw new TypeError(`${what}: match must be "full" or "simple", got ${JSON.stringify(options.match)}`);
  }
  if (options.match === "full") out.match = "full";
  if (options.notValid) out.notValid = true;
  return out;
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
  readonly identity?: Identity;
  readonly generated?: GeneratedColumn;
  readonly collation?: string;
  readonly charset?: string;
  readonly onUpdate?: string;
  /** `.primaryKey().nullable()`: a key column without NOT NULL, which SQLite allows (and keeps NULLs in). */
  readonly nullableKey?: true;
}

const OPTIONAL_SPEC = ["identity", "generated", "collation", "charset", "onUpdate"] as const;

const hasOptional = (spec: Partial<ColumnSpec>): boolean => spec.identity !== undefined || spec.generated !== undefined
  || spec.collation !== undefined || spec.charset !== undefined || spec.onUpdate !== undefined;

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
    const next: { -readonly [K in keyof ColumnSpec]: ColumnSpec[K] } = {
      type: "type" in change ? change.type! : s.type,
      notNull: "notNull" in change ? change.notNull! : s.notNull,
      default: "default" in change ? change.default! : s.default,
      autoIncrement: "autoIncrement" in change ? change.autoIncrement! : s.autoIncrement,
      comment: "comment" in change ? change.comment! : s.comment,
      primaryKey: "primaryKey" in change ? change.primaryKey! : s.primaryKey,
      unique: "unique" in change ? change.unique : s.unique,
      references: "references" in change ? change.references! : s.references,
    };
    // Most columns have none of the optional parts: tens of thousands of modifier calls skip the loop.
    if (hasOptional(s) || hasOptional(change)) {
      for (const key of OPTIONAL_SPEC) {
        const value = key in change ? change[key] : s[key];
        if (value !== undefined) (next as Record<string, unknown>)[key] = value;
      }
    }
    if ("nullableKey" in change ? change.nullableKey : s.nullableKey) next.nullableKey = true;
    return new ColumnBuilder(next);
  }

  notNull(): ColumnBuilder { return this.with({ notNull: true, nullableKey: undefined }); }
  /**
   * Explicitly nullable (the default); useful to undo a shared `.notNull()`.
   * After `.primaryKey()`: a key column declared without NOT NULL, which
   * SQLite allows on a table that is not WITHOUT ROWID (other databases make
   * key columns NOT NULL whatever the declaration).
   */
  nullable(): ColumnBuilder { return this.with({ notNull: false, nullableKey: true }); }
  primaryKey(): ColumnBuilder { return this.with({ primaryKey: true, notNull: true, nullableKey: undefined }); }
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
        ...foreignKeyExtras(`references("${target}")`, options),
      }),
    });
  }

  /** UNSIGNED (MySQL): integer, numeric and floating types only; other databases have no unsigned types and ignore it. */
  unsigned(): ColumnBuilder {
    const type = this.spec.type;
    if (!UNSIGNED_KINDS.has(type.kind)) throw new TypeError(`unsigned(): a ${type.kind} column cannot be unsigned`);
    return this.with({ type: Object.freeze({ ...type, unsigned: true }) as ColumnType });
  }

  /** The column's collation: PostgreSQL COLLATE "C", MySQL COLLATE utf8mb4_bin, SQLite COLLATE NOCASE. */
  collation(name: string): ColumnBuilder { return this.with({ collation: nonEmptyText("collation", name) }); }

  /** The column's character set (MySQL). */
  charset(name: string): ColumnBuilder { return this.with({ charset: nonEmptyText("charset", name) }); }

  /** MySQL ON UPDATE: the value the column takes when its row changes, e.g. sql`CURRENT_TIMESTAMP`. */
  onUpdate(value: SqlExpression | string): ColumnBuilder {
    return this.with({ onUpdate: nonEmptyText("onUpdate", isSqlExpression(value) ? value.sql : value) });
  }

  /** `.onUpdate(sql\`CURRENT_TIMESTAMP\`)`, as Drizzle's MySQL `onUpdateNow()`. */
  onUpdateNow(): ColumnBuilder { return this.onUpdate("CURRENT_TIMESTAMP"); }

  /** A generated column: GENERATED ALWAYS AS (expression) STORED, or VIRTUAL (MySQL, SQLite; the default there). */
  generatedAlwaysAs(expression: SqlExpression | string, options: { mode?: "stored" | "virtual" } = {}): ColumnBuilder {
    const text = nonEmptyText("generatedAlwaysAs", isSqlExpression(expression) ? expression.sql : expression);
    if (options.mode !== undefined && options.mode !== "stored" && options.mode !== "virtual") {
      throw new TypeError(`generatedAlwaysAs(): mode must be "stored" or "virtual", got ${JSON.stringify(options.mode)}`);
    }
    return this.with({ generated: Object.freeze({ expression: text, stored: options.mode === "stored" }) });
  }

  /** GENERATED ALWAYS AS IDENTITY (PostgreSQL), with sequence options; elsewhere an autoincrement column. */
  generatedAlwaysAsIdentity(options: IdentityOptions = {}): ColumnBuilder {
    return this.with({ autoIncrement: true, identity: identityOf("always", options) });
  }

  /** GENERATED BY DEFAULT AS IDENTITY with sequence options (what autoIncrement() makes on PostgreSQL, with default options). */
  generatedByDefaultAsIdentity(options: IdentityOptions = {}): ColumnBuilder {
    return this.with({ autoIncrement: true, identity: identityOf("byDefault", options) });
  }

  /** The identity as the IR holds it (what introspection reads); the DSL's names are the methods above and serial(). */
  withIdentity(identity: Identity): ColumnBuilder {
    return this.with({ autoIncrement: true, identity });
  }

  /** The IR column under the given name. */
  toColumn(name: string): Column {
    const s = this.spec;
    const col: { -readonly [K in keyof Column]: Column[K] } = {
      name,
      type: s.type,
      nullable: s.nullableKey === true || !(s.notNull || s.primaryKey),
      default: s.default,
      autoIncrement: s.autoIncrement,
      comment: s.comment,
    };
    if (hasOptional(s)) for (const key of OPTIONAL_SPEC) if (s[key] !== undefined) (col as Record<string, unknown>)[key] = s[key];
    return Object.freeze(col);
  }
}

function nonEmptyText(what: string, value: unknown): string {
  if (typeof value !== "string" || value.trim().length === 0) throw new TypeError(`${what}(): expected a non-empty string`);
  return value;
}

/** Identity options as the IR keeps them: integers as text, only those given. */
export function identityOf(generation: Identity["generation"], options: IdentityOptions): Identity {
  const out: { -readonly [K in keyof Identity]: Identity[K] } = { generation };
  const number = (what: string, value: number | bigint | string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    const text = String(value).trim();
    if (!/^[+-]?\d+$/.test(text)) throw new TypeError(`identity ${what}: expected an integer, got ${JSON.stringify(value)}`);
    return BigInt(text).toString();
  };
  const fields = [["start", options.startWith], ["increment", options.increment], ["minValue", options.minValue],
    ["maxValue", options.maxValue], ["cache", options.cache]] as const;
  for (const [key, value] of fields) {
    const text = number(key, value);
    if (text !== undefined) out[key] = text;
  }
  if (options.cycle) out.cycle = true;
  return Object.freeze(out);
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
