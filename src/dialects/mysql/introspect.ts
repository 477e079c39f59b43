/**
 * MySQL / MariaDB introspection: information_schema → Schema IR in nine
 * bulk queries, whatever the number of tables, with TABLE_SCHEMA pinned to
 * the database read (default DATABASE()).
 *
 * Decisions (the comparer relies on them):
 * - Tables of the connection's database have schema null; a foreign key's
 *   refSchema is null when it points into the same database.
 * - The primary key's name is null: MySQL names every primary key PRIMARY
 *   and ignores any name given, so no name can differ.
 * - Unique indexes over plain columns are reported as unique constraints
 *   (MySQL has no other kind); unique indexes with an expression, a prefix
 *   length, a descending key or a method stay indexes. (A model's
 *   `index(..., { unique: true })` compares clean with either: canonical.ts.)
 * - Table options (engine, default charset and collation) and column
 *   charsets and collations are set only where they differ from the
 *   default they would otherwise get: the database's (engine, table
 *   charset), the character set's default collation, the table's (column
 *   charset and collation).
 * - A generated column is its type plus `generated`; ON UPDATE is `onUpdate`
 *   spelled CURRENT_TIMESTAMP[(n)] however the server prints it.
 * - The index InnoDB adds for a foreign key (named after the constraint, or
 *   after its first column when the constraint had no name, over exactly the
 *   key's columns) is not reported: it comes and goes with the key.
 * - ENUM columns become {kind: "enum", name: "<table>_<column>"}; the schema
 *   has no enum types of its own (enums: []).
 * - MariaDB's JSON (LONGTEXT + CHECK (json_valid(col))) is json, and that
 *   check is not reported.
 * - Index keys: expressions (MySQL 8.0.13+), prefix lengths, DESC; FULLTEXT
 *   and SPATIAL are `using`. Indexes keep the catalog's order (SHOW CREATE
 *   TABLE's), so a rebuild creates them in the same order.
 */
import { MigrateError } from "../../errors.js";
import type { TableRef } from "../../operations/operation.js";
import type { Column, ForeignKey, Index, IndexColumn, IndexKey, Schema, TableOptionsIR } from "../../schema/ir.js";
import type { IntrospectOptions, QueryFn, TableState } from "../dialect.js";
import {
  deepFreeze, finishTable, groupBy, referentialAction, tableDraft, tableFilter, tableStatesVia, type TableDraft,
} from "../shared/introspect-build.js";
import { sameList, stripOuterParens } from "../shared/introspect-values.js";
import {
  catalogQueries, CONTEXT,
  type CharsetRow, type CheckOwnerRow, type CheckRow, type ColumnRow, type ContextRow, type ForeignKeyColumnRow, type RuleRow,
  type StatisticsRow, type TableRow,
} from "./introspect-queries.js";
import { columnType, decodeDefault } from "./introspect-types.js";

/** Catalog values arrive as strings, or as Buffers for binary-collated columns on some servers. */
const text = (value: unknown): string => (Buffer.isBuffer(value) ? value.toString("utf8") : String(value));
const key = (table: string, name: string): string => `${table}\u0000${name}`;

