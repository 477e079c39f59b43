/**
 * Render: operations to the statements of a revision file's upgrade or
 * downgrade, written with the op API and the DSL builders. A dispatch over
 * every op kind, so an op compare can produce always has a rendering.
 */
import {
  dispatch, type AlterColumnOp, type Operation, type OperationHandlers, type TableAlteration,
  type TableRef,
} from "../operations/operation.js";
import type { Table } from "../schema/ir.js";
import type { ColumnType } from "../schema/types.js";
import { SourceWriter } from "./render-values.js";
import { dataLossWarning } from "./safety.js";

const INTEGER_KINDS: ReadonlySet<ColumnType["kind"]> = new Set(["integer", "bigint", "smallint"]);

export interface RenderedBody {
  readonly lines: string[];
  readonly imports: string[];
}

export function renderOperations(ops: readonly Operation[]): RenderedBody {
  const w = new SourceWriter();
  const lines: string[] = [];
  for (const op of ops) {
    // A batch's warnings stand next to the ops inside it.
    const warning = op.kind === "batchAlterTable" ? null : dataLossWarning(op);
    if (warning) lines.push(`// WARNING: ${warning}`);
    lines.push(...dispatch(renderers(w), op));
  }
  return { lines, imports: [...w.imports].sort() };
}

/** Arguments after the table: `{ schema }` when the table is not in the default schema. */
function schemaArg(w: SourceWriter, ref: TableRef): string {
  return ref.schema ? `, { schema: ${w.str(ref.schema)} }` : "";
}

function renderers(w: SourceWriter): OperationHandlers<string[]> {
  const target = (ref: TableRef): string => w.str(ref.name);
  return {
    createTable: (op) => renderCreateTable(w, op.table),
    dropTable: (op) => [`await op.dropTable(${target(op.table)}${schemaArg(w, op.table)});`],
    renameTable: (op) => [`await op.renameTable(${target(op.table)}, ${w.str(op.newName)}${schemaArg(w, op.table)});`],
    ...tableLevel(w, false),
    setTableComment: (op) => [`await op.setTableComment(${target(op.table)}, ${op.comment === null ? "null" : w.str(op.comment)}, { ${
      op.table.schema ? `schema: ${w.str(op.table.schema)}, ` : ""}existingComment: ${op.existing == null ? "null" : w.str(op.existing)} });`],
    createEnum: (op) => [`await op.createEnum(${w.str(op.enum.name)}, ${w.list(op.enum.values)}${op.enum.schema ? `, { schema: ${w.str(op.enum.schema)} }` : ""});`],
    dropEnum: (op) => [`await op.dropEnum(${w.str(op.name)}${op.schema ? `, { schema: ${w.str(op.schema)} }` : ""});`],
    addEnumValue: (op) => {
      const where = [op.schema ? `schema: ${w.str(op.schema)}` : "", op.before ? `before: ${w.str(op.before)}` : "",
        op.after ? `after: ${w.str(op.after)}` : ""].filter(Boolean);
      return [`await op.addEnumValue(${w.str(op.name)}, ${w.str(op.value)}${where.length ? `, { ${where.join(", ")} }` : ""});`];
    },
    dropEnumValue: (op) => [`await op.dropEnumValue(${w.str(op.name)}, ${w.str(op.value)}${op.schema ? `, { schema: ${w.str(op.schema)} }` : ""});`],
    batchAlterTable: (op) => {
      const body = tableLevel(w, true);
      const inner = op.ops.flatMap((sub) => {
        const warning = dataLossWarning(sub);
        return [...(warning ? [`// WARNING: ${warning}`] : []), ...dispatch(body as OperationHandlers<string[]>, sub as Operation)];
      });
      const options = [op.table.schema ? `schema: ${w.str(op.table.schema)}` : "", op.recreate !== "auto" ? `recreate: ${w.str(op.recreate)}` : ""]
        .filter(Boolean);
      return [`await op.batchAlterTable(${target(op.table)}, async (batch) => {`, ...inner.map((l) => `  ${l}`),
        `}${options.length ? `, { ${options.join(", ")} }` : ""});`];
    },
    execute: (op) => [`await op.execute(${w.str(op.sql)}${op.params.length ? `, ${w.value(op.params)}` : ""});`],
    bulkInsert: (op) => [`await op.bulkInsert(${target(op.table)}, ${w.value(op.rows)}${schemaArg(w, op.table)});`],
  };
}

type TableLevelHandlers = { readonly [K in TableAlteration["kind"]]: (op: Extract<TableAlteration, { kind: K }>) => string[] };

/**
 * Table-level ops, shared by `op.x(...)` and `batch.x(...)`. The op API puts
 * the table first for column ops (`addColumn(table, name, ...)`) and second
 * for named objects (`createIndex(name, table, ...)`); a batch has no table
 * argument. The table's schema, if any, joins the trailing options object.
 */
