/**
 * The differences between one table as the database has it and as the
 * models want it, as operations sorted into the phases compare.ts orders:
 * foreign keys are dropped first and created last across all tables, so
 * that tables and columns they point at can come and go in between.
 */
import type {
  AlterColumnOp, CreateForeignKeyOp, DropConstraintOp, SetTableCommentOp, SetTableOptionsOp, TableAlteration, TableRef,
} from "../operations/operation.js";
import {
  indexColumnNames,
  type CheckConstraint, type Column, type ForeignKey, type Identity, type Index, type IndexColumn, type Table,
  type TableOptionsIR, type UniqueConstraint, type VerbatimConstraint,
} from "../schema/ir.js";
import type { Equivalence } from "../dialects/comparison.js";
import { sameJson } from "../dialects/shared/equivalence.js";

export interface TableDiff {
  readonly dropForeignKeys: DropConstraintOp[];
  /** In a runnable order: drops of constraints and indexes, new columns, altered columns, dropped columns, new constraints and indexes. */
  readonly alterations: TableAlteration[];
  readonly createForeignKeys: CreateForeignKeyOp[];
  readonly comment: SetTableCommentOp | null;
  readonly options: SetTableOptionsOp | null;
  /** Column lists of the primary key and unique keys this diff drops (foreign keys pointing at them must be re-made). */
  readonly droppedKeys: readonly (readonly string[])[];
}

export interface CompareSwitches {
  readonly compareType: boolean;
  readonly compareServerDefault: boolean;
}

export const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export function sameForeignKey(a: ForeignKey, b: ForeignKey, eq: Equivalence): boolean {
  return sameList(a.columns, b.columns) && a.refTable === b.refTable && sameList(a.refColumns, b.refColumns)
    && eq.sameAction(a.onDelete, b.onDelete) && eq.sameAction(a.onUpdate, b.onUpdate)
    && a.deferrable === b.deferrable && a.match === b.match && Boolean(a.notValid) === Boolean(b.notValid);
}

const sameOptionalList = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean => sameList(a ?? [], b ?? []);

function sameKey(a: IndexColumn, b: IndexColumn, eq: Equivalence): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  if ((a.expression === undefined) !== (b.expression === undefined)) return false;
  if (a.expression !== undefined && !eq.sameExpression(a.expression, b.expression!)) return false;
  return a.column === b.column && Boolean(a.descending) === Boolean(b.descending) && a.nulls === b.nulls
    && a.opclass === b.opclass && a.collation === b.collation && a.length === b.length;
}

/** Every part of an index, the name aside. */
export function sameIndex(db: Index, m: Index, eq: Equivalence): boolean {
  const whereSame = db.where === null || m.where === null ? db.where === m.where : eq.sameWhere(db, m);
  return db.columns.length === m.columns.length && db.columns.every((key, i) => sameKey(key, m.columns[i]!, eq))
    && db.unique === m.unique && whereSame && db.using === m.using && sameOptionalList(db.include, m.include)
    && Boolean(db.nullsNotDistinct) === Boolean(m.nullsNotDistinct) && db.with === m.with;
}

const sameUnique = (a: UniqueConstraint, b: UniqueConstraint): boolean =>
  sameList(a.columns, b.columns) && a.deferrable === b.deferrable && Boolean(a.nullsNotDistinct) === Boolean(b.nullsNotDistinct);

const sameCheck = (a: CheckConstraint, b: CheckConstraint, eq: Equivalence): boolean =>
  eq.sameCheck(a, b) && Boolean(a.notValid) === Boolean(b.notValid);

/** The identity that matters for comparison: none unless autoincrement, and a plain BY DEFAULT identity is the default. */
function identityOf(column: Column): Identity | null {
  if (!column.autoIncrement || column.identity === undefined) return null;
  const i = column.identity;
  const options = i.start ?? i.increment ?? i.minValue ?? i.maxValue ?? i.cache ?? i.cycle;
  return i.generation === "byDefault" && options === undefined ? null : i;
}

function sameIdentity(a: Identity | null, b: Identity | null): boolean {
  if (a === null || b === null) return a === b;
  return a.generation === b.generation && a.start === b.start && a.increment === b.increment && a.minValue === b.minValue
    && a.maxValue === b.maxValue && a.cache === b.cache && Boolean(a.cycle) === Boolean(b.cycle);
}

const sameOptionalExpression = (a: string | undefined, b: string | undefined, eq: Equivalence): boolean =>
  a === undefined || b === undefined ? a === b : eq.sameExpression(a, b);

