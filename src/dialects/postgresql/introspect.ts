/**
 * PostgreSQL introspection: pg_catalog → Schema IR in five bulk queries
 * (tables, columns, constraints, indexes, enums), whatever the number of
 * tables. pg_catalog rather than information_schema: the latter hides
 * objects the user does not own and lacks enums, index expressions,
 * partial-index predicates and identity details.
 *
 * Names: a table in the connection's current schema (current_schema()) has
 * schema null, as a model without `schema` has; a foreign key's refSchema is
 * null when it points into its own table's schema (schema/collect.ts reads
 * it so). Constraint and index names are the real ones, generated or not.
 */
import type { TableRef } from "../../operations/operation.js";
import type { Column, EnumType, Schema, TableOptionsIR, VerbatimConstraint } from "../../schema/ir.js";
import type { IntrospectOptions, QueryFn, TableState } from "../dialect.js";
import {
  deepFreeze, finishTable, groupBy, tableDraft, tableFilter, tableStatesVia, type TableDraft,
} from "../shared/introspect-build.js";
import { stripOuterParens } from "../shared/introspect-values.js";
import {
  catalogQueries,
  type ColumnRow, type ConstraintRow, type EnumRow, type IndexRow, type TableRow,
} from "./introspect-queries.js";
import { deferrableOf, foreignKeyOf, indexOf, sequenceOptions, tableOptionsOf } from "./introspect-read.js";
import { columnType, decodeDefault, enumKey, type EnumValues } from "./introspect-types.js";

/** A draft with what only PostgreSQL has: verbatim constraints and table options. */
interface PostgresDraft extends TableDraft {
  constraints?: VerbatimConstraint[];
  options?: TableOptionsIR;
}

export async function introspect(query: QueryFn, options?: IntrospectOptions): Promise<Schema> {
  const tables = tableFilter(options);
  if (tables !== null && tables.length === 0) return deepFreeze({ tables: [], enums: [] });
  const q = catalogQueries(options?.schema ?? null, tables);
  // Sequential on purpose: the QueryFn may be one connection inside a transaction. The costliest first: while
  // autogenerate runs the models module, the server works on it.
  const columnRows = await query<ColumnRow>(q.columns);
  const tableRows = await query<TableRow>(q.tables);
  const constraintRows = await query<ConstraintRow>(q.constraints);
  const indexRows = await query<IndexRow>(q.indexes);
  const enumRows = await query<EnumRow>(q.enums);

  const enumValues: EnumValues = new Map(enumRows.map((row) => [enumKey(row.schema, row.name), row.labels]));
  const drafts = new Map<string, PostgresDraft>();
  for (const row of tableRows) {
    const draft: PostgresDraft = tableDraft(row.name, row.is_default ? null : row.schema, row.comment);
    const tableOptions = tableOptionsOf(row);
    if (tableOptions) draft.options = tableOptions;
    drafts.set(row.name, draft);
  }
  const schemaOf = new Map(tableRows.map((row) => [row.name, row.schema]));

  // The query leaves the order to us: by position (stable, so each table's columns come in its order).
  columnRows.sort((a, b) => a.position - b.position);
  for (const row of columnRows) drafts.get(row.table_name)?.columns.push(readColumn(row, enumValues));
  for (const [table, rows] of groupBy(constraintRows, (row) => row.table_name)) {
    const draft = drafts.get(table);
    if (draft) for (const row of rows) addConstraint(draft, row, schemaOf.get(table)!);
  }
  for (const row of indexRows) drafts.get(row.table_name)?.indexes.push(indexOf(row));

  const enums: EnumType[] = enumRows
    .filter((row) => row.in_target)
    .map((row) => ({ name: row.name, schema: row.is_default ? null : row.schema, values: row.labels }));
  return deepFreeze({ tables: [...drafts.values()].map(finishTable), enums });
}

export async function tableStates(query: QueryFn, refs: readonly TableRef[]): Promise<TableState[]> {
  return tableStatesVia(introspect, query, refs);
}

function readColumn(row: ColumnRow, enums: EnumValues): Column {
  const type = columnType(row, enums);
  const decoded = decodeDefault(row, type);
  const column: { -readonly [K in keyof Column]: Column[K] } = {
    name: row.name,
    type,
    nullable: row.nullable,
    default: decoded.default,
    autoIncrement: decoded.autoIncrement,
    comment: row.comment,
  };
  if (decoded.autoIncrement) {
    const generation = row.identity === "a" ? "always" : row.identity === "d" ? "byDefault" : "serial";
    const identity = { generation, ...sequenceOptions(row) } as const;
    // A BY DEFAULT identity with default options is what a plain autoincrement column is: nothing to say.
    if (generation !== "byDefault" || Object.keys(identity).length > 1) column.identity = identity;
  }
  if (row.generated === "s") column.generated = { expression: stripOuterParens(row.default_sql ?? "NULL"), stored: true };
  if (row.collation !== null) column.collation = row.collation;
  return column;
}

function addConstraint(draft: PostgresDraft, row: ConstraintRow, ownSchema: string): void {
  const deferrable = deferrableOf(row);
  switch (row.type) {
    case "p":
      draft.primaryKey = deferrable ? { name: row.name, columns: row.columns, deferrable } : { name: row.name, columns: row.columns };
      return;
    case "u":
      draft.uniques.push({
        name: row.name, columns: row.columns,
        ...(deferrable ? { deferrable } : {}), ...(row.nulls_not_distinct ? { nullsNotDistinct: true as const } : {}),
      });
      return;
    case "f":
      draft.foreignKeys.push(foreignKeyOf(row, ownSchema));
      return;
    case "c":
    {
      const check = { name: row.name, expression: checkExpression(row.definition ?? ""), ...(row.validated ? {} : { notValid: true as const }) };
      if (row.pretty !== null) prettyChecks.set(check, checkExpression(row.pretty));
      draft.checks.push(check);
      return;
    }
    case "x":
      (draft.constraints ??= []).push({ name: row.name, definition: row.definition ?? "" });
      return;
  }
}

/**
 * Each introspected check's pretty-printed expression (the IR keeps the plain
 * one). A model check written as that text is the database's, as before the
 * plain printing: canonical.ts takes it without asking the server.
 */
export const prettyChecks = new WeakMap<object, string>();

/** "CHECK (qty >= 0) NOT VALID" → "qty >= 0": the expression as a model's check() would write it. */
export function checkExpression(definition: string): string {
  let body = definition.replace(/^CHECK\s*/i, "").replace(/(\s+NO INHERIT|\s+NOT VALID)+\s*$/i, "");
  // Printed without pretty-printing, the expression has a pair of parentheses of its own inside CHECK's.
  for (let inner = stripOuterParens(body); inner !== body; inner = stripOuterParens(body)) body = inner;
  return body;
}
