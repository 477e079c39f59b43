/**
 * Collects the target schema from a models module's exports: every table()
 * and enumType() value, exported by name or inside a default-exported
 * object or array, then checks that the tables fit together.
 */
import { tableOf, type EnumType, type Schema, type Table } from "./ir.js";

type Problem = (message: string) => never;

function isTable(value: unknown): value is Table & { kind: "table" } {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "table"
    && Array.isArray((value as { columns?: unknown }).columns);
}

function isEnum(value: unknown): value is EnumType & { kind: "enum" } {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "enum"
    && Array.isArray((value as { values?: unknown }).values);
}

/** Tables and enums of a module namespace; the same object exported twice counts once. */
export function collectSchema(namespace: Record<string, unknown>, problem: Problem): Schema {
  const candidates: unknown[] = [];
  for (const [name, value] of Object.entries(namespace)) {
    if (name === "default" && (Array.isArray(value) || (typeof value === "object" && value !== null && !isTable(value) && !isEnum(value)))) {
      candidates.push(...(Array.isArray(value) ? value : Object.values(value as object)));
    } else {
      candidates.push(value);
    }
  }
  const tables = [...new Set(candidates.filter(isTable))];
  const enums = [...new Set(candidates.filter(isEnum))];
  const schema: Schema = {
    tables: tables.map((table) => tableOf(table)),
    enums: enums.map(({ name, schema, values }) => ({ name, schema, values })),
  };
  checkSchema(schema, problem);
  return { ...schema, enums: withColumnEnums(schema.tables, schema.enums) };
}

const qualified = (t: { name: string; schema: string | null }): string => (t.schema ? `${t.schema}.${t.name}` : t.name);

/** Two tables with one name, references to missing tables or columns, enums defined twice differently. */
export function checkSchema(schema: Schema, problem: Problem): void {
  const byName = new Map<string, Table>();
  for (const table of schema.tables) {
    if (byName.has(qualified(table))) problem(`two tables are named "${qualified(table)}"`);
    byName.set(qualified(table), table);
  }
  for (const table of schema.tables) {
    for (const fk of table.foreignKeys) {
      const target = byName.get(qualified({ name: fk.refTable, schema: fk.refSchema ?? table.schema }))
        ?? byName.get(fk.refTable);
      const what = `table "${qualified(table)}", foreign key${fk.name ? ` "${fk.name}"` : ""} (${fk.columns.join(", ")})`;
      if (!target) problem(`${what}: references missing table "${fk.refTable}"`);
      for (const column of fk.refColumns) {
        if (!target.columns.some((c) => c.name === column)) {
          problem(`${what}: references missing column "${fk.refTable}.${column}"`);
        }
      }
    }
  }
  const enums = new Map<string, EnumType>();
  const sameValues = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);
  for (const table of schema.tables) {
    for (const column of table.columns) {
      if (column.type.kind !== "enum") continue;
      const seen = enums.get(column.type.name);
      if (seen && !sameValues(seen.values, column.type.values)) {
        problem(`table "${qualified(table)}", column "${column.name}": enum "${column.type.name}" is defined twice with different values`);
      }
      enums.set(column.type.name, { name: column.type.name, schema: table.schema, values: column.type.values });
    }
  }
  for (const e of schema.enums) {
    const seen = enums.get(e.name);
    if (seen && !sameValues(seen.values, e.values)) problem(`enum "${e.name}" is defined twice with different values`);
  }
}

/** The exported enums, and those that columns use without the enum being exported: a column's type needs its enum. */
function withColumnEnums(tables: readonly Table[], exported: readonly EnumType[]): EnumType[] {
  const out = [...exported];
  const named = new Set(exported.map((e) => e.name));
  for (const table of tables) {
    for (const column of table.columns) {
      if (column.type.kind !== "enum" || named.has(column.type.name)) continue;
      named.add(column.type.name);
      out.push({ name: column.type.name, schema: table.schema, values: column.type.values });
    }
  }
  return out;
}
