/**
 * Render: operations to the statements of a revision file's upgrade or
 * downgrade, written with the op API and the DSL builders. A dispatch over
 * every op kind, so an op compare can produce always has a rendering.
 */
import {
  alterModeOf, dispatch, type AlterColumnOp, type DropConstraintOp, type Operation, type OperationHandlers, type TableAlteration,
  type TableRef,
} from "../operations/operation.js";
import type { Column, Table } from "../schema/ir.js";
import { INTEGER_KINDS, type ColumnType } from "../schema/types.js";
import { SourceWriter } from "./render-values.js";
import { dataLossWarning } from "./safety.js";


export interface RenderedBody {
  readonly lines: string[];
  readonly imports: string[];
}

export interface RenderOptions {
  /** `// LOCK:` lines to write above an op (src/autogenerate/lock-comments.ts); none when absent. */
  readonly lockComments?: (op: Operation) => readonly string[];
}

export function renderOperations(ops: readonly Operation[], options: RenderOptions = {}): RenderedBody {
  const w = new SourceWriter();
  const lines: string[] = [];
  for (const op of ops) {
    // A batch's warnings stand next to the ops inside it.
    const warning = op.kind === "batchAlterTable" ? null : dataLossWarning(op);
    if (warning) lines.push(`// WARNING: ${warning}`);
    if (options.lockComments) lines.push(...options.lockComments(op));
    lines.push(...dispatch(renderers(w), op));
  }
  return { lines, imports: [...w.imports].sort() };
}

/** `algorithm: "INPLACE", lock: "NONE"` as the op asks them (MySQL's ALGORITHM= / LOCK=); none when it does not. */
function modeOptions(w: SourceWriter, op: Operation): string[] {
  const mode = alterModeOf(op);
  return [mode.algorithm !== undefined ? `algorithm: ${w.str(mode.algorithm)}` : "", mode.lock !== undefined ? `lock: ${w.str(mode.lock)}` : ""]
    .filter(Boolean);
}

/** Arguments after the table: `{ schema }` when the table is not in the default schema. */
function schemaArg(w: SourceWriter, ref: TableRef): string {
  return ref.schema ? `, { schema: ${w.str(ref.schema)} }` : "";
}

