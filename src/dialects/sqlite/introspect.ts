/**
 * SQLite catalog → Schema IR with four queries however many tables there
 * are: sqlite_schema for the CREATE statements, and sqlite_schema's tables
 * joined with the table-valued pragmas (pragma_table_xinfo,
 * pragma_index_list × pragma_index_xinfo, pragma_foreign_key_list) for
 * columns (generated ones too), indexes (key order) and foreign keys. What
 * the pragmas leave out (constraint names, CHECKs, AUTOINCREMENT, partial-
 * index predicates, expression keys, written COLLATEs, generated columns'
 * expressions, DEFERRABLE, WITHOUT ROWID and STRICT) is parsed from the
 * CREATE statements (parse-create.ts). Virtual tables (FTS) and their shadow
 * tables are not athanor's: never read. SQLite stores no comments and has no
 * named enum types: `enums` is always empty, and an enum column (TEXT with
 * `CHECK ("col" IN (...))`) reads back as an enum named after its column.
 */
import type { TableRef } from "../../operations/operation.js";
import type {
  Column, ForeignKey, Index, IndexColumn, IndexKey, Schema, Table, TableOptionsIR, UniqueConstraint,
} from "../../schema/ir.js";
import { parseReferentialAction } from "../../schema/ir.js";
import type { ColumnType } from "../../schema/types.js";
import type { IntrospectOptions, QueryFn, TableState } from "../dialect.js";
import { statement } from "../shared/syntax.js";
import { parseCreateIndex, parseCreateTable, type ParsedIndex, type ParsedKey, type ParsedTable } from "./parse-create.js";
import { quoteIdentifier } from "./quote.js";
import { enumCheckOf, normalCollation, readDefault, readType } from "./read-types.js";
import { identifiersIn, quotedStringsAsLiterals } from "./tokens.js";
import { groupBy } from "../shared/introspect-build.js";

interface ObjectRow { type: string; name: string; tbl_name: string; sql: string | null }
interface ColumnRow { tbl: string; name: string; type: string; notnull: number; dflt_value: string | null; pk: number; hidden: number }
interface IndexRow {
  tbl: string; name: string; uniq: number; origin: string; seqno: number; cid: number; col: string | null; desc: number;
}
interface ForeignKeyRow { tbl: string; id: number; ref: string; col: string; refcol: string | null; on_update: string; on_delete: string }

/** The tables to read: real tables of the schema (not views, virtual or shadow tables, not sqlite_*), optionally only some. */
const TABLES = `WITH t AS (SELECT name FROM pragma_table_list WHERE schema = ? AND type = 'table'
  AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND (? IS NULL OR name IN (SELECT value FROM json_each(?))))`;

export async function introspect(query: QueryFn, options: IntrospectOptions = {}): Promise<Schema> {
  const states = await readStates(query, options.schema ?? "main", options.tables ?? null);
  return { tables: states.map((s) => s.table), enums: [] };
}

/** One read per schema named in refs (one in practice): the tables' IR and their triggers. */
export async function tableStates(query: QueryFn, refs: readonly TableRef[]): Promise<TableState[]> {
  const out: TableState[] = [];
  for (const [schema, group] of groupBy(refs, (ref) => ref.schema ?? "main")) {
    out.push(...await readStates(query, schema, group.map((ref) => ref.name)));
  }
  return out;
}

interface CatalogRows {
  readonly objects: ObjectRow[];
  readonly columns: ColumnRow[];
  readonly indexes: IndexRow[];
  readonly foreignKeys: ForeignKeyRow[];
}

