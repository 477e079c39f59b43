/** One-line descriptions of operations, for progress output and error messages. */
import { dispatch, qualifiedName, type Operation, type OperationHandlers } from "./operation.js";

const describers: OperationHandlers<string> = {
  createTable: (op) => `createTable ${qualifiedName({ name: op.table.name, schema: op.table.schema })}`,
  dropTable: (op) => `dropTable ${qualifiedName(op.table)}`,
  renameTable: (op) => `renameTable ${qualifiedName(op.table)} -> ${op.newName}`,
  addColumn: (op) => `addColumn ${qualifiedName(op.table)}.${op.column.name}`,
  dropColumn: (op) => `dropColumn ${qualifiedName(op.table)}.${op.name}`,
  createIndex: (op) => `createIndex ${op.index.name} on ${qualifiedName(op.table)}`,
  dropIndex: (op) => `dropIndex ${op.name}`,
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