function renderers(w: SourceWriter): OperationHandlers<string[]> {
  const target = (ref: TableRef): string => w.str(ref.name);
  return {
    createTable: (op) => renderTableCall(w, op.table, "await op.createTable(", ";"),
    dropTable: (op) => [`await op.dropTable(${target(op.table)}${schemaArg(w, op.table)});`],
    renameTable: (op) => [`await op.renameTable(${target(op.table)}, ${w.str(op.newName)}${schemaArg(w, op.table)});`],
    ...tableLevel(w, false),
    setTableOptions: (op) => {
      const given = [op.table.schema ? `schema: ${w.str(op.table.schema)}` : "",
        op.existing !== undefined ? `existingOptions: ${w.object(w.tableOptions(op.existing))}` : "", ...modeOptions(w, op)].filter(Boolean);
      return [`await op.setTableOptions(${target(op.table)}, ${w.object(w.tableOptions(op.options))}${given.length ? `, { ${given.join(", ")} }` : ""});`];
    },
    setTableComment: (op) => [`await op.setTableComment(${target(op.table)}, ${op.comment === null ? "null" : w.str(op.comment)}, { ${
      op.table.schema ? `schema: ${w.str(op.table.schema)}, ` : ""}existingComment: ${op.existing == null ? "null" : w.str(op.existing)}${
      modeOptions(w, op).map((m) => `, ${m}`).join("")} });`],
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
    validateConstraint: (op) => [`await op.validateConstraint(${w.str(op.name)}, ${target(op.table)}${schemaArg(w, op.table)});`],
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
    given.push(...modeOptions(w, op));
    if (given.length) all.push(`{ ${given.join(", ")} }`);
    return [`await ${inBatch ? "batch" : "op"}.${method}(${all.join(", ")});`];
  };
  const name = (value: string | null): string => (value === null ? "null" : w.str(value));
  return {
    addColumn: (op) => call(op, "addColumn", 0, [w.str(op.column.name), w.column(op.column, false, op.unique, op.foreignKey)]),
    dropColumn: (op) => call(op, "dropColumn", 0, [w.str(op.name)]),
    // alterColumn's options are the column changes; the schema goes in with them.
    alterColumn: (op) => call(op, "alterColumn", 0, [w.str(op.name)], alterOptions(w, op)),
    createIndex: (op) => call(op, "createIndex", 1, [w.str(op.index.name), w.indexKeys(op.index.columns)],
      [...w.indexOptions(op.index), op.concurrently && "concurrently: true"]),
    dropIndex: (op) => call(op, "dropIndex", 1, [w.str(op.name)], [!inBatch && op.concurrently === true && "concurrently: true"]),
    createUniqueConstraint: (op) => call(op, "createUniqueConstraint", 1, [name(op.unique.name), w.list(op.unique.columns)],
      [...w.deferrableOptions(op.unique.deferrable), op.unique.nullsNotDistinct === true && "nullsNotDistinct: true"]),
    createForeignKey: (op) => {
      const fk = op.foreignKey;
      return call(op, "createForeignKey", 1, [name(fk.name), w.str(fk.refTable), w.list(fk.columns), w.list(fk.refColumns)],
        [...w.foreignKeyOptions(fk), fk.refSchema !== null && `refSchema: ${w.str(fk.refSchema)}`]);
    },
    createCheckConstraint: (op) => call(op, "createCheckConstraint", 1, [name(op.check.name), w.str(op.check.expression)],
      [op.check.notValid === true && "notValid: true"]),
    createPrimaryKey: (op) => call(op, "createPrimaryKey", 1, [name(op.primaryKey.name), w.list(op.primaryKey.columns)],
      w.deferrableOptions(op.primaryKey.deferrable)),
    createConstraint: (op) => call(op, "createExcludeConstraint", 1, [w.str(op.constraint.name),
      w.str(op.constraint.definition.replace(/^EXCLUDE\s+/i, ""))]),
    dropConstraint: (op) => call(op, "dropConstraint", 1, [name(op.name), w.str(op.type)], unnamedSelector(w, op)),
  };
}

/** What finds a constraint that has no name (SQLite): its columns and reference, or its expression. */
function unnamedSelector(w: SourceWriter, op: DropConstraintOp): string[] {
  const d = op.definition;
  if (op.name !== null || d === null) return [];
  switch (d.type) {
    case "unique": return [`columns: ${w.list(d.unique.columns)}`];
    case "foreignkey": {
      const fk = d.foreignKey;
      return [`columns: ${w.list(fk.columns)}`, `refTable: ${w.str(fk.refSchema ? `${fk.refSchema}.${fk.refTable}` : fk.refTable)}`,
        `refColumns: ${w.list(fk.refColumns)}`];
    }
    case "check": return [`expression: ${w.str(d.check.expression)}`];
    case "primary": case "exclude": return [];
  }
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
  const data = (value: unknown): string => (value === null ? "null" : w.value(value));
  for (const key of ["identity", "generated", "collation", "charset", "onUpdate"] as const) {
    if (c[key] !== undefined) parts.push(`${key}: ${data(c[key])}`);
  }
  if (e.type !== undefined) parts.push(`existingType: ${w.type(e.type)}`);
  if (e.nullable !== undefined) parts.push(`existingNullable: ${e.nullable}`);
  if (e.default !== undefined) parts.push(`existingDefault: ${w.defaultValue(e.default)}`);
  if (e.comment !== undefined) parts.push(`existingComment: ${e.comment === null ? "null" : w.str(e.comment)}`);
  // The other attributes' old values only where they are part of the change (or exist), so plain alterations read as before.
  const existingKey = { identity: "existingIdentity", generated: "existingGenerated", collation: "existingCollation",
    charset: "existingCharset", onUpdate: "existingOnUpdate" } as const;
  for (const key of ["identity", "generated", "collation", "charset", "onUpdate"] as const) {
    if (e[key] !== undefined && (c[key] !== undefined || e[key] !== null)) parts.push(`${existingKey[key]}: ${data(e[key])}`);
  }
  if (e.notNullCheck !== undefined && c.nullable === false) parts.push(`existingNotNullCheck: ${w.str(e.notNullCheck)}`);
  // Only an integer column can autoincrement: elsewhere "false" says nothing (and MySQL's MODIFY does not need it).
  const integral = (t: ColumnType | undefined): boolean => t !== undefined && INTEGER_KINDS.has(t.kind);
  if (e.autoIncrement !== undefined && (e.autoIncrement || integral(c.type ?? e.type) || integral(e.type))) {
    parts.push(`existingAutoIncrement: ${e.autoIncrement}`);
  }
  return parts;
}

