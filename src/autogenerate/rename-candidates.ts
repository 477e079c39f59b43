/**
 * Rename candidates: a table or column that leaves and one of a compatible
 * shape that arrives, which a diff alone reads as a drop and a create (and
 * the rows are lost). Detection is pure; `resolveRenames` puts each
 * candidate to a question callback (the CLI asks on a terminal) and turns
 * the answers into the same hints `--rename-table` / `--rename-column` give.
 *
 * The rules:
 *   - tables: a table of the database that the models lack and a table of
 *     the models that the database lacks, in the same schema, are candidates
 *     when the columns they share (same name, same type as the dialect
 *     compares types) are at least half of all the column names of the two
 *     together (the same columns: all of them);
 *   - columns: within a table in both (or renamed), a column the models lack
 *     and a column the database lacks are candidates when their types are
 *     the same and the nullability is compatible (the same, or the new column
 *     accepts NULL, so the rename never fails on existing rows).
 * Names an explicit hint covers (its old or its new name) are never asked about.
 */
import type { Column, Schema, Table } from "../schema/ir.js";
import { tableKey } from "./compare.js";
import type { RenameHints } from "./produce.js";

/** The dialect's type comparison (Equivalence.sameType): the database's column against the models' (stored form). */
export type SameType = (database: Column, model: Column, table: Table) => boolean;

/** The share of column names two tables must have in common (same name and type) to be rename candidates. */
export const TABLE_SHAPE_THRESHOLD = 0.5;

export interface TableCandidates {
  readonly schema: string | null;
  /** The database's table the models lack. */
  readonly from: string;
  /** The models' new tables of a compatible shape, the closest first. */
  readonly to: readonly string[];
}

export interface ColumnCandidates {
  /** The table as the database names it (before any rename). */
  readonly table: string;
  readonly from: string;
  /** The models' new columns of this table of a compatible type, in the models' order. */
  readonly to: readonly string[];
}

/** What the question callback is asked: was `from` renamed to one of `candidates` (best first)? */
export interface RenameQuestion {
  readonly kind: "table" | "column";
  /** For a column: its table as the database names it; null for a table. */
  readonly table: string | null;
  readonly from: string;
  readonly candidates: readonly string[];
}

/** The chosen candidate, or null: not a rename (dropped, and the new ones created). */
export type AskRename = (question: RenameQuestion) => Promise<string | null>;

/** The share of the two tables' column names that both have with the same type: 1 for the same columns. */
export function tableShapeScore(database: Table, model: Table, sameType: SameType): number {
  const names = new Set([...database.columns.map((c) => c.name), ...model.columns.map((c) => c.name)]);
  if (names.size === 0) return 0;
  let shared = 0;
  for (const column of database.columns) {
    const other = model.columns.find((c) => c.name === column.name);
    if (other && sameType(column, other, database)) shared += 1;
  }
  return shared / names.size;
}

export function tableRenameCandidates(database: Schema, models: Schema, sameType: SameType, hints: RenameHints): TableCandidates[] {
  const dbKeys = new Set(database.tables.map(tableKey));
  const modelKeys = new Set(models.tables.map(tableKey));
  const hintedFrom = new Set(hints.tables.map((h) => h.from));
  const hintedTo = new Set(hints.tables.map((h) => h.to));
  const gone = database.tables.filter((t) => !modelKeys.has(tableKey(t)) && !hintedFrom.has(t.name));
  const arrived = models.tables.filter((t) => !dbKeys.has(tableKey(t)) && !hintedTo.has(t.name));
  const out: TableCandidates[] = [];
  for (const old of gone) {
    const scored = arrived.filter((t) => t.schema === old.schema)
      .map((t) => ({ name: t.name, score: tableShapeScore(old, t, sameType) }))
      .filter((s) => s.score > 0 && s.score >= TABLE_SHAPE_THRESHOLD)
      .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (scored.length > 0) out.push({ schema: old.schema, from: old.name, to: scored.map((s) => s.name) });
  }
  return out;
}

