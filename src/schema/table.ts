/**
 * `table()` and its extras: turns builders into a frozen Table of the IR.
 * Constraints declared on columns (`.primaryKey()`, `.unique()`,
 * `.references()`) are hoisted into the table here, so the IR has one place
 * for each kind of constraint.
 */
import {
  foreignKeyExtras, isColumnBuilder, parseDeferrable, type ColumnBuilder, type DeferrableOptions, type ReferenceOptions,
} from "./column.js";
import {
  indexColumnNames, parseReferentialAction, tableOf,
  type CheckConstraint, type ForeignKey, type Index, type IndexColumn, type IndexKey, type PrimaryKey, type Table,
  type TableOptionsIR, type UniqueConstraint, type VerbatimConstraint,
} from "./ir.js";
import { isSqlExpression, type SqlExpression } from "./types.js";

export type TableExtra =
  | { readonly kind: "index"; readonly index: Index }
  | { readonly kind: "unique"; readonly unique: UniqueConstraint }
  | { readonly kind: "foreignKey"; readonly foreignKey: ForeignKey }
  | { readonly kind: "check"; readonly check: CheckConstraint }
  | { readonly kind: "primaryKey"; readonly primaryKey: PrimaryKey }
  | { readonly kind: "constraint"; readonly constraint: VerbatimConstraint };

export interface TableOptions {
  schema?: string;
  comment?: string;
  /** PostgreSQL UNLOGGED. */
  unlogged?: boolean;
  /** SQLite WITHOUT ROWID. */
  withoutRowid?: boolean;
  /** SQLite STRICT. */
  strict?: boolean;
  /** MySQL table options. */
  engine?: string;
  charset?: string;
  collation?: string;
  /** PostgreSQL INHERITS: parent tables ("schema.table" for another schema). */
  inherits?: readonly string[];
  /** PostgreSQL PARTITION BY, e.g. "RANGE (created_at)". */
  partitionBy?: string;
  /** PostgreSQL PARTITION OF: the parent ("schema.table" for another schema) and the bound, e.g. "FOR VALUES IN ('eu')" or "DEFAULT". */
  partitionOf?: { parent: string; bound: string };
  /** PostgreSQL storage parameters, e.g. "fillfactor=70". */
  with?: string;
}

/** An index key as the DSL takes it: a column name, sql`expression`, or the key's parts. */
export type IndexKeyInput = string | SqlExpression | IndexKeyOptions;

export interface IndexKeyOptions {
  column?: string;
  expression?: string | SqlExpression;
  descending?: boolean;
  nulls?: "first" | "last";
  opclass?: string;
  collation?: string;
  length?: number;
}

export interface IndexOptions {
  unique?: boolean;
  where?: string;
  /** Index method: PostgreSQL hash, gin, gist, spgist, brin (btree is the default); MySQL fulltext, spatial. */
  using?: string;
  /** PostgreSQL INCLUDE columns. */
  include?: readonly string[];
  /** PostgreSQL 15 NULLS NOT DISTINCT (unique indexes). */
  nullsNotDistinct?: boolean;
  /** PostgreSQL storage parameters, e.g. "fillfactor=70". */
  with?: string;
}

export interface UniqueOptions extends DeferrableOptions {
  nullsNotDistinct?: boolean;
}

export type ForeignKeyExtraOptions = Omit<ReferenceOptions, "name">;

export interface TableDefinition extends Table {
  readonly kind: "table";
}

export type ColumnMap = Readonly<Record<string, ColumnBuilder>>;

export function index(name: string, columns: readonly IndexKeyInput[], options: IndexOptions = {}): TableExtra {
  return freezeExtra({ kind: "index", index: indexOf(name, columns, options) });
}

