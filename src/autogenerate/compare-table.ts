/**
 * The differences between one table as the database has it and as the
 * models want it, as operations sorted into the phases compare.ts orders:
 * foreign keys are dropped first and created last across all tables, so
 * that tables and columns they point at can come and go in between.
 */
import type {
  AlterColumnOp, CreateForeignKeyOp, DropConstraintOp, SetTableCommentOp, TableAlteration, TableRef,
} from "../operations/operation.js";
import type { CheckConstraint, Column, ForeignKey, Index, Table, UniqueConstraint } from "../schema/ir.js";
import type { Equivalence } from "../dialects/comparison.js";

export interface TableDiff {
  readonly dropForeignKeys: DropConstraintOp[];
  /** In a runnable order: drops of constraints and indexes, new columns, altered columns, dropped columns, new constraints and indexes. */
  readonly alterations: TableAlteration[];
  readonly createForeignKeys: CreateForeignKeyOp[];
  readonly comment: SetTableCommentOp | null;
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
    && eq.sameAction(a.onDelete, b.onDelete) && eq.sameAction(a.onUpdate, b.onUpdate);
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

  const sameIndex = (db: Index, m: Index): boolean => {
    const whereSame = db.where === null || m.where === null ? db.where === m.where : eq.sameWhere(db, m);
    return sameList(db.columns, m.columns) && db.unique === m.unique && whereSame;
  };
  const indexes = matchBy(database.indexes, model.indexes, () => false);
  for (const [db, m] of indexes.pairs) {
    if (!sameIndex(db, m)) { indexes.removed.push(db); indexes.added.push(m); }
  }
  for (const index of indexes.removed) {
    if (index.unique && index.where === null) droppedKeys.push(index.columns);
    drops.push({ kind: "dropIndex", table: ref, name: index.name, definition: index });
  }
  for (const index of indexes.added) creates.push({ kind: "createIndex", table: ref, index, concurrently: false });

  const uniques = matchBy<UniqueConstraint>(database.uniques, model.uniques, (db, m) => sameList(db.columns, m.columns));
  for (const [db, m] of uniques.pairs) {
    if (!sameList(db.columns, m.columns)) { uniques.removed.push(db); uniques.added.push(m); }
  }
  for (const u of uniques.removed) {
    droppedKeys.push(u.columns);
    drops.push(dropOf(ref, u.name, { type: "unique", unique: u }));
  }
  for (const u of uniques.added) creates.push({ kind: "createUniqueConstraint", table: ref, unique: u });

  const checks = matchBy<CheckConstraint>(database.checks, model.checks, (db, m) => eq.sameCheck(db, m));
  for (const [db, m] of checks.pairs) {
    if (!eq.sameCheck(db, m)) { checks.removed.push(db); checks.added.push(m); }
  }
  for (const c of checks.removed) drops.push(dropOf(ref, c.name, { type: "check", check: c }));
  for (const c of checks.added) creates.push({ kind: "createCheckConstraint", table: ref, check: c });

  const dbPk = database.primaryKey;
  const modelPk = model.primaryKey;
  const renamedPk = dbPk !== null && modelPk !== null && dbPk.name !== null && modelPk.name !== null && dbPk.name !== modelPk.name;
  if (!sameList(dbPk?.columns ?? [], modelPk?.columns ?? []) || renamedPk) {
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
  return {
    dropForeignKeys,
    alterations: [...drops, ...added, ...altered, ...dropped, ...creates],
    createForeignKeys,
    comment,
    droppedKeys,
  };
}

function alterColumn(
  ref: TableRef, db: Column, model: Column, table: Table, eq: Equivalence, switches: CompareSwitches,
): AlterColumnOp | null {
  const changes: Record<string, unknown> = {};
  if (switches.compareType && !eq.sameType(db, model, table)) changes.type = model.type;
  if (db.nullable !== model.nullable) changes.nullable = model.nullable;
  if (switches.compareServerDefault && !eq.sameDefault(db, model, table)) changes.default = model.default;
  if ((db.comment ?? null) !== (model.comment ?? null)) changes.comment = model.comment ?? null;
  if (!eq.sameAutoIncrement(db, model)) changes.autoIncrement = model.autoIncrement;
  if (Object.keys(changes).length === 0) return null;
  return {
    kind: "alterColumn", table: ref, name: model.name, changes,
    existing: { type: db.type, nullable: db.nullable, default: db.default, comment: db.comment ?? null, autoIncrement: db.autoIncrement },
  };
}

export function dropOf(table: TableRef, name: string | null, definition: DropConstraintOp["definition"] & object): DropConstraintOp {
  return { kind: "dropConstraint", table, name, type: definition.type, definition };
}