export async function introspect(query: QueryFn, options?: IntrospectOptions): Promise<Schema> {
  const tables = tableFilter(options);
  if (tables !== null && tables.length === 0) return deepFreeze({ tables: [], enums: [] });
  const [context] = await query<ContextRow>(CONTEXT);
  const current = context?.current_db ?? null;
  const schema = options?.schema ?? current;
  if (schema === null) throw new MigrateError("no MySQL database selected: put the database name in the connection URL");
  const mariadb = /mariadb/i.test(text(context?.version ?? ""));
  const q = catalogQueries(schema, tables);
  // Sequential on purpose: the QueryFn may be one connection inside a transaction. The costliest first: while
  // autogenerate runs the models module, the server works on it.
  const columnRows = await query<ColumnRow>(q.columns);
  const tableRows = await query<TableRow>(q.tables);
  const statistics = await query<StatisticsRow>(q.statistics);
  const checkOwners = await query<CheckOwnerRow>(q.checkOwners);
  const fkColumns = await query<ForeignKeyColumnRow>(q.foreignKeys);
  const rules = await query<RuleRow>(q.rules);
  const checkRows = await query<CheckRow>(q.checks);
  const charsets = readCharsets(await query<CharsetRow>(q.charsets), context?.engine ?? null);

  const drafts = new Map<string, TableDraft>();
  const ownSchema = schema === current ? null : schema;
  for (const row of tableRows) {
    const comment = row.comment ? text(row.comment) : null;
    const draft: TableDraft & { options?: TableOptionsIR } = tableDraft(text(row.table_name), ownSchema, comment);
    const options = tableOptions(row, charsets);
    if (options) draft.options = options;
    drafts.set(text(row.table_name), draft);
  }

  // Checks first: MariaDB's json_valid checks decide which LONGTEXT columns are JSON.
  const owners = new Map(checkOwners.map((row) => [text(row.name), text(row.table_name)]));
  const longtext = new Set(columnRows.filter((c) => c.data_type.toLowerCase() === "longtext").map((c) => key(c.table_name, c.name)));
  const jsonColumns = new Set<string>();
  for (const row of checkRows) {
    const name = text(row.CONSTRAINT_NAME);
    const table = row.TABLE_NAME === undefined ? owners.get(name) : text(row.TABLE_NAME);
    const draft = table === undefined ? undefined : drafts.get(table);
    if (!draft) continue;
    const expression = stripOuterParens(text(row.CHECK_CLAUSE));
    const json = /^json_valid\(`((?:[^`]|``)+)`\)$/i.exec(expression);
    const column = json ? json[1]!.replace(/``/g, "`") : null;
    if (column !== null && longtext.has(key(draft.name, column))) jsonColumns.add(key(draft.name, column));
    else draft.checks.push({ name, expression });
  }

  const tableCharsets = new Map(tableRows.map((row) => [text(row.table_name), tableCharset(row, charsets)]));
  for (const row of columnRows) {
    const column = readColumn(row, jsonColumns.has(key(row.table_name, row.name)), mariadb);
    drafts.get(row.table_name)?.columns.push(withCharset(column, row, tableCharsets.get(row.table_name), charsets));
  }
  addForeignKeys(drafts, fkColumns, rules, schema);
  addIndexes(drafts, statistics);
  return deepFreeze({ tables: [...drafts.values()].map(finishTable), enums: [] });
}

export async function tableStates(query: QueryFn, refs: readonly TableRef[]): Promise<TableState[]> {
  return tableStatesVia(introspect, query, refs);
}

/** What the server gives a table or column that names no charset, collation or engine. */
export interface CharsetDefaults {
  /** Each character set's default collation. */
  readonly collationOf: ReadonlyMap<string, string>;
  /** Each collation's character set. */
  readonly charsetOf: ReadonlyMap<string, string>;
  readonly charset: string | null;
  readonly collation: string | null;
  readonly engine: string | null;
}

function readCharsets(rows: readonly CharsetRow[], engine: string | null): CharsetDefaults {
  const database = rows.find((row) => Number(row.db) === 1);
  return {
    collationOf: new Map(rows.filter((row) => Number(row.db) === 0).map((row) => [text(row.charset), text(row.collation)])),
    charsetOf: new Map(rows.filter((row) => Number(row.db) === 2).map((row) => [text(row.collation), text(row.charset)])),
    charset: database ? text(database.charset) : null,
    collation: database ? text(database.collation) : null,
    engine,
  };
}

/**
 * The charset and collation a table or column states where they differ
 * from what it would get by default: the charset when it is not the
 * enclosing one's; the collation when it is not the enclosing one's (same
 * charset) or not its charset's default (another charset).
 */
