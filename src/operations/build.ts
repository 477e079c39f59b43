/**
 * Builders from the op API's arguments to Operation data. Shared by `op`
 * and by `batchAlterTable`'s batch object, which take the same arguments
 * (the batch without the table).
 */
import type { ColumnBuilder } from "../schema/column.js";
import { foreignKeyExtras, parseDeferrable, toDefault } from "../schema/column.js";
import { parseReferentialAction, type PrimaryKey } from "../schema/ir.js";
import { buildTable, splitQualified, deepFreeze, indexOf, uniqueOf, constraint, tableOptionsOf, type IndexKeyInput } from "../schema/table.js";
import type {
  AlterModeOptions, AlterColumnOptions, CheckConstraintOptions, CreateIndexOptions, ForeignKeyOptions, PrimaryKeyOptions, SetTableOptionsOptions,
  TableOptionsInput, UniqueConstraintOptions, UnnamedConstraint,
} from "./facade-types.js";
import type {
  AddColumnOp, AlterColumnOp, ColumnChanges, ConstraintDefinition, ConstraintType, CreateForeignKeyOp, CreateIndexOp, CreatePrimaryKeyOp,
  CreateUniqueConstraintOp, DropConstraintOp, CreateCheckConstraintOp, CreateConstraintOp, SetTableOptionsOp,
  ExistingColumn, ModalOperation, TableAlteration, TableRef, AlterMode,
} from "./operation.js";
import { ALTER_ALGORITHMS, ALTER_LOCKS } from "./operation.js";

const CONSTRAINT_TYPES: readonly ConstraintType[] = ["unique", "foreignkey", "check", "primary", "exclude"];

export function addColumnOp(table: TableRef, name: string, column: ColumnBuilder): AddColumnOp {
  if (column.spec.primaryKey) {
    throw new TypeError(`addColumn ${table.name}.${name}: a primary key cannot be added with addColumn; add the column, then createPrimaryKey`);
  }
  const { columns, uniques, foreignKeys } = buildTable(table.name, { [name]: column });
  return { kind: "addColumn", table, column: columns[0]!, unique: uniques[0] ?? null, foreignKey: foreignKeys[0] ?? null };
}

export function alterColumnOp(table: TableRef, name: string, options: AlterColumnOptions): AlterColumnOp {
  const changes: { -readonly [K in keyof ColumnChanges]: ColumnChanges[K] } = {};
  if (options.nullable !== undefined) changes.nullable = options.nullable;
  if (options.type !== undefined) changes.type = options.type.spec.type;
  if (options.default !== undefined) changes.default = options.default === null ? null : toDefault(options.default);
  if (options.newName !== undefined && options.newName !== name) changes.newName = options.newName;
  if (options.comment !== undefined) changes.comment = options.comment;
  if (options.autoIncrement !== undefined) changes.autoIncrement = options.autoIncrement;
  if (options.identity !== undefined) changes.identity = options.identity;
  if (options.generated !== undefined) changes.generated = options.generated;
  if (options.collation !== undefined) changes.collation = options.collation;
  if (options.charset !== undefined) changes.charset = options.charset;
  if (options.onUpdate !== undefined) changes.onUpdate = options.onUpdate;
  if (Object.keys(changes).length === 0) {
    throw new TypeError(`alterColumn ${table.name}.${name}: nothing to change (give nullable, type, default, newName or comment)`);
  }
  const existing: { -readonly [K in keyof ExistingColumn]: ExistingColumn[K] } = {};
  if (options.existingType !== undefined) existing.type = options.existingType.spec.type;
  if (options.existingNullable !== undefined) existing.nullable = options.existingNullable;
  if (options.existingDefault !== undefined) {
    existing.default = options.existingDefault === null ? null : toDefault(options.existingDefault);
  }
  if (options.existingComment !== undefined) existing.comment = options.existingComment;
  if (options.existingAutoIncrement !== undefined) existing.autoIncrement = options.existingAutoIncrement;
  if (options.existingIdentity !== undefined) existing.identity = options.existingIdentity;
  if (options.existingGenerated !== undefined) existing.generated = options.existingGenerated;
  if (options.existingCollation !== undefined) existing.collation = options.existingCollation;
  if (options.existingCharset !== undefined) existing.charset = options.existingCharset;
  if (options.existingOnUpdate !== undefined) existing.onUpdate = options.existingOnUpdate;
  if (options.existingNotNullCheck !== undefined) existing.notNullCheck = options.existingNotNullCheck;
  return { kind: "alterColumn", table, name, changes, existing };
}

export function createIndexOp(table: TableRef, name: string, columns: readonly IndexKeyInput[], options: CreateIndexOptions = {}): CreateIndexOp {
  nonEmpty("createIndex", name, columns);
  const { schema: _schema, concurrently, ...indexOptions } = options;
  return { kind: "createIndex", table, index: indexOf(name, columns, indexOptions), concurrently: concurrently ?? false };
}

export function createForeignKeyOp(
  table: TableRef, name: string | null, refTable: string, columns: readonly string[], refColumns: readonly string[],
  options: Omit<ForeignKeyOptions, "schema"> = {},
): CreateForeignKeyOp {
  nonEmpty("createForeignKey", name ?? "(unnamed)", columns);
  if (columns.length !== refColumns.length) {
    throw new TypeError(`createForeignKey ${name}: ${columns.length} columns but ${refColumns.length} referenced columns`);
  }
  const ref = splitQualified(refTable);
  return {
    kind: "createForeignKey", table,
    foreignKey: {
      name, columns: [...columns], refTable: ref.table, refSchema: options.refSchema ?? ref.schema, refColumns: [...refColumns],
      onDelete: parseReferentialAction(options.onDelete), onUpdate: parseReferentialAction(options.onUpdate),
      ...foreignKeyExtras(`createForeignKey ${name ?? "(unnamed)"}`, options),
    },
  };
}