/** Whether `model` can be `database` renamed: the same type, and NULL allowed if it was (see the rules above). */
export function compatibleColumns(database: Column, model: Column, table: Table, sameType: SameType): boolean {
  return sameType(database, model, table) && (model.nullable || !database.nullable);
}

/**
 * Within one table (the database's and the models' versions, which may have different names), the columns that
 * left and those of a compatible type that arrived. `hints` are the column hints that concern this table.
 */
export function columnRenameCandidates(
  database: Table, model: Table, sameType: SameType, hints: RenameHints["columns"] = [],
): ColumnCandidates[] {
  const hintedFrom = new Set(hints.map((h) => h.from));
  const hintedTo = new Set(hints.map((h) => h.to));
  const dbNames = new Set(database.columns.map((c) => c.name));
  const modelNames = new Set(model.columns.map((c) => c.name));
  const gone = database.columns.filter((c) => !modelNames.has(c.name) && !hintedFrom.has(c.name));
  const arrived = model.columns.filter((c) => !dbNames.has(c.name) && !hintedTo.has(c.name));
  const out: ColumnCandidates[] = [];
  for (const old of gone) {
    const to = arrived.filter((c) => compatibleColumns(old, c, database, sameType)).map((c) => c.name);
    if (to.length > 0) out.push({ table: database.name, from: old.name, to });
  }
  return out;
}

/**
 * The table pairs that stay (same key) or are renamed by `tableHints` (same schema, the new name): the database's
 * table and the models' table it becomes.
 */
export function keptTables(database: Schema, models: Schema, tableHints: RenameHints["tables"]): [Table, Table][] {
  const modelTables = new Map(models.tables.map((t) => [tableKey(t), t]));
  const pairs: [Table, Table][] = [];
  for (const table of database.tables) {
    const renamed = tableHints.find((h) => h.from === table.name)?.to;
    const model = modelTables.get(tableKey(renamed === undefined ? table : { name: renamed, schema: table.schema }));
    if (model) pairs.push([table, model]);
  }
  return pairs;
}

/**
 * The hints given, plus a hint for every candidate `ask` confirms: tables first (a new table is offered once),
 * then the columns of the tables kept or renamed (a new column is offered once).
 */
export async function resolveRenames(
  database: Schema, models: Schema, sameType: SameType, hints: RenameHints, ask: AskRename,
): Promise<RenameHints> {
  const tables = [...hints.tables];
  const takenTables = new Set(tables.map((h) => h.to));
  for (const found of tableRenameCandidates(database, models, sameType, hints)) {
    const candidates = found.to.filter((name) => !takenTables.has(name));
    const answer = await choose({ kind: "table", table: null, from: found.from, candidates }, ask);
    if (answer === null) continue;
    tables.push({ from: found.from, to: answer });
    takenTables.add(answer);
  }
  const columns = [...hints.columns];
  for (const [dbTable, modelTable] of keptTables(database, models, tables)) {
    const about = (h: RenameHints["columns"][number]): boolean => h.table === dbTable.name || h.table === modelTable.name;
    const taken = new Set(columns.filter(about).map((h) => h.to));
    for (const found of columnRenameCandidates(dbTable, modelTable, sameType, columns.filter(about))) {
      const candidates = found.to.filter((name) => !taken.has(name));
      const answer = await choose({ kind: "column", table: dbTable.name, from: found.from, candidates }, ask);
      if (answer === null) continue;
      columns.push({ table: dbTable.name, from: found.from, to: answer });
      taken.add(answer);
    }
  }
  return { tables, columns };
}

/** Asks when there is something left to offer; an answer that is not a candidate counts as no. */
async function choose(question: RenameQuestion, ask: AskRename): Promise<string | null> {
  if (question.candidates.length === 0) return null;
  const answer = await ask(question);
  return answer !== null && question.candidates.includes(answer) ? answer : null;
}
