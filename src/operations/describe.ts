/** One-line descriptions of operations, for progress output and error messages. */
import { dispatch, qualifiedName, type Operation, type OperationHandlers } from "./operation.js";

const enumName = (op: { name: string; schema: string | null }): string => qualifiedName(op);

const describers: OperationHandlers<string> = {
  createTable: (op) => `createTable ${qualifiedName({ name: op.table.name, schema: op.table.schema })}`,
  dropTable: (op) => `dropTable ${qualifiedName(op.table)}`,
  renameTable: (op) => `renameTable ${qualifiedName(op.table)} -> ${op.newName}`,
  addColumn: (op) => `addColumn ${qualifiedName(op.table)}.${op.column.name}`,
  dropColumn: (op) => `dropColumn ${qualifiedName(op.table)}.${op.name}`,
  alterColumn: (op) => `alterColumn ${qualifiedName(op.table)}.${op.name} (${Object.keys(op.changes).join(", ")})`,
  createIndex: (op) => `createIndex ${op.index.name} on ${qualifiedName(op.table)}`,
  dropIndex: (op) => `dropIndex ${op.name}`,
  validateConstraint: (op) => `validateConstraint ${op.name} on ${qualifiedName(op.table)}`,
  createUniqueConstraint: (op) => `createUniqueConstraint ${op.unique.name ?? "(unnamed)"} on ${qualifiedName(op.table)}`,
  createForeignKey: (op) => `createForeignKey ${op.foreignKey.name ?? "(unnamed)"} on ${qualifiedName(op.table)}`,
  createCheckConstraint: (op) => `createCheckConstraint ${op.check.name ?? "(unnamed)"} on ${qualifiedName(op.table)}`,
  createPrimaryKey: (op) => `createPrimaryKey ${op.primaryKey.name ?? "(unnamed)"} on ${qualifiedName(op.table)}`,
  createConstraint: (op) => `createExcludeConstraint ${op.constraint.name} on ${qualifiedName(op.table)}`,
  dropConstraint: (op) => `dropConstraint ${op.name ?? "(unnamed)"} (${op.type}) on ${qualifiedName(op.table)}`,
  setTableComment: (op) => `setTableComment ${qualifiedName(op.table)}`,
  setTableOptions: (op) => `setTableOptions ${qualifiedName(op.table)} (${Object.keys(op.options).join(", ") || "defaults"})`,
  createEnum: (op) => `createEnum ${enumName(op.enum)}`,
  dropEnum: (op) => `dropEnum ${enumName(op)}`,
  addEnumValue: (op) => `addEnumValue ${enumName(op)} ${JSON.stringify(op.value)}`,
  dropEnumValue: (op) => `dropEnumValue ${enumName(op)} ${JSON.stringify(op.value)}`,
  batchAlterTable: (op) => `batchAlterTable ${qualifiedName(op.table)} (${op.ops.map((sub) => sub.kind).join(", ")})`,
  execute: (op) => `execute ${abbreviate(op.sql)}`,
  bulkInsert: (op) => `bulkInsert ${qualifiedName(op.table)} (${op.rows.length} rows)`,
};

export function describeOperation(op: Operation): string {
  return dispatch(describers, op);
}

function abbreviate(sqlText: string): string {
  const flat = sqlText.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > 60 ? `${flat.slice(0, 57)}...` : flat);
}