async function readStates(query: QueryFn, schema: string, only: readonly string[] | null): Promise<TableState[]> {
  const rows = await readCatalog(query, schema, only);
  // Every row is filed under its table once, so the work per table does not grow with the number of tables.
  const columns = groupBy(rows.columns, (c) => c.tbl);
  const indexes = groupBy(rows.indexes, (i) => i.tbl);
  const foreignKeys = groupBy(rows.foreignKeys, (f) => f.tbl);
  const objects = groupBy(rows.objects, (o) => o.tbl_name);
  const createSql = tableSql(rows.objects);
  const dependents = dependentsIndex(rows.objects);
  // By name (the query's order), as the other dialects list them: creation order is no property of the schema,
  // and a table rebuilt or re-created by a downgrade would move.
  const names = [...columns.keys()];
  return names.map((name) => {
    const own = objects.get(name) ?? [];
    const table = buildTable(name, schema === "main" ? null : schema, parseCreateTable(createSql.get(name) ?? ""), {
      columns: columns.get(name)!,
      indexes: indexes.get(name) ?? [],
      foreignKeys: foreignKeys.get(name) ?? [],
      objects: own,
    });
    const triggers = own.filter((o) => o.type === "trigger" && o.sql).map((o) => o.sql!);
    const others = (dependents.get(name.toLowerCase()) ?? []).filter((o) => o.tbl_name !== name).map((o) => o.sql!);
    return { table, triggers, dependents: others };
  });
}

/** The four catalog queries, whatever the number of tables. */
async function readCatalog(query: QueryFn, schema: string, only: readonly string[] | null): Promise<CatalogRows> {
  const filter = [schema, only === null ? null : JSON.stringify(only)];
  const params = [filter[0], filter[1], filter[1], schema];
  const objects = await query<ObjectRow>(statement(
    `SELECT type, name, tbl_name, sql FROM ${quoteIdentifier(schema)}.sqlite_schema ORDER BY rowid`));
  const columns = await query<ColumnRow>(statement(`${TABLES} SELECT t.name AS tbl, p.name, p.type, p."notnull" AS "notnull",
    p.dflt_value, p.pk, p.hidden FROM t JOIN pragma_table_xinfo(t.name, ?) p ORDER BY t.name, p.cid`, params));
  const indexes = await query<IndexRow>(statement(`${TABLES} SELECT t.name AS tbl, il.name, il."unique" AS uniq, il.origin,
    ii.seqno, ii.cid, ii.name AS col, ii."desc" AS "desc" FROM t JOIN pragma_index_list(t.name, ?) il JOIN pragma_index_xinfo(il.name, ?) ii
    WHERE ii.key = 1 ORDER BY t.name, il.name, ii.seqno`, [...params, schema]));
  // Names in a foreign key are as the REFERENCES clause spells them, and SQLite matches them case-insensitively:
  // they are read back as the tables and columns themselves spell them (as written when nothing matches).
  // A REFERENCES clause without columns means the parent's primary key, which pragma reports as NULL.
  // The schema's names are listed once (MATERIALIZED): pragma_table_list in the subquery ran once per foreign key.
  const foreignKeys = await query<ForeignKeyRow>(statement(`${TABLES}, l AS MATERIALIZED (SELECT name FROM pragma_table_list
    WHERE schema = ?) SELECT t.name AS tbl, f.id,
    COALESCE((SELECT l.name FROM l WHERE l.name = f."table" COLLATE NOCASE), f."table") AS ref,
    COALESCE((SELECT c.name FROM pragma_table_info(t.name, ?) c WHERE c.name = f."from" COLLATE NOCASE), f."from") AS col,
    COALESCE((SELECT k.name FROM pragma_table_info(f."table", ?) k
      WHERE CASE WHEN f."to" IS NULL THEN k.pk = f.seq + 1 ELSE k.name = f."to" COLLATE NOCASE END), f."to") AS refcol,
    f.on_update, f.on_delete FROM t JOIN pragma_foreign_key_list(t.name, ?) f ORDER BY t.name, f.id, f.seq`,
  [...params.slice(0, 3), schema, schema, schema, schema]));
  return { objects, columns, indexes, foreignKeys };
}

/** Each table's CREATE TABLE statement, by table name (the first such row, as a lookup by name would find). */
function tableSql(objects: readonly ObjectRow[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const o of objects) if (o.type === "table" && !out.has(o.name)) out.set(o.name, o.sql);
  return out;
}

/**
 * Views and triggers by every identifier their SQL names (lower-cased, as
 * SQLite compares names), in catalog order: each statement is tokenized
 * once, not once per table that might be named in it.
 */
