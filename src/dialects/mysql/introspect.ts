/**
 * MySQL / MariaDB introspection: information_schema → Schema IR in eight
 * bulk queries, whatever the number of tables, with TABLE_SCHEMA pinned to
 * the database read (default DATABASE()).
 *
 * Decisions (the comparer relies on them):
 * - Tables of the connection's database have schema null; a foreign key's
 *   refSchema is null when it points into the same database.
 * - The primary key's name is null: MySQL names every primary key PRIMARY
 *   and ignores any name given, so no name can differ.
 * - Unique indexes over plain columns are reported as unique constraints
 *   (MySQL has no other kind); expression unique indexes stay indexes.
 * - The index InnoDB adds for a foreign key (named after the constraint, or
 *   after its first column when the constraint had no name, over exactly the
 *   key's columns) is not reported: it comes and goes with the key.
 * - ENUM columns become {kind: "enum", name: "<table>_<column>"}; the schema
 *   has no enum types of its own (enums: []).
 * - MariaDB's JSON (LONGTEXT + CHECK (json_valid(col))) is json, and that
 *   check is not reported.
 * - Expression index columns (MySQL 8.0.13+) are "(expr)"; prefix lengths
 *   and descending order are not in the IR and are dropped.
 */
import { MigrateError } from "../../errors.js";
import type { TableRef } from "../../operations/operation.js";
import type { Column, ForeignKey, Schema } from "../../schema/ir.js";
import type { IntrospectOptions, QueryFn, TableState } from "../dialect.js";
import {
  deepFreeze, finishTable, groupBy, referentialAction, tableDraft, tableFilter, tableStatesVia, type TableDraft,
} from "../shared/introspect-build.js";
import { expressionColumn, sameList, stripOuterParens } from "../shared/introspect-values.js";
import {
  catalogQueries, CONTEXT,
  type CheckOwnerRow, type CheckRow, type ColumnRow, type ContextRow, type ForeignKeyColumnRow, type RuleRow,
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

  const drafts = new Map<string, TableDraft>();
  const ownSchema = schema === current ? null : schema;
  for (const row of tableRows) {
    const comment = row.comment ? text(row.comment) : null;
    drafts.set(text(row.table_name), tableDraft(text(row.table_name), ownSchema, comment));
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

  const tableCollations = new Map(tableRows.map((row) => [text(row.table_name), row.collation ? text(row.collation) : null]));
  for (const row of columnRows) {
    const ownCollation = withCollation(row, tableCollations.get(row.table_name) ?? null);
    drafts.get(row.table_name)?.columns.push(readColumn(ownCollation, jsonColumns.has(key(row.table_name, row.name)), mariadb));
  }
  addForeignKeys(drafts, fkColumns, rules, schema);
  addIndexes(drafts, statistics);
  return deepFreeze({ tables: [...drafts.values()].map(finishTable), enums: [] });
}

export async function tableStates(query: QueryFn, refs: readonly TableRef[]): Promise<TableState[]> {
  return tableStatesVia(introspect, query, refs);
}

/**
 * A column whose collation is not its table's (Chinook's NVARCHAR is utf8mb3 in a utf8mb4 table) keeps it in
 * its type: MODIFY COLUMN restates the type, and without the character set the column would silently take the
 * table's. The comparison ignores character sets (type-names.ts), so this adds no difference of its own.
 */
function withCollation(row: ColumnRow, tableCollation: string | null): ColumnRow {
  const collation = row.collation ? text(row.collation) : null;
  if (collation === null || tableCollation === null || collation === tableCollation || row.generation) return row;
  const charset = row.charset ? ` CHARACTER SET ${text(row.charset)}` : "";
  return { ...row, column_type: `${row.column_type}${charset} COLLATE ${collation}` };
}

function readColumn(row: ColumnRow, json: boolean, mariadb: boolean): Column {
  const type = columnType(row, json);
  const decoded = decodeDefault(row, type, mariadb);
  return {
    name: row.name,
    type,
    nullable: row.nullable === "YES",
    default: decoded.default,
    autoIncrement: decoded.autoIncrement,
    comment: row.comment ? text(row.comment) : null,
  };
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

function addIndexes(drafts: Map<string, TableDraft>, statistics: readonly StatisticsRow[]): void {
  for (const [, rows] of groupBy(statistics, (row) => key(row.TABLE_NAME, row.INDEX_NAME))) {
    const first = rows[0]!;
    const draft = drafts.get(first.TABLE_NAME);
    if (!draft) continue;
    const name = first.INDEX_NAME;
    const unique = Number(first.NON_UNIQUE) === 0;
    const plain = rows.every((row) => row.COLUMN_NAME !== null);
    const columns = rows.map((row) => row.COLUMN_NAME ?? expressionColumn(text(row.EXPRESSION ?? "")));
    if (name === "PRIMARY") draft.primaryKey = { name: null, columns };
    else if (unique && plain) draft.uniques.push({ name, columns });
    else if (!(!unique && draft.foreignKeys.some((fk) => backsForeignKey(name, columns, fk)))) {
      draft.indexes.push({ name, columns, unique, where: null });
    }
  }
}

/** InnoDB's own index for a foreign key: the key's columns, named after the key or its first column. */
function backsForeignKey(name: string, columns: readonly string[], fk: ForeignKey): boolean {
  return sameList(columns, fk.columns) && (name === fk.name || name === fk.columns[0]);
}
