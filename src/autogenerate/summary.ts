/** One line per detected change, for people: `+ table users`, `~ column posts.title (nullable)`, `- index ix_old`. */
import { dispatch, qualifiedName, type Operation, type OperationHandlers } from "../operations/operation.js";
import { tableRole } from "./safety.js";

export interface ChangeLine {
  readonly sign: "+" | "-" | "~";
  readonly text: string;
}

const t = qualifiedName;

function lines(op: Operation): ChangeLine[] {
  return dispatch(summarisers, op);
}

const summarisers: OperationHandlers<ChangeLine[]> = {
  createTable: (op) => [{ sign: "+", text: `table ${t({ name: op.table.name, schema: op.table.schema })}${tableRole(op.table)}` }],
  dropTable: (op) => [{ sign: "-", text: `table ${t(op.table)}${tableRole(op.definition)}` }],
  renameTable: (op) => [{ sign: "~", text: `table ${t(op.table)} renamed to ${op.newName}` }],
  addColumn: (op) => [{ sign: "+", text: `column ${t(op.table)}.${op.column.name}` }],
  dropColumn: (op) => [{ sign: "-", text: `column ${t(op.table)}.${op.name}` }],
  alterColumn: (op) => [{ sign: "~", text: `column ${t(op.table)}.${op.name} (${Object.keys(op.changes).map((k) => (k === "newName" ? `renamed to ${op.changes.newName}` : k)).join(", ")})` }],
  createIndex: (op) => [{ sign: "+", text: `index ${op.index.name} on ${t(op.table)}` }],
  dropIndex: (op) => [{ sign: "-", text: `index ${op.name} on ${t(op.table)}` }],
  createUniqueConstraint: (op) => [{ sign: "+", text: `unique ${op.unique.name ?? `(${op.unique.columns.join(", ")})`} on ${t(op.table)}` }],
  createForeignKey: (op) => [{ sign: "+", text: `foreign key ${op.foreignKey.name ?? `(${op.foreignKey.columns.join(", ")})`} on ${t(op.table)}` }],
  createCheckConstraint: (op) => [{ sign: "+", text: `check ${op.check.name ?? op.check.expression} on ${t(op.table)}` }],
  createConstraint: (op) => [{ sign: "+", text: `constraint ${op.constraint.name} on ${t(op.table)}` }],
  createPrimaryKey: (op) => [{ sign: "+", text: `primary key (${op.primaryKey.columns.join(", ")}) on ${t(op.table)}` }],
  dropConstraint: (op) => [{ sign: "-", text: `${op.type === "foreignkey" ? "foreign key" : op.type === "primary" ? "primary key" : op.type} ${op.name ?? ""} on ${t(op.table)}`.replace("  ", " ") }],
  setTableComment: (op) => [{ sign: "~", text: `table ${t(op.table)} (comment)` }],
  setTableOptions: (op) => [{ sign: "~", text: `table ${t(op.table)} (options: ${optionChanges(op.existing, op.options).join(", ")})` }],
  createEnum: (op) => [{ sign: "+", text: `enum ${op.enum.name}` }],
  dropEnum: (op) => [{ sign: "-", text: `enum ${op.name}` }],
  addEnumValue: (op) => [{ sign: "+", text: `enum value ${op.name}.${op.value}` }],
  dropEnumValue: (op) => [{ sign: "-", text: `enum value ${op.name}.${op.value}` }],
  batchAlterTable: (op) => op.ops.flatMap(lines),
  validateConstraint: (op) => [{ sign: "~", text: `constraint ${op.name} on ${t(op.table)} (validated)` }],
  execute: () => [{ sign: "~", text: "SQL" }],
  bulkInsert: (op) => [{ sign: "+", text: `${op.rows.length} rows in ${t(op.table)}` }],
};

/** The names of the table options that differ. */
function optionChanges(before: object | undefined, after: object): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}

export function summarise(ops: readonly Operation[]): ChangeLine[] {
  return ops.flatMap(lines);
}