/** Table options compared field by field, inherits in order. */
export function sameTableOptions(a: TableOptionsIR | undefined, b: TableOptionsIR | undefined): boolean {
  const x = a ?? {};
  const y = b ?? {};
  return Boolean(x.unlogged) === Boolean(y.unlogged) && Boolean(x.withoutRowid) === Boolean(y.withoutRowid)
    && Boolean(x.strict) === Boolean(y.strict) && x.engine === y.engine && x.charset === y.charset && x.collation === y.collation
    && sameOptionalList(x.inherits, y.inherits) && x.partitionBy === y.partitionBy && sameJson(x.partitionOf ?? null, y.partitionOf ?? null)
    && x.with === y.with;
}

/**
 * Pairs database objects with model objects: by name where the model names
 * one, else (or when the database's has no name, as SQLite's unnamed
 * constraints) by what they are. Unpaired model objects are added, unpaired
 * database objects removed.
 */
export function matchBy<T extends { name: string | null }>(
  database: readonly T[], models: readonly T[], same: (db: T, model: T) => boolean,
): { pairs: [T, T][]; added: T[]; removed: T[] } {
  // Most tables have no checks, uniques or foreign keys on either side.
  if (database.length === 0 && models.length === 0) return { pairs: [], added: [], removed: [] };
  const left = [...database];
  const pairs: [T, T][] = [];
  const added: T[] = [];
  const take = (found: T | undefined): T | undefined => {
    if (found !== undefined) left.splice(left.indexOf(found), 1);
    return found;
  };
  // Named model objects first, so that a name is never taken by a structural match.
  const order = [...models].sort((a, b) => Number(a.name === null) - Number(b.name === null));
  const found = new Map<T, T>();
  for (const model of order) {
    const db = take(model.name !== null ? left.find((d) => d.name === model.name) : undefined)
      ?? take(left.find((d) => (model.name === null || d.name === null) && same(d, model)));
    if (db !== undefined) found.set(model, db);
  }
  for (const model of models) {
    const db = found.get(model);
    if (db !== undefined) pairs.push([db, model]); else added.push(model);
  }
  return { pairs, added, removed: left };
}

export function compareTable(database: Table, model: Table, eq: Equivalence, switches: CompareSwitches): TableDiff {
  const ref: TableRef = { name: model.name, schema: model.schema };
  // A table that becomes a partition (ATTACH) or stops being one (DETACH) keeps its columns, keys and indexes,
  // which a partition's definition does not list (they are the parent's): only the options change then.
  if (Boolean(database.options?.partitionOf) !== Boolean(model.options?.partitionOf)) {
    const options: SetTableOptionsOp = { kind: "setTableOptions", table: ref, options: model.options ?? {}, existing: database.options ?? {} };
    return { dropForeignKeys: [], alterations: [], createForeignKeys: [], comment: null, options, droppedKeys: [] };
  }
  const drops: TableAlteration[] = [];
  const creates: TableAlteration[] = [];
  const dropForeignKeys: DropConstraintOp[] = [];
  const createForeignKeys: CreateForeignKeyOp[] = [];
  const droppedKeys: (readonly string[])[] = [];

  const fks = matchBy(database.foreignKeys, model.foreignKeys, (db, m) => sameForeignKey(db, m, eq));
  for (const [db, m] of fks.pairs) {
    if (!sameForeignKey(db, m, eq)) { fks.removed.push(db); fks.added.push(m); }
  }
  for (const fk of fks.removed) dropForeignKeys.push(dropOf(ref, fk.name, { type: "foreignkey", foreignKey: fk }));
  for (const fk of fks.added) createForeignKeys.push({ kind: "createForeignKey", table: ref, foreignKey: fk });

  const indexes = matchBy(database.indexes, model.indexes, () => false);
  for (const [db, m] of indexes.pairs) {
    if (!sameIndex(db, m, eq)) { indexes.removed.push(db); indexes.added.push(m); }
  }
  for (const index of indexes.removed) {
    if (index.unique && index.where === null) droppedKeys.push(indexColumnNames(index));
    drops.push({ kind: "dropIndex", table: ref, name: index.name, definition: index });
  }
  for (const index of indexes.added) creates.push({ kind: "createIndex", table: ref, index, concurrently: false });

  const uniques = matchBy<UniqueConstraint>(database.uniques, model.uniques, sameUnique);
  for (const [db, m] of uniques.pairs) {
    if (!sameUnique(db, m)) { uniques.removed.push(db); uniques.added.push(m); }
  }
  for (const u of uniques.removed) {
    droppedKeys.push(u.columns);
    drops.push(dropOf(ref, u.name, { type: "unique", unique: u }));
  }
  for (const u of uniques.added) creates.push({ kind: "createUniqueConstraint", table: ref, unique: u });

  const checks = matchBy<CheckConstraint>(database.checks, model.checks, (db, m) => sameCheck(db, m, eq));
  for (const [db, m] of checks.pairs) {
    if (!sameCheck(db, m, eq)) { checks.removed.push(db); checks.added.push(m); }
  }
  for (const c of checks.removed) drops.push(dropOf(ref, c.name, { type: "check", check: c }));
  for (const c of checks.added) creates.push({ kind: "createCheckConstraint", table: ref, check: c });

  const verbatim = matchBy<VerbatimConstraint>(database.constraints ?? [], model.constraints ?? [], () => false);
  for (const [db, m] of verbatim.pairs) {
    if (!eq.sameExpression(db.definition, m.definition)) { verbatim.removed.push(db); verbatim.added.push(m); }
  }
  for (const c of verbatim.removed) drops.push(dropOf(ref, c.name, { type: "exclude", constraint: c }));
  for (const c of verbatim.added) creates.push({ kind: "createConstraint", table: ref, constraint: c });

  const dbPk = database.primaryKey;
  const modelPk = model.primaryKey;
  const renamedPk = dbPk !== null && modelPk !== null && dbPk.name !== null && modelPk.name !== null && dbPk.name !== modelPk.name;
  if (!sameList(dbPk?.columns ?? [], modelPk?.columns ?? []) || renamedPk || dbPk?.deferrable !== modelPk?.deferrable) {
    if (dbPk) {
      droppedKeys.push(dbPk.columns);
      drops.push(dropOf(ref, dbPk.name, { type: "primary", primaryKey: dbPk }));
    }
    if (modelPk) creates.push({ kind: "createPrimaryKey", table: ref, primaryKey: modelPk });
  }

  const added: TableAlteration[] = [];
  const altered: TableAlteration[] = [];
  const dropped: TableAlteration[] = [];
  const dbColumns = new Map(database.columns.map((c) => [c.name, c]));
  const modelNames = new Set(model.columns.map((c) => c.name));
  for (const column of model.columns) {
    const existing = dbColumns.get(column.name);
    if (!existing) {
      added.push({ kind: "addColumn", table: ref, column, unique: null, foreignKey: null });
      continue;
    }
    const alter = alterColumn(ref, existing, column, database, eq, switches);
    if (alter) altered.push(alter);
  }
  for (const column of database.columns) {
    if (!modelNames.has(column.name)) dropped.push({ kind: "dropColumn", table: ref, name: column.name, definition: column });
  }

  const comment: SetTableCommentOp | null = (database.comment ?? null) === (model.comment ?? null) ? null
    : { kind: "setTableComment", table: ref, comment: model.comment ?? null, existing: database.comment ?? null };
  const options: SetTableOptionsOp | null = sameTableOptions(database.options, model.options) ? null
    : { kind: "setTableOptions", table: ref, options: model.options ?? {}, existing: database.options ?? {} };
  return {
    dropForeignKeys,
    alterations: [...drops, ...added, ...altered, ...dropped, ...creates],
    createForeignKeys,
    comment,
    options,
    droppedKeys,
  };
}

