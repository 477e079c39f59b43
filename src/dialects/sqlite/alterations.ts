/**
 * Table alterations applied to the IR for a move-and-copy rebuild. This is
 * operations/apply.ts plus what a rebuild needs on top: each op is checked
 * against the table (a misspelt name is an error, never a silent no-op that
 * still copies the table), dropping a column drops what depends on it (as
 * PostgreSQL does: indexes, keys and checks that use it), renames reach into
 * CHECK and partial-index expressions, and every surviving column remembers
 * the column of the old table it is copied from.
 */
import { applyToTable } from "../../operations/apply.js";
import type { DropConstraintOp, TableAlteration } from "../../operations/operation.js";
import { indexColumnNames, type Table } from "../../schema/ir.js";
import { normalExpression } from "./equivalence.js";
import { quoteIdentifier } from "./quote.js";
import { mentions, renameIdentifiers } from "./tokens.js";

export type Refuse = (reason: string, instead: string) => never;

export interface Altered {
  readonly table: Table;
  /** Final column name → the old table's column it is copied from (absent: a new column). */
  readonly sources: ReadonlyMap<string, string>;
}

const same = (a: string | null, b: string | null): boolean => a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
const has = (names: readonly string[], name: string): boolean => names.some((n) => same(n, name));

export function applyAlterations(start: Table, ops: readonly TableAlteration[], refuse: Refuse): Altered {
  let table = start;
  const sources = new Map(start.columns.map((c): [string, string] => [c.name, c.name]));
  for (const given of ops) {
    check(table, given, refuse);
    const op = withActualName(table, given);
    if (op.kind === "dropColumn") {
      table = dropColumn(table, op.name);
      sources.delete(op.name);
    } else if (op.kind === "alterColumn" && op.changes.newName !== undefined) {
      const changed = applyToTable(table, { ...op, changes: { ...op.changes, newName: op.name } });
      table = renameColumn(changed, op.name, op.changes.newName);
      const source = sources.get(op.name);
      sources.delete(op.name);
      if (source !== undefined) sources.set(op.changes.newName, source);
    } else if (op.kind === "dropConstraint" && op.name === null && op.type !== "primary") {
      table = dropUnnamed(table, op);
    } else if (op.kind === "dropConstraint" && op.type === "unique" && !table.uniques.some((u) => same(u.name, op.name))) {
      // A unique index (what an ADD COLUMN ... UNIQUE made natively) is dropped by dropConstraint too.
      table = { ...table, indexes: table.indexes.filter((i) => !same(i.name, op.name)) };
    } else {
      table = applyToTable(table, op);
    }
  }
  return { table, sources };
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => same(x, b[i]!));

/**
 * The unnamed constraint a dropConstraint without a name means: the one its
 * definition describes (columns, referenced table and columns, or CHECK
 * expression), since SQLite has no name to find it by. Null when none fits.
 */
function unnamedTarget(table: Table, op: DropConstraintOp): object | null {
  const d = op.definition;
  if (d === null || d.type !== op.type) return null;
  switch (d.type) {
    case "unique": return table.uniques.find((u) => u.name === null && sameList(u.columns, d.unique.columns)) ?? null;
    case "foreignkey": return table.foreignKeys.find((f) => f.name === null && sameList(f.columns, d.foreignKey.columns)
      && same(f.refTable, d.foreignKey.refTable) && sameList(f.refColumns, d.foreignKey.refColumns)) ?? null;
    case "check": return table.checks.find((c) => c.name === null && normalExpression(c.expression) === normalExpression(d.check.expression)) ?? null;
    case "primary": case "exclude": return null;
  }
}

function dropUnnamed(table: Table, op: DropConstraintOp): Table {
  const target = unnamedTarget(table, op);
  return {
    ...table,
    uniques: table.uniques.filter((u) => u !== target),
    foreignKeys: table.foreignKeys.filter((f) => f !== target),
    checks: table.checks.filter((c) => c !== target),
  };
}

/** SQLite matches column names case-insensitively; the IR helpers match exactly, so use the table's spelling. */
function withActualName(table: Table, op: TableAlteration): TableAlteration {
  if (op.kind !== "alterColumn" && op.kind !== "dropColumn") return op;
  const actual = table.columns.find((c) => same(c.name, op.name))!.name;
  return { ...op, name: actual };
}