export function createUniqueOp(
  table: TableRef, name: string | null, columns: readonly string[], options: Omit<UniqueConstraintOptions, "schema"> = {},
): CreateUniqueConstraintOp {
  nonEmpty("createUniqueConstraint", name ?? "(unnamed)", columns);
  return { kind: "createUniqueConstraint", table, unique: uniqueOf(name, columns, options) };
}

export function createPrimaryKeyOp(
  table: TableRef, name: string | null, columns: readonly string[], options: Omit<PrimaryKeyOptions, "schema"> = {},
): CreatePrimaryKeyOp {
  nonEmpty("createPrimaryKey", name ?? "(unnamed)", columns);
  const primaryKey: { -readonly [K in keyof PrimaryKey]: PrimaryKey[K] } = { name, columns: [...columns] };
  const deferrable = parseDeferrable(`createPrimaryKey ${name ?? "(unnamed)"}`, options);
  if (deferrable !== undefined) primaryKey.deferrable = deferrable;
  return { kind: "createPrimaryKey", table, primaryKey };
}

export function createCheckOp(
  table: TableRef, name: string | null, expression: string, options: Omit<CheckConstraintOptions, "schema"> = {},
): CreateCheckConstraintOp {
  return { kind: "createCheckConstraint", table, check: options.notValid ? { name, expression, notValid: true } : { name, expression } };
}

export function createExcludeOp(table: TableRef, name: string, definition: string): CreateConstraintOp {
  const extra = constraint(name, `EXCLUDE ${String(definition).trim().replace(/^EXCLUDE\s+/i, "")}`);
  if (extra.kind !== "constraint") throw new TypeError("unreachable");
  return { kind: "createConstraint", table, constraint: extra.constraint };
}

export function setTableOptionsOp(table: TableRef, options: TableOptionsInput, given: SetTableOptionsOptions = {}): SetTableOptionsOp {
  return {
    kind: "setTableOptions", table, options: tableOptionsOf(options) ?? {},
    existing: given.existingOptions === undefined ? undefined : tableOptionsOf(given.existingOptions) ?? {},
  };
}

export function dropConstraintOp(table: TableRef, name: string | null, type: ConstraintType, which: UnnamedConstraint = {}): DropConstraintOp {
  if (!CONSTRAINT_TYPES.includes(type)) {
    throw new TypeError(`dropConstraint ${name}: type must be one of ${CONSTRAINT_TYPES.join(", ")}, got ${JSON.stringify(type)}`);
  }
  return { kind: "dropConstraint", table, name, type, definition: name === null && type !== "primary" ? unnamedDefinition(table, type, which) : null };
}

/** What identifies an unnamed constraint, as the definition the dialects look it up by. */
function unnamedDefinition(table: TableRef, type: ConstraintType, which: UnnamedConstraint): ConstraintDefinition {
  const where = `dropConstraint(null, "${table.name}", "${type}")`;
  const list = (value: readonly string[] | undefined): value is readonly string[] => Array.isArray(value) && value.length > 0;
  if (type === "unique" && list(which.columns)) return { type, unique: { name: null, columns: [...which.columns] } };
  if (type === "foreignkey" && list(which.columns) && typeof which.refTable === "string" && list(which.refColumns)) {
    const { table: refTable, schema: refSchema } = splitQualified(which.refTable);
    return { type, foreignKey: { name: null, columns: [...which.columns], refTable, refSchema, refColumns: [...which.refColumns],
      onDelete: null, onUpdate: null } };
  }
  if (type === "check" && typeof which.expression === "string") return { type, check: { name: null, expression: which.expression } };
  const needs = type === "unique" ? "{ columns }" : type === "foreignkey" ? "{ columns, refTable, refColumns }"
    : type === "check" ? "{ expression }" : "a name";
  throw new TypeError(`${where}: a constraint without a name is found by what it is: give ${needs}`);
}

/** The op with the options' ALGORITHM= / LOCK= (either case), or the op as it is when they give none. */
export function withAlterMode<T extends ModalOperation>(op: T, options: AlterModeOptions | undefined): T {
  const what = `${op.kind} ${op.table.name}`;
  const pick = <V extends string>(key: "algorithm" | "lock", allowed: readonly V[]): V | undefined => {
    const given = options?.[key];
    if (given === undefined) return undefined;
    const value = typeof given === "string" ? given.toUpperCase() : given;
    if (!allowed.includes(value as V)) {
      throw new TypeError(`${what}: ${key} must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${JSON.stringify(given)}`);
    }
    return value as V;
  };
  const mode: { -readonly [K in keyof AlterMode]: AlterMode[K] } = {};
  const algorithm = pick("algorithm", ALTER_ALGORITHMS);
  const lock = pick("lock", ALTER_LOCKS);
  if (algorithm !== undefined) mode.algorithm = algorithm;
  if (lock !== undefined) mode.lock = lock;
  return algorithm === undefined && lock === undefined ? op : { ...op, ...mode };
}

export function nonEmpty(op: string, name: string, columns: readonly unknown[]): void {
  if (!Array.isArray(columns) || columns.length === 0) throw new TypeError(`${op} ${name}: needs at least one column`);
}

/** Ops are data: frozen all the way down once built. */
export function frozen<T extends TableAlteration | object>(op: T): T {
  return deepFreeze(op);
}