/** An Index of the IR from the DSL's (and the op API's) arguments; keys that are only a column become the name. */
export function indexOf(name: string, columns: readonly IndexKeyInput[], options: IndexOptions = {}): Index {
  if (!Array.isArray(columns)) throw new TypeError(`index "${name}": columns must be an array`);
  const out: { -readonly [K in keyof Index]: Index[K] } = {
    name, columns: columns.map((key) => indexKey(name, key)), unique: options.unique ?? false, where: options.where ?? null,
  };
  if (options.using !== undefined && options.using.toLowerCase() !== "btree") out.using = options.using.toLowerCase();
  if (options.include !== undefined && options.include.length > 0) out.include = [...options.include];
  if (options.nullsNotDistinct) out.nullsNotDistinct = true;
  if (options.with !== undefined && options.with.trim() !== "") out.with = options.with;
  return out;
}

function indexKey(index: string, input: IndexKeyInput): IndexColumn {
  if (typeof input === "string") return input;
  if (isSqlExpression(input)) return { expression: input.sql };
  if (typeof input !== "object" || input === null) throw new TypeError(`index "${index}": a key is a column name, sql\`...\` or an object`);
  const expression = input.expression === undefined ? undefined : isSqlExpression(input.expression) ? input.expression.sql : input.expression;
  if ((input.column === undefined) === (expression === undefined)) {
    throw new TypeError(`index "${index}": a key names a column or an expression (one of the two)`);
  }
  if (input.nulls !== undefined && input.nulls !== "first" && input.nulls !== "last") {
    throw new TypeError(`index "${index}": nulls must be "first" or "last"`);
  }
  if (input.length !== undefined && (!Number.isInteger(input.length) || input.length <= 0)) {
    throw new TypeError(`index "${index}": a prefix length must be a positive integer`);
  }
  const key: { -readonly [K in keyof IndexKey]: IndexKey[K] } = {};
  if (input.column !== undefined) key.column = input.column;
  if (expression !== undefined) key.expression = expression;
  if (input.length !== undefined) key.length = input.length;
  if (input.collation !== undefined) key.collation = input.collation;
  if (input.opclass !== undefined) key.opclass = input.opclass;
  if (input.descending) key.descending = true;
  if (input.nulls !== undefined) key.nulls = input.nulls;
  return Object.keys(key).length === 1 && key.column !== undefined ? key.column : key;
}

export function unique(name: string | null, columns: readonly string[], options: UniqueOptions = {}): TableExtra {
  return freezeExtra({ kind: "unique", unique: uniqueOf(name, columns, options) });
}

export function uniqueOf(name: string | null, columns: readonly string[], options: UniqueOptions = {}): UniqueConstraint {
  const out: { -readonly [K in keyof UniqueConstraint]: UniqueConstraint[K] } = { name, columns: [...columns] };
  const deferrable = parseDeferrable(`unique ${name ?? ""}`.trim(), options);
  if (deferrable !== undefined) out.deferrable = deferrable;
  if (options.nullsNotDistinct) out.nullsNotDistinct = true;
  return out;
}

export function foreignKey(
  name: string | null, columns: readonly string[], refTable: string, refColumns: readonly string[],
  options: ForeignKeyExtraOptions = {},
): TableExtra {
  const { table: refName, schema: refSchema } = splitQualified(refTable);
  return freezeExtra({ kind: "foreignKey", foreignKey: {
    name, columns: [...columns], refTable: refName, refSchema, refColumns: [...refColumns],
    onDelete: parseReferentialAction(options.onDelete), onUpdate: parseReferentialAction(options.onUpdate),
    ...foreignKeyExtras(`foreign key ${name ?? ""}`.trim(), options),
  } });
}

export function check(name: string | null, expression: string, options: { notValid?: boolean } = {}): TableExtra {
  return freezeExtra({ kind: "check", check: options.notValid ? { name, expression, notValid: true } : { name, expression } });
}

export function primaryKey(name: string | null, columns: readonly string[], options: DeferrableOptions = {}): TableExtra {
  const deferrable = parseDeferrable(`primary key ${name ?? ""}`.trim(), options);
  return freezeExtra({ kind: "primaryKey", primaryKey: deferrable ? { name, columns: [...columns], deferrable } : { name, columns: [...columns] } });
}