/**
 * A table as the arguments of `op.createTable(...)` or of `table(...)` in a
 * models module (the same arguments): `opening` is what precedes the name.
 */
export function renderTableCall(w: SourceWriter, table: Table, opening: string, end: string): string[] {
  const pk = table.primaryKey;
  const inlinePk = pk !== null && pk.name === null && pk.columns.length === 1 && pk.deferrable === undefined ? pk.columns[0]! : null;
  // A nullable column of a composite key (SQLite allows it) says so: key columns are otherwise NOT NULL.
  const nullableKey = (c: Column): string => (c.nullable && c.name !== inlinePk && pk?.columns.includes(c.name) ? ".nullable()" : "");
  const columns = table.columns.map((c) => `  ${w.key(c.name)}: ${w.column(c, c.name === inlinePk)}${nullableKey(c)},`);
  const extras: string[] = [];
  if (pk && inlinePk === null) {
    const o = w.deferrableOptions(pk.deferrable);
    extras.push(`${w.use("primaryKey")}(${pk.name === null ? "null" : w.str(pk.name)}, ${w.list(pk.columns)}${o.length ? `, { ${o.join(", ")} }` : ""})`);
  }
  const tail = (entries: readonly string[]): string => (entries.length ? `, { ${entries.join(", ")} }` : "");
  for (const u of table.uniques) {
    const o = [...w.deferrableOptions(u.deferrable), ...(u.nullsNotDistinct ? ["nullsNotDistinct: true"] : [])];
    extras.push(`${w.use("unique")}(${u.name === null ? "null" : w.str(u.name)}, ${w.list(u.columns)}${tail(o)})`);
  }
  for (const fk of table.foreignKeys) {
    const ref = fk.refSchema ? `${fk.refSchema}.${fk.refTable}` : fk.refTable;
    extras.push(`${w.use("foreignKey")}(${fk.name === null ? "null" : w.str(fk.name)}, ${w.list(fk.columns)}, ${w.str(ref)}, ${
      w.list(fk.refColumns)}${tail(w.foreignKeyOptions(fk))})`);
  }
  for (const c of table.checks) {
    extras.push(`${w.use("check")}(${c.name === null ? "null" : w.str(c.name)}, ${w.str(c.expression)}${tail(c.notValid ? ["notValid: true"] : [])})`);
  }
  for (const c of table.constraints ?? []) {
    extras.push(/^EXCLUDE\s/i.test(c.definition)
      ? `${w.use("exclude")}(${w.str(c.name)}, ${w.str(c.definition.replace(/^EXCLUDE\s+/i, ""))})`
      : `${w.use("constraint")}(${w.str(c.name)}, ${w.str(c.definition)})`);
  }
  for (const i of table.indexes) {
    extras.push(`${w.use("index")}(${w.str(i.name)}, ${w.indexKeys(i.columns)}${tail(w.indexOptions(i))})`);
  }
  const options = [table.schema ? `schema: ${w.str(table.schema)}` : "", table.comment !== null ? `comment: ${w.str(table.comment)}` : "",
    ...w.tableOptions(table.options)].filter(Boolean);
  const optionText = options.length ? `, { ${options.join(", ")} }` : "";
  if (extras.length === 0) {
    return [`${opening}${w.str(table.name)}, {`, ...columns, `}${options.length ? `, []${optionText}` : ""})${end}`];
  }
  return [`${opening}${w.str(table.name)}, {`, ...columns, "}, [", ...extras.map((e) => `  ${e},`), `]${optionText})${end}`];
}