function dependentsIndex(objects: readonly ObjectRow[]): Map<string, ObjectRow[]> {
  const out = new Map<string, ObjectRow[]>();
  for (const o of objects) {
    if ((o.type !== "view" && o.type !== "trigger") || o.sql === null) continue;
    for (const name of identifiersIn(o.sql)) {
      const list = out.get(name);
      if (list) list.push(o);
      else out.set(name, [o]);
    }
  }
  return out;
}

interface TableRows {
  columns: ColumnRow[];
  indexes: IndexRow[];
  foreignKeys: ForeignKeyRow[];
  objects: ObjectRow[];
}

function buildTable(name: string, schema: string | null, parsed: ParsedTable, rows: TableRows): Table {
  const pkRows = rows.columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  const withoutRowid = parsed.withoutRowid;
  const names = rows.columns.map((c) => c.name);
  const expression = (sql: string): string => quotedStringsAsLiterals(sql, names);
  const checks = parsed.checks.map((c) => ({ ...c, expression: expression(c.expression) }));
  // hidden: 0 an ordinary column, 2 a VIRTUAL and 3 a STORED generated column (1 is a virtual table's hidden column).
  const columns = rows.columns.filter((c) => c.hidden === 0 || c.hidden === 2 || c.hidden === 3).map((row): Column => {
    let type: ColumnType = readType(row.type);
    // The compiler's enum CHECK, alone of its kind on a TEXT column, is the enum; anything less clear stays a CHECK.
    const own = type.kind === "text" ? enumCheckOf(checks, row.name) : null;
    if (own) {
      type = { kind: "enum", name: row.name, values: own.values };
      checks.splice(checks.indexOf(own.check), 1);
    }
    // A WITHOUT ROWID table's key columns are NOT NULL whatever the declaration says (and pragma reports them so).
    // An INTEGER PRIMARY KEY, the rowid, is never NULL either, but is read as declared, with or without NOT NULL,
    // so that a re-creation declares it alike; comparison takes either for the same (equivalence.ts).
    const keyOfWithoutRowid = withoutRowid && row.pk > 0;
    const column: { -readonly [K in keyof Column]: Column[K] } = {
      // A DEFAULT names no column: a double-quoted token in one can only be the legacy string.
      name: row.name, type, nullable: row.notnull === 0 && !keyOfWithoutRowid,
      default: readDefault(row.dflt_value === null ? null : quotedStringsAsLiterals(row.dflt_value, []), type),
      autoIncrement: parsed.autoIncrement.has(row.name), comment: null,
    };
    const generated = parsed.generated.get(row.name);
    if (row.hidden !== 0) column.generated = { expression: expression(generated?.expression ?? ""), stored: row.hidden === 3 };
    const collation = normalCollation(parsed.collations.get(row.name));
    if (collation !== undefined) column.collation = collation;
    return column;
  });
  const table: { -readonly [K in keyof Table]: Table[K] } = {
    name, schema, columns,
    primaryKey: pkRows.length === 0 ? null : { name: parsed.primaryKey?.name ?? null, columns: pkRows.map((c) => c.name) },
    indexes: readIndexes(rows, columns, expression),
    uniques: readUniques(rows.indexes, parsed.uniques),
    foreignKeys: readForeignKeys(rows.foreignKeys, parsed),
    checks: checks.map((c) => ({ name: c.name, expression: c.expression })),
    comment: null,
  };
  const options: { -readonly [K in keyof TableOptionsIR]: TableOptionsIR[K] } = {};
  if (parsed.withoutRowid) options.withoutRowid = true;
  if (parsed.strict) options.strict = true;
  if (Object.keys(options).length > 0) table.options = options;
  return table;
}

/** Index rows grouped by index name, in row order. */
const groups = <R extends { name: string }>(rows: readonly R[]): Map<string, R[]> => groupBy(rows, (row) => row.name);

const sameColumns = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((c, i) => c.toLowerCase() === b[i]!.toLowerCase());

/**
 * Explicit indexes (origin 'c'), in creation order. Each key is a column or
 * an expression (pragma cid -2, its text from the CREATE INDEX), with DESC
 * from the pragma and COLLATE only where the CREATE INDEX writes one:
 * pragma_index_xinfo's coll also reports a column's own collation, which
 * belongs to the column, not the index.
 */