/** A PostgreSQL exclusion constraint: `exclude("no_overlap", "USING gist (room WITH =, during WITH &&)")`. */
export function exclude(name: string, definition: string): TableExtra {
  const body = definition.trim().replace(/^EXCLUDE\s+/i, "");
  return constraint(name, `EXCLUDE ${body}`);
}

/** A constraint written as the database prints its definition, for what no other builder covers. */
export function constraint(name: string, definition: string): TableExtra {
  if (typeof definition !== "string" || definition.trim() === "") throw new TypeError(`constraint "${name}": a definition is needed`);
  return freezeExtra({ kind: "constraint", constraint: { name, definition: definition.trim() } });
}

/** The IR's table options from the DSL's, only those that differ from the default. */
export function tableOptionsOf(options: TableOptions): TableOptionsIR | undefined {
  // Most tables name a schema or a comment at most: no object to build for them.
  if (options.unlogged === undefined && options.withoutRowid === undefined && options.strict === undefined
    && options.engine === undefined && options.charset === undefined && options.collation === undefined
    && options.inherits === undefined && options.partitionBy === undefined && options.partitionOf === undefined
    && options.with === undefined) return undefined;
  const out: { -readonly [K in keyof TableOptionsIR]: TableOptionsIR[K] } = {};
  if (options.unlogged) out.unlogged = true;
  if (options.withoutRowid) out.withoutRowid = true;
  if (options.strict) out.strict = true;
  if (options.engine !== undefined) out.engine = options.engine;
  if (options.charset !== undefined) out.charset = options.charset;
  if (options.collation !== undefined) out.collation = options.collation;
  if (options.inherits !== undefined && options.inherits.length > 0) out.inherits = [...options.inherits];
  if (options.partitionBy !== undefined) out.partitionBy = options.partitionBy;
  if (options.partitionOf !== undefined) {
    const { table: parent, schema: parentSchema } = splitQualified(options.partitionOf.parent);
    out.partitionOf = { parent, parentSchema, bound: options.partitionOf.bound };
  }
  if (options.with !== undefined && options.with.trim() !== "") out.with = options.with.trim();
  return Object.keys(out).length === 0 ? undefined : out;
}