/** A rename everywhere the table uses the column: key and index column lists, CHECKs, index predicates, generated columns. */
export function renameColumn(table: Table, from: string, to: string): Table {
  const names = new Map([[from, to]]);
  const list = (columns: readonly string[]): string[] => columns.map((c) => (same(c, from) ? to : c));
  const expression = (sql: string): string => renameIdentifiers(sql, names, quoteIdentifier);
  return {
    ...table,
    columns: table.columns.map((c) => {
      const named = same(c.name, from) ? { ...c, name: to } : c;
      return named.generated ? { ...named, generated: { ...named.generated, expression: expression(named.generated.expression) } } : named;
    }),
    primaryKey: table.primaryKey && { ...table.primaryKey, columns: list(table.primaryKey.columns) },
    indexes: table.indexes.map((i) => ({ ...i, where: i.where && expression(i.where),
      columns: i.columns.map((k) => (typeof k === "string" ? (same(k, from) ? to : k)
        : k.column !== undefined ? (same(k.column, from) ? { ...k, column: to } : k)
          : { ...k, expression: expression(k.expression ?? "") })) })),
    uniques: table.uniques.map((u) => ({ ...u, columns: list(u.columns) })),
    foreignKeys: table.foreignKeys.map((f) => ({
      ...f, columns: list(f.columns),
      // A self-reference points at the same table's columns, which are renamed too.
      refColumns: same(f.refTable, table.name) && f.refSchema === null ? list(f.refColumns) : f.refColumns,
    })),
    checks: table.checks.map((c) => ({ ...c, expression: expression(c.expression) })),
  };
}

function dropColumn(table: Table, name: string): Table {
  const uses = (columns: readonly string[]): boolean => has(columns, name);
  return {
    ...table,
    columns: table.columns.filter((c) => !same(c.name, name)),
    primaryKey: table.primaryKey && uses(table.primaryKey.columns) ? null : table.primaryKey,
    indexes: table.indexes.filter((i) => !uses(indexColumnNames(i)) && !i.columns.some((k) => typeof k !== "string"
      && k.expression !== undefined && mentions(k.expression, name)) && !(i.where !== null && mentions(i.where, name))),
    uniques: table.uniques.filter((u) => !uses(u.columns)),
    foreignKeys: table.foreignKeys.filter((f) => !uses(f.columns)),
    checks: table.checks.filter((c) => !mentions(c.expression, name)),
  };
}

/** Refuses an op that does not fit the table as it stands at this point of the batch. */
function check(table: Table, op: TableAlteration, refuse: Refuse): void {
  const columns = table.columns.map((c) => c.name);
  const where = `table "${table.name}"`;
  const needColumn = (name: string): void => {
    if (!has(columns, name)) refuse(`${where} has no column "${name}"`, "check the column name");
  };
  switch (op.kind) {
    case "addColumn":
      if (has(columns, op.column.name)) refuse(`${where} already has a column "${op.column.name}"`, "choose another name");
      return;
    case "dropColumn":
      return needColumn(op.name);
    case "alterColumn": {
      needColumn(op.name);
      const to = op.changes.newName;
      if (to !== undefined && !same(to, op.name) && has(columns, to)) refuse(`${where} already has a column "${to}"`, "choose another name");
      return;
    }
    case "createIndex":
      if (table.indexes.some((i) => same(i.name, op.index.name))) refuse(`${where} already has an index "${op.index.name}"`, "choose another name");
      return indexColumnNames(op.index).forEach(needColumn);
    case "dropIndex":
      if (!table.indexes.some((i) => same(i.name, op.name))) refuse(`${where} has no index "${op.name}"`, "check the index name");
      return;
    case "createUniqueConstraint":
      return op.unique.columns.forEach(needColumn);
    case "createForeignKey":
      return op.foreignKey.columns.forEach(needColumn);
    case "createCheckConstraint":
      return;
    case "createPrimaryKey":
      if (table.primaryKey) refuse(`${where} already has a primary key`, "drop it first with dropConstraint(name, table, \"primary\")");
      return op.primaryKey.columns.forEach(needColumn);
    case "dropConstraint":
      if (op.name === null && op.type !== "primary") {
        if (unnamedTarget(table, op) === null) {
          refuse(`${where} has no unnamed ${op.type} constraint like the one to drop`,
            "give dropConstraint the constraint's definition, or its name where the CREATE TABLE wrote one");
        }
        return;
      }
      return checkDropConstraint(table, op.type, op.name, refuse);
  }
}

function checkDropConstraint(table: Table, type: string, name: string | null, refuse: Refuse): void {
  const where = `table "${table.name}"`;
  const found = type === "unique" ? table.uniques.some((u) => same(u.name, name)) || table.indexes.some((i) => i.unique && same(i.name, name))
    : type === "foreignkey" ? table.foreignKeys.some((f) => same(f.name, name))
      : type === "check" ? table.checks.some((c) => same(c.name, name))
        : table.primaryKey !== null && (name === null || table.primaryKey.name === null || same(table.primaryKey.name, name));
  if (!found) {
    const what = type === "primary" ? "primary key" : `${type} constraint "${name ?? "(unnamed)"}"`;
    refuse(`${where} has no ${what}`, "check the constraint name (SQLite keeps constraint names only where the CREATE TABLE wrote them)");
  }
  if (type === "primary" && table.columns.some((c) => c.autoIncrement)) {
    refuse("its column autoincrements, which SQLite allows only on the primary key",
      "switch it off first in the same batch: batch.alterColumn(column, { autoIncrement: false })");
  }
}