function readIndexes(rows: TableRows, columns: readonly Column[], expression: (sql: string) => string): Index[] {
  const order = rows.objects.map((o) => o.name);
  return [...groups(rows.indexes.filter((i) => i.origin === "c"))]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([name, parts]) => {
      const sql = rows.objects.find((o) => o.name === name)?.sql ?? "";
      const parsed = needsParsing(sql, parts) ? parseCreateIndex(sql) : PLAIN_INDEX;
      const keys = parts.map((p): IndexColumn => {
        const term = parsed.terms[p.seqno];
        const column = p.cid === -2 ? null : p.col ?? (p.cid === -1 ? "rowid" : "");
        const key: { -readonly [K in keyof IndexKey]: IndexKey[K] } = column === null ? { expression: expression(term?.text ?? "") } : { column };
        const collation = keyCollation(term?.collation ?? null, column === null ? undefined : columns.find((c) => c.name === column));
        if (collation !== undefined) key.collation = collation;
        if (p.desc === 1) key.descending = true;
        return Object.keys(key).length === 1 && column !== null ? column : key;
      });
      return { name, columns: keys, unique: parts[0]!.uniq === 1, where: parsed.where === null ? null : expression(parsed.where) };
    });
}

/** A key's written COLLATE; BINARY on a column of the default collation (or an expression) is the default and left out. */
function keyCollation(written: string | null, column: Column | undefined): string | undefined {
  if (written === null) return undefined;
  const name = normalCollation(written) ?? "BINARY";
  return name === "BINARY" && column?.collation === undefined ? undefined : name;
}

/** What parsing finds in an index of named columns without the words WHERE or COLLATE anywhere: nothing the pragmas lack. */
const PLAIN_INDEX: ParsedIndex = { terms: [], where: null };

/** Whether the CREATE INDEX text adds anything: an expression term's text, a COLLATE or a WHERE clause. */
const needsParsing = (sql: string, parts: readonly IndexRow[]): boolean =>
  parts.some((p) => p.col === null) || /where|collate/i.test(sql);

/** UNIQUE constraints (origin 'u') in the order written (sqlite_autoindex_<t>_<n> counts up), named from the SQL. */
function readUniques(rows: readonly IndexRow[], parsed: readonly ParsedKey[]): UniqueConstraint[] {
  const unused = [...parsed];
  const suffix = (name: string): number => Number(/_(\d+)$/.exec(name)?.[1] ?? 0);
  return [...groups(rows.filter((i) => i.origin === "u"))]
    .sort(([a], [b]) => suffix(a) - suffix(b))
    .map(([, parts]) => {
      const columns = parts.map((p) => p.col ?? "");
      const match = unused.findIndex((u) => sameColumns(u.columns, columns));
      const name = match === -1 ? null : unused.splice(match, 1)[0]!.name;
      return { name, columns };
    });
}

/** Foreign keys in the order written (pragma numbers them backwards), named and with explicit actions from the SQL. */
function readForeignKeys(rows: readonly ForeignKeyRow[], parsed: ParsedTable): ForeignKey[] {
  const byId = groupBy(rows, (row) => row.id);
  const pending = [...byId.values()].sort((a, b) => b[0]!.id - a[0]!.id);
  const ordered = parsed.foreignKeys.flatMap((p) => {
    const at = pending.findIndex((g) => sameColumns(g.map((r) => r.col), p.columns) && g[0]!.ref.toLowerCase() === p.refTable.toLowerCase());
    return at === -1 ? [] : [{ group: pending.splice(at, 1)[0]!, parsed: p }];
  });
  return [...ordered, ...pending.map((group) => ({ group, parsed: null }))].map(({ group, parsed: p }) => {
    const first = group[0]!;
    const action = (value: string, explicit: boolean) => (!explicit && value === "NO ACTION" ? null : parseReferentialAction(value));
    const fk: ForeignKey = {
      name: p?.name ?? null,
      columns: group.map((r) => r.col),
      refTable: first.ref,
      refSchema: null,
      refColumns: group.map((r) => r.refcol ?? ""),
      onDelete: action(first.on_delete, p?.explicitDelete ?? false),
      onUpdate: action(first.on_update, p?.explicitUpdate ?? false),
    };
    return p?.deferrable ? { ...fk, deferrable: p.deferrable } : fk;
  });
}