export function ownCharset(
  charset: string | null, collation: string | null, outer: { charset: string | null; collation: string | null },
  collationOf: ReadonlyMap<string, string>,
): { charset?: string; collation?: string } {
  const out: { charset?: string; collation?: string } = {};
  if (charset === null) return out;
  const sameCharset = outer.charset === null || charset.toLowerCase() === outer.charset.toLowerCase();
  if (!sameCharset) out.charset = charset;
  const expected = sameCharset ? outer.collation : collationOf.get(charset) ?? null;
  if (collation !== null && expected !== null && collation.toLowerCase() !== expected.toLowerCase()) out.collation = collation;
  return out;
}

/** A table's charset is its collation's (the catalog names only the collation). */
function tableCharset(row: TableRow, defaults: CharsetDefaults): { charset: string | null; collation: string | null } {
  const collation = row.collation ? text(row.collation) : null;
  return { charset: collation === null ? null : defaults.charsetOf.get(collation) ?? null, collation };
}

function tableOptions(row: TableRow, defaults: CharsetDefaults): TableOptionsIR | undefined {
  const options: { -readonly [K in keyof TableOptionsIR]: TableOptionsIR[K] } = {};
  const engine = row.engine ? text(row.engine) : null;
  if (engine !== null && defaults.engine !== null && engine.toLowerCase() !== defaults.engine.toLowerCase()) options.engine = engine;
  const own = tableCharset(row, defaults);
  Object.assign(options, ownCharset(own.charset, own.collation, defaults, defaults.collationOf));
  return Object.keys(options).length === 0 ? undefined : options;
}

/**
 * A column's own charset and collation (Chinook's NVARCHAR is utf8mb3 in a utf8mb4 table); MODIFY COLUMN
 * restates them. MariaDB's JSON is LONGTEXT in utf8mb4_bin by definition: nothing of its own.
 */
function withCharset(
  column: Column, row: ColumnRow, table: { charset: string | null; collation: string | null } | undefined, defaults: CharsetDefaults,
): Column {
  if (column.type.kind === "json" || table === undefined) return column;
  const own = ownCharset(row.charset ? text(row.charset) : null, row.collation ? text(row.collation) : null, table, defaults.collationOf);
  return own.charset === undefined && own.collation === undefined ? column : { ...column, ...own };
}

/** `on update current_timestamp(3)` (MariaDB) or `on update CURRENT_TIMESTAMP(3)` (MySQL 8) → CURRENT_TIMESTAMP(3). */
function onUpdateOf(extra: string): string | null {
  const m = /\bon update (current_timestamp|now|localtimestamp|localtime)\s*(?:\((\d*)\))?/i.exec(extra);
  if (!m) return null;
  return m[2] ? `CURRENT_TIMESTAMP(${m[2]})` : "CURRENT_TIMESTAMP";
}

function readColumn(row: ColumnRow, json: boolean, mariadb: boolean): Column {
  const type = columnType(row, json);
  const decoded = decodeDefault(row, type, mariadb);
  const extra = row.extra ? text(row.extra) : "";
  const column: { -readonly [K in keyof Column]: Column[K] } = {
    name: row.name,
    type,
    nullable: row.nullable === "YES",
    default: decoded.default,
    autoIncrement: decoded.autoIncrement,
    comment: row.comment ? text(row.comment) : null,
  };
  if (row.generation && /\b(VIRTUAL|STORED) GENERATED\b/i.test(extra)) {
    column.generated = { expression: text(row.generation), stored: /\bSTORED\b/i.test(extra) };
  }
  const onUpdate = onUpdateOf(extra);
  if (onUpdate !== null) column.onUpdate = onUpdate;
  return column;
}