function alterColumn(
  ref: TableRef, db: Column, model: Column, table: Table, eq: Equivalence, switches: CompareSwitches,
): AlterColumnOp | null {
  const changes: Record<string, unknown> = {};
  if (switches.compareType && !eq.sameType(db, model, table)) changes.type = model.type;
  if (eq.sameNullable ? !eq.sameNullable(db, model, table) : db.nullable !== model.nullable) changes.nullable = model.nullable;
  if (switches.compareServerDefault && !eq.sameDefault(db, model, table)) changes.default = model.default;
  if ((db.comment ?? null) !== (model.comment ?? null)) changes.comment = model.comment ?? null;
  if (!eq.sameAutoIncrement(db, model)) changes.autoIncrement = model.autoIncrement;
  if (!sameIdentity(identityOf(db), identityOf(model))) changes.identity = identityOf(model);
  const dbGenerated = db.generated ?? null;
  const modelGenerated = model.generated ?? null;
  if (dbGenerated === null || modelGenerated === null ? dbGenerated !== modelGenerated
    : dbGenerated.stored !== modelGenerated.stored || !eq.sameExpression(dbGenerated.expression, modelGenerated.expression)) {
    changes.generated = modelGenerated;
  }
  if ((db.collation ?? null) !== (model.collation ?? null)) changes.collation = model.collation ?? null;
  if ((db.charset ?? null) !== (model.charset ?? null)) changes.charset = model.charset ?? null;
  if (!sameOptionalExpression(db.onUpdate, model.onUpdate, eq)) changes.onUpdate = model.onUpdate ?? null;
  if (Object.keys(changes).length === 0) return null;
  return {
    kind: "alterColumn", table: ref, name: model.name, changes,
    existing: {
      type: db.type, nullable: db.nullable, default: db.default, comment: db.comment ?? null, autoIncrement: db.autoIncrement,
      identity: identityOf(db), generated: dbGenerated, collation: db.collation ?? null, charset: db.charset ?? null,
      onUpdate: db.onUpdate ?? null,
    },
  };
}

export function dropOf(table: TableRef, name: string | null, definition: DropConstraintOp["definition"] & object): DropConstraintOp {
  return { kind: "dropConstraint", table, name, type: definition.type, definition };
}