/** Builds a table of the IR from column builders, extras and options. */
export function buildTable(
  name: string, columns: ColumnMap, extras: readonly TableExtra[] = [], options: TableOptions = {},
): Table {
  if (typeof name !== "string" || name.length === 0) throw new TypeError("table(): a table needs a name");
  const entries = Object.entries(columns ?? {});
  for (const [key, builder] of entries) {
    if (!isColumnBuilder(builder)) {
      throw new TypeError(`table "${name}": column "${key}" is not a column builder (use integer(), varchar(), ...)`);
    }
  }
  const pkColumns = entries.filter(([, b]) => b.spec.primaryKey).map(([key]) => key);
  const extraPks = extras.filter((e) => e.kind === "primaryKey");
  if (extraPks.length > 1 || (extraPks.length === 1 && pkColumns.length > 0)) {
    throw new TypeError(`table "${name}": more than one primary key declared`);
  }
  const pkExtra = extraPks[0]?.kind === "primaryKey" ? extraPks[0].primaryKey : null;
  const pk: PrimaryKey | null = pkExtra ?? (pkColumns.length > 0 ? { name: null, columns: pkColumns } : null);
  const pkSet = new Set(pk?.columns ?? []);

  const tableColumns = entries.map(([key, builder]) => {
    const col = builder.toColumn(key);
    return pkSet.has(key) && col.nullable && !builder.spec.nullableKey ? Object.freeze({ ...col, nullable: false }) : col;
  });
  const uniques: UniqueConstraint[] = entries
    .filter(([, b]) => b.spec.unique !== undefined)
    .map(([key, b]) => ({ name: b.spec.unique ?? null, columns: [key] }));
  const foreignKeys: ForeignKey[] = entries
    .filter(([, b]) => b.spec.references !== null)
    .map(([key, b]) => {
      const ref = b.spec.references!;
      const { table: refTable, schema: refSchema } = splitQualified(ref.table);
      const fk: { -readonly [K in keyof ForeignKey]: ForeignKey[K] } = { name: ref.name, columns: [key], refTable, refSchema,
        refColumns: [ref.column], onDelete: ref.onDelete, onUpdate: ref.onUpdate };
      if (ref.deferrable !== undefined) fk.deferrable = ref.deferrable;
      if (ref.match !== undefined) fk.match = ref.match;
      if (ref.notValid !== undefined) fk.notValid = ref.notValid;
      return fk;
    });

  const table: { -readonly [K in keyof Table]: Table[K] } = {
    name,
    schema: options.schema ?? null,
    columns: tableColumns,
    primaryKey: pk,
    indexes: extras.flatMap((e) => (e.kind === "index" ? [e.index] : [])),
    uniques: [...uniques, ...extras.flatMap((e) => (e.kind === "unique" ? [e.unique] : []))],
    foreignKeys: [...foreignKeys, ...extras.flatMap((e) => (e.kind === "foreignKey" ? [e.foreignKey] : []))],
    checks: extras.flatMap((e) => (e.kind === "check" ? [e.check] : [])),
    comment: options.comment ?? null,
  };
  const constraints = extras.flatMap((e) => (e.kind === "constraint" ? [e.constraint] : []));
  if (constraints.length > 0) table.constraints = constraints;
  const tableOptions = tableOptionsOf(options);
  if (tableOptions !== undefined) table.options = tableOptions;
  validateColumnNames(table);
  return deepFreeze(table);
}

/** `table()` of the model DSL: a table definition that the models loader collects. */
export function table(
  name: string, columns: ColumnMap, extras: readonly TableExtra[] = [], options: TableOptions = {},
): TableDefinition {
  const built = buildTable(name, columns, extras, options);
  return Object.freeze(Object.assign({ kind: "table" as const }, tableOf(built)));
}

function validateColumnNames(table: Table): void {
  const names = new Set(table.columns.map((c) => c.name));
  const check = (what: string, columns: readonly string[]): void => {
    for (const column of columns) {
      if (!names.has(column)) throw new TypeError(`table "${table.name}": ${what} names missing column "${column}"`);
    }
  };
  if (table.primaryKey) check("primary key", table.primaryKey.columns);
  for (const ix of table.indexes) {
    check(`index "${ix.name}"`, indexColumnNames(ix));
    if (ix.include) check(`index "${ix.name}"`, ix.include);
  }
  for (const uq of table.uniques) check(`unique constraint${uq.name ? ` "${uq.name}"` : ""}`, uq.columns);
  for (const fk of table.foreignKeys) check(`foreign key${fk.name ? ` "${fk.name}"` : ""}`, fk.columns);
}

/** "schema.table" → parts; a plain name has no schema. */
export function splitQualified(name: string): { table: string; schema: string | null } {
  const dot = name.indexOf(".");
  return dot > 0 ? { schema: name.slice(0, dot), table: name.slice(dot + 1) } : { schema: null, table: name };
}

function freezeExtra(extra: TableExtra): TableExtra {
  return deepFreeze(extra);
}

/** Freezes an IR value and everything in it (frozen parts are skipped, so a cycle ends there too). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Walked in place rather than through Object.values: IR values are plain data (no inherited enumerable
    // properties), and a schema of thousands of tables has hundreds of thousands of them.
    if (Array.isArray(value)) {
      for (const inner of value) deepFreeze(inner);
    } else {
      const record = value as Record<string, unknown>;
      for (const key in record) deepFreeze(record[key]);
    }
  }
  return value;
}