function addForeignKeys(
  drafts: Map<string, TableDraft>, rows: readonly ForeignKeyColumnRow[], rules: readonly RuleRow[], schema: string,
): void {
  const ruleOf = new Map(rules.map((rule) => [key(rule.table_name, rule.name), rule]));
  for (const [k, columns] of groupBy(rows, (row) => key(row.table_name, row.name))) {
    const first = columns[0]!;
    const draft = drafts.get(first.table_name);
    if (!draft) continue;
    const rule = ruleOf.get(k);
    draft.foreignKeys.push({
      name: first.name,
      columns: columns.map((c) => c.column_name),
      refTable: first.ref_table,
      refSchema: first.ref_schema === schema ? null : first.ref_schema,
      refColumns: columns.map((c) => c.ref_column),
      onDelete: referentialAction(rule?.on_delete),
      onUpdate: referentialAction(rule?.on_update),
    });
  }
}

/** One key of an index: the column (or expression), its prefix length and order, in the IR's key order. */
function indexKey(row: StatisticsRow): IndexColumn {
  if (row.COLUMN_NAME === null) {
    const expression = stripOuterParens(text(row.EXPRESSION ?? ""));
    return row.COLLATION === "D" ? { expression, descending: true } : { expression };
  }
  const key: { -readonly [K in keyof IndexKey]: IndexKey[K] } = { column: text(row.COLUMN_NAME) };
  if (row.SUB_PART !== null && row.SUB_PART !== undefined) key.length = Number(row.SUB_PART);
  if (row.COLLATION === "D") key.descending = true;
  return Object.keys(key).length === 1 ? key.column! : key;
}

/** FULLTEXT and SPATIAL; HASH where asked for (MEMORY tables, MariaDB's long unique keys); BTREE is the default. */
function indexMethod(type: string): string | undefined {
  const lower = type.toLowerCase();
  return lower === "btree" || lower === "" ? undefined : lower;
}

function addIndexes(drafts: Map<string, TableDraft>, statistics: readonly StatisticsRow[]): void {
  // Where InnoDB placed the index it made for each foreign key, among the table's indexes.
  const backing = new Map<ForeignKey, number>();
  let position = 0;
  for (const [, unsorted] of groupBy(statistics, (row) => key(row.TABLE_NAME, row.INDEX_NAME))) {
    position += 1;
    const rows = [...unsorted].sort((a, b) => Number(a.SEQ_IN_INDEX) - Number(b.SEQ_IN_INDEX));
    const first = rows[0]!;
    const draft = drafts.get(first.TABLE_NAME);
    if (!draft) continue;
    const name = first.INDEX_NAME;
    const unique = Number(first.NON_UNIQUE) === 0;
    const columns = rows.map(indexKey);
    const using = indexMethod(text(first.INDEX_TYPE ?? ""));
    const plain = columns.every((c) => typeof c === "string") && using === undefined;
    const names = columns.map((c) => (typeof c === "string" ? c : c.column ?? c.expression ?? ""));
    if (name === "PRIMARY") draft.primaryKey = { name: null, columns: names };
    else if (unique && plain) draft.uniques.push({ name, columns: names });
    else {
      const backed = !unique && plain ? draft.foreignKeys.find((fk) => backsForeignKey(name, names, fk)) : undefined;
      if (backed !== undefined) {
        backing.set(backed, position);
        continue;
      }
      const index: { -readonly [K in keyof Index]: Index[K] } = { name, columns, unique, where: null };
      if (using !== undefined) index.using = using;
      draft.indexes.push(index);
    }
  }
  // Foreign keys in the order of the indexes InnoDB made for them: created in that order again, they get their
  // indexes in the same places (SHOW CREATE TABLE lists them there). Keys another index covers keep their order.
  for (const draft of drafts.values()) {
    if (draft.foreignKeys.length < 2) continue;
    const order = (fk: ForeignKey): number => backing.get(fk) ?? Number.MAX_SAFE_INTEGER;
    draft.foreignKeys.sort((a, b) => order(a) - order(b));
  }
}

/** InnoDB's own index for a foreign key: the key's columns, named after the key or its first column. */
function backsForeignKey(name: string, columns: readonly string[], fk: ForeignKey): boolean {
  return sameList(columns, fk.columns) && (name === fk.name || name === fk.columns[0]);
}