function tableLevel(w: SourceWriter, inBatch: boolean): TableLevelHandlers {
  const call = (op: TableAlteration, method: string, tableAt: 0 | 1, args: string[], options: (string | false | null)[] = []): string[] => {
    const all = [...args];
    const given = options.filter((o): o is string => Boolean(o));
    if (!inBatch) {
      all.splice(tableAt, 0, w.str(op.table.name));
      if (op.table.schema) given.push(`schema: ${w.str(op.table.schema)}`);
    }
    if (given.length) all.push(`{ ${given.join(", ")} }`);
    return [`await ${inBatch ? "batch" : "op"}.${method}(${all.join(", ")});`];
  };
  const name = (value: string | null): string => (value === null ? "null" : w.str(value));
  return {
    addColumn: (op) => call(op, "addColumn", 0, [w.str(op.column.name), w.column(op.column, false, op.unique, op.foreignKey)]),
    dropColumn: (op) => call(op, "dropColumn", 0, [w.str(op.name)]),
    // alterColumn's options are the column changes; the schema goes in with them.
    alterColumn: (op) => call(op, "alterColumn", 0, [w.str(op.name)], alterOptions(w, op)),
    createIndex: (op) => call(op, "createIndex", 1, [w.str(op.index.name), w.list(op.index.columns)],
      [op.index.unique && "unique: true", op.index.where !== null && `where: ${w.str(op.index.where)}`]),
    dropIndex: (op) => call(op, "dropIndex", 1, [w.str(op.name)]),
    createUniqueConstraint: (op) => call(op, "createUniqueConstraint", 1, [name(op.unique.name), w.list(op.unique.columns)]),
    createForeignKey: (op) => {
      const fk = op.foreignKey;
      return call(op, "createForeignKey", 1, [name(fk.name), w.str(fk.refTable), w.list(fk.columns), w.list(fk.refColumns)],
        [fk.onDelete && `onDelete: ${w.str(fk.onDelete)}`, fk.onUpdate && `onUpdate: ${w.str(fk.onUpdate)}`,
          fk.refSchema !== null && `refSchema: ${w.str(fk.refSchema)}`]);
    },
    createCheckConstraint: (op) => call(op, "createCheckConstraint", 1, [name(op.check.name), w.str(op.check.expression)]),
    createPrimaryKey: (op) => call(op, "createPrimaryKey", 1, [name(op.primaryKey.name), w.list(op.primaryKey.columns)]),
    dropConstraint: (op) => call(op, "dropConstraint", 1, [name(op.name), w.str(op.type)]),
  };
}

function alterOptions(w: SourceWriter, op: AlterColumnOp): string[] {
  const parts: string[] = [];
  const c = op.changes;
  const e = op.existing;
  if (c.type !== undefined) parts.push(`type: ${w.type(c.type)}`);
  if (c.nullable !== undefined) parts.push(`nullable: ${c.nullable}`);
  if (c.default !== undefined) parts.push(`default: ${w.defaultValue(c.default)}`);
  if (c.newName !== undefined) parts.push(`newName: ${w.str(c.newName)}`);
  if (c.comment !== undefined) parts.push(`comment: ${c.comment === null ? "null" : w.str(c.comment)}`);
  if (c.autoIncrement !== undefined) parts.push(`autoIncrement: ${c.autoIncrement}`);
  if (e.type !== undefined) parts.push(`existingType: ${w.type(e.type)}`);
  if (e.nullable !== undefined) parts.push(`existingNullable: ${e.nullable}`);
  if (e.default !== undefined) parts.push(`existingDefault: ${w.defaultValue(e.default)}`);
  if (e.comment !== undefined) parts.push(`existingComment: ${e.comment === null ? "null" : w.str(e.comment)}`);
  // Only an integer column can autoincrement: elsewhere "false" says nothing (and MySQL's MODIFY does not need it).
  const integral = (t: ColumnType | undefined): boolean => t !== undefined && INTEGER_KINDS.has(t.kind);
  if (e.autoIncrement !== undefined && (e.autoIncrement || integral(c.type ?? e.type) || integral(e.type))) {
    parts.push(`existingAutoIncrement: ${e.autoIncrement}`);
  }
  return parts;
}

function renderCreateTable(w: SourceWriter, table: Table): string[] {
  const pk = table.primaryKey;
  const inlinePk = pk !== null && pk.name === null && pk.columns.length === 1 ? pk.columns[0]! : null;
  const columns = table.columns.map((c) => `  ${w.key(c.name)}: ${w.column(c, c.name === inlinePk)},`);
  const extras: string[] = [];
  if (pk && inlinePk === null) extras.push(`${w.use("primaryKey")}(${pk.name === null ? "null" : w.str(pk.name)}, ${w.list(pk.columns)})`);
  for (const u of table.uniques) extras.push(`${w.use("unique")}(${u.name === null ? "null" : w.str(u.name)}, ${w.list(u.columns)})`);
  for (const fk of table.foreignKeys) {
    const ref = fk.refSchema ? `${fk.refSchema}.${fk.refTable}` : fk.refTable;
    const actions = [fk.onDelete && `onDelete: ${w.str(fk.onDelete)}`, fk.onUpdate && `onUpdate: ${w.str(fk.onUpdate)}`].filter(Boolean);
    extras.push(`${w.use("foreignKey")}(${fk.name === null ? "null" : w.str(fk.name)}, ${w.list(fk.columns)}, ${w.str(ref)}, ${
      w.list(fk.refColumns)}${actions.length ? `, { ${actions.join(", ")} }` : ""})`);
  }
  for (const c of table.checks) extras.push(`${w.use("check")}(${c.name === null ? "null" : w.str(c.name)}, ${w.str(c.expression)})`);
  for (const i of table.indexes) {
    const o = [i.unique && "unique: true", i.where !== null && `where: ${w.str(i.where)}`].filter(Boolean);
    extras.push(`${w.use("index")}(${w.str(i.name)}, ${w.list(i.columns)}${o.length ? `, { ${o.join(", ")} }` : ""})`);
  }
  const options = [table.schema ? `schema: ${w.str(table.schema)}` : "", table.comment !== null ? `comment: ${w.str(table.comment)}` : ""]
    .filter(Boolean);
  const optionText = options.length ? `, { ${options.join(", ")} }` : "";
  if (extras.length === 0) {
    return [`await op.createTable(${w.str(table.name)}, {`, ...columns, `}${options.length ? `, []${optionText}` : ""});`];
  }
  return [`await op.createTable(${w.str(table.name)}, {`, ...columns, "}, [", ...extras.map((e) => `  ${e},`), `]${optionText});`];
}
