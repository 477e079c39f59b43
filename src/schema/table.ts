/**
 * `table()` and its extras: turns builders into a frozen Table of the IR.
 * Constraints declared on columns (`.primaryKey()`, `.unique()`,
 * `.references()`) are hoisted into the table here, so the IR has one place
 * for each kind of constraint.
 */
import { isColumnBuilder, type ColumnBuilder } from "./column.js";
import {
  parseReferentialAction, tableOf,
  type CheckConstraint, type ForeignKey, type Index, type PrimaryKey, type Table, type UniqueConstraint,
} from "./ir.js";

export type TableExtra =
  | { readonly kind: "index"; readonly index: Index }
  | { readonly kind: "unique"; readonly unique: UniqueConstraint }
  | { readonly kind: "foreignKey"; readonly foreignKey: ForeignKey }
  | { readonly kind: "check"; readonly check: CheckConstraint }
  | { readonly kind: "primaryKey"; readonly primaryKey: PrimaryKey };

export interface TableOptions {
  schema?: string;
  comment?: string;
}

export interface TableDefinition extends Table {
  readonly kind: "table";
}

export type ColumnMap = Readonly<Record<string, ColumnBuilder>>;

export function index(
  name: string, columns: readonly string[], options: { unique?: boolean; where?: string } = {},
): TableExtra {
  return freezeExtra({ kind: "index", index: {
    name, columns: [...columns], unique: options.unique ?? false, where: options.where ?? null,
  } });
}

export function unique(name: string | null, columns: readonly string[]): TableExtra {
  return freezeExtra({ kind: "unique", unique: { name, columns: [...columns] } });
}

export function foreignKey(
  name: string | null, columns: readonly string[], refTable: string, refColumns: readonly string[],
  options: { onDelete?: string; onUpdate?: string } = {},
): TableExtra {
  const { table: refName, schema: refSchema } = splitQualified(refTable);
  return freezeExtra({ kind: "foreignKey", foreignKey: {
    name, columns: [...columns], refTable: refName, refSchema, refColumns: [...refColumns],
    onDelete: parseReferentialAction(options.onDelete), onUpdate: parseReferentialAction(options.onUpdate),
  } });
}

export function check(name: string | null, expression: string): TableExtra {
  return freezeExtra({ kind: "check", check: { name, expression } });
}

export function primaryKey(name: string | null, columns: readonly string[]): TableExtra {
  return freezeExtra({ kind: "primaryKey", primaryKey: { name, columns: [...columns] } });
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
    return pkSet.has(key) && col.nullable ? Object.freeze({ ...col, nullable: false }) : col;
  });
  const uniques: UniqueConstraint[] = entries
    .filter(([, b]) => b.spec.unique !== undefined)
    .map(([key, b]) => ({ name: b.spec.unique ?? null, columns: [key] }));
  const foreignKeys: ForeignKey[] = entries
    .filter(([, b]) => b.spec.references !== null)
    .map(([key, b]) => {
      const ref = b.spec.references!;
      const { table: refTable, schema: refSchema } = splitQualified(ref.table);
      return { name: ref.name, columns: [key], refTable, refSchema, refColumns: [ref.column],
        onDelete: ref.onDelete, onUpdate: ref.onUpdate };
    });

  const table: Table = {
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
  for (const ix of table.indexes) check(`index "${ix.name}"`, ix.columns);
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
