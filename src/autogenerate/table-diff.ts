/**
 * `check --diff`: for each table the ops touch, a unified diff of its DDL as the database has it against what
 * the models want (the table as the ops leave it). Both sides are compiled by the dialect's own compiler
 * (CREATE TABLE with its indexes and separate COMMENT statements; before it, on PostgreSQL, CREATE TYPE for
 * the enums it uses), so the diff speaks the dialect's SQL. Uncoloured: the CLI paints it.
 */
import { createTwoFilesPatch } from "diff";
import type { CompileContext, Dialect } from "../dialects/dialect.js";
import { MigrateError, UnsupportedOperationError } from "../errors.js";
import { applyOperation } from "../operations/apply.js";
import { dispatch, qualifiedName, type Operation, type OperationHandlers, type TableRef } from "../operations/operation.js";
import type { EnumType, Schema, Table } from "../schema/ir.js";
import { tableKey } from "./compare.js";

/** What one op changes: tables, and enum types (by the same key shape). */
interface Touched {
  readonly tables: readonly TableRef[];
  readonly enums: readonly TableRef[];
}

const table = (ref: TableRef): Touched => ({ tables: [{ name: ref.name, schema: ref.schema }], enums: [] });
const enumType = (ref: TableRef): Touched => ({ tables: [], enums: [{ name: ref.name, schema: ref.schema }] });
const onTable = (op: { table: TableRef }): Touched => table(op.table);

const touchers: OperationHandlers<Touched> = {
  createTable: onTable,
  dropTable: onTable,
  // Both names: the database has the old one, the models the new one.
  renameTable: (op) => ({ tables: [op.table, { name: op.newName, schema: op.table.schema }], enums: [] }),
  addColumn: onTable,
  dropColumn: onTable,
  alterColumn: onTable,
  createIndex: onTable,
  dropIndex: onTable,
  createUniqueConstraint: onTable,
  createForeignKey: onTable,
  createCheckConstraint: onTable,
  createConstraint: onTable,
  createPrimaryKey: onTable,
  dropConstraint: onTable,
  setTableComment: onTable,
  setTableOptions: onTable,
  batchAlterTable: onTable,
  validateConstraint: onTable,
  bulkInsert: onTable,
  createEnum: (op) => enumType(op.enum),
  dropEnum: enumType,
  addEnumValue: enumType,
  dropEnumValue: enumType,
  execute: () => ({ tables: [], enums: [] }),
};

/** The compiler needs no table's current state for CREATE TABLE or CREATE TYPE. */
const NO_TABLES: CompileContext = {
  table: () => { throw new UnsupportedOperationError("no table state is known while showing a table's DDL"); },
};

/**
 * The unified diffs, one per differing table (and per changed enum type no table uses), in table order;
 * "" when nothing differs.
 */
export function tableDiffs(ops: readonly Operation[], database: Schema, dialect: Dialect): string {
  const touched = ops.map((op) => dispatch(touchers, op));
  const enumKeys = new Set(touched.flatMap((t) => t.enums).map(tableKey));
  const tableKeys = new Set(touched.flatMap((t) => t.tables).map(tableKey));
  // What the models want, as the database will have it once the ops have run: its schema with the ops applied.
  // Only what the comparison found different changes, so the diff shows the change list and nothing else: no
  // line for what the models spell differently but mean the same (an unnamed constraint the database named, a
  // default referential action written out, an expression the server spells its own way).
  const sides = [database, ops.reduce(applyOperation, database)];
  // A changed enum is shown in the DDL of the tables that use it; on its own only when none does.
  const shownEnums = new Set<string>();
  for (const schema of sides) {
    for (const t of schema.tables) {
      const used = enumsOf(t, schema).map(tableKey).filter((k) => enumKeys.has(k));
      if (used.length === 0) continue;
      tableKeys.add(tableKey(t));
      for (const k of used) shownEnums.add(k);
    }
  }
  const patches: string[] = [];
  for (const key of [...tableKeys].sort()) {
    const [before, after] = sides.map((schema) => schema.tables.find((t) => tableKey(t) === key));
    const ref = (before ?? after)!;
    patches.push(patch(qualifiedName(ref), before && tableDdl(before, database, dialect),
      after && tableDdl(after, sides[1]!, dialect)));
  }
  for (const key of [...enumKeys].filter((k) => !shownEnums.has(k)).sort()) {
    const [before, after] = sides.map((schema) => schema.enums.find((e) => tableKey(e) === key));
    const ref = (before ?? after);
    if (!ref) continue;
    patches.push(patch(qualifiedName(ref), before && enumDdl(before, dialect), after && enumDdl(after, dialect)));
  }
  return patches.filter((p) => p !== "").join("\n");
}

/** One file's diff; a side that does not exist is /dev/null. "" when the DDL is the same on both sides. */
function patch(name: string, before: string | undefined, after: string | undefined): string {
  if (before === after) return "";
  const text = createTwoFilesPatch(before === undefined ? "/dev/null" : `database/${name}.sql`,
    after === undefined ? "/dev/null" : `models/${name}.sql`, before ?? "", after ?? "");
  // The package starts with a line of "=" (its separator between files); a unified diff starts at "---".
  return text.slice(text.indexOf("---"));
}

/** CREATE TYPE for the enums it uses (where enums are types of their own), CREATE TABLE, its indexes and comments. */
function tableDdl(table: Table, schema: Schema, dialect: Dialect): string {
  const enums = dialect.comparison.enumTypes ? enumsOf(table, schema) : [];
  try {
    return [
      ...enums.flatMap((e) => dialect.compile({ kind: "createEnum", enum: e }, NO_TABLES)),
      ...dialect.compile({ kind: "createTable", table }, NO_TABLES),
    ].map((statement) => terminated(dialect.inline(statement))).join("");
  } catch (error) {
    // A table the compiler cannot write (something hand-made it refuses) must not cost the rest of the report.
    if (!(error instanceof MigrateError)) throw error;
    return `-- ${qualifiedName(table)}: cannot be written as DDL: ${error.message.split("\n")[0]}\n`;
  }
}

function enumDdl(type: EnumType, dialect: Dialect): string {
  return dialect.compile({ kind: "createEnum", enum: type }, NO_TABLES).map((s) => terminated(dialect.inline(s))).join("");
}

function terminated(sql: string): string {
  return `${sql.trimEnd().replace(/;$/, "")};\n`;
}

/** The schema's enum types that the table's columns name, in column order; the table's own schema first. */
function enumsOf(table: Table, schema: Schema): EnumType[] {
  const out: EnumType[] = [];
  for (const column of table.columns) {
    if (column.type.kind !== "enum") continue;
    const name = column.type.name;
    const found = schema.enums.find((e) => e.name === name && e.schema === table.schema)
      ?? schema.enums.find((e) => e.name === name);
    if (found && !out.includes(found)) out.push(found);
  }
  return out;
}
