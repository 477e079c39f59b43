/**
 * The reverse of each operation, as Alembic's `reverse()`: what undoes it.
 * Drops are reversible only when they carry the definition they removed;
 * raw SQL and data inserts have no mechanical reverse.
 */
import { UnsupportedOperationError } from "../errors.js";
import { describeOperation } from "./describe.js";
import { dispatch, type Operation, type OperationHandlers } from "./operation.js";

const reversers: OperationHandlers<Operation | null> = {
  createTable: (op) => ({ kind: "dropTable", table: { name: op.table.name, schema: op.table.schema }, definition: op.table }),
  dropTable: (op) => (op.definition ? { kind: "createTable", table: op.definition } : null),
  renameTable: (op) => ({ kind: "renameTable", table: { name: op.newName, schema: op.table.schema }, newName: op.table.name }),
  addColumn: (op) => ({ kind: "dropColumn", table: op.table, name: op.column.name, definition: op.column }),
  dropColumn: (op) => (op.definition
    ? { kind: "addColumn", table: op.table, column: op.definition, unique: null, foreignKey: null }
    : null),
  createIndex: (op) => ({ kind: "dropIndex", table: op.table, name: op.index.name, definition: op.index }),
  dropIndex: (op) => (op.definition
    ? { kind: "createIndex", table: op.table, index: op.definition, concurrently: false }
    : null),
  execute: () => null,
  bulkInsert: () => null,
};

export function reverseOperation(op: Operation): Operation {
  const reversed = dispatch(reversers, op);
  if (reversed === null) {
    throw new UnsupportedOperationError(`${describeOperation(op)} cannot be reversed automatically`);
  }
  return reversed;
}
