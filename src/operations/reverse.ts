/**
 * The reverse of each operation, as Alembic's `reverse()`: what undoes it.
 * A drop or alter is reversible only when it carries what it removed or
 * replaced; raw SQL and data inserts have no mechanical reverse.
 */
import { UnsupportedOperationError } from "../errors.js";
import { describeOperation } from "./describe.js";
import {
  alterModeOf, COLUMN_ATTRIBUTES, dispatch, isModal, type AlterColumnOp, type ColumnChanges, type ConstraintDefinition, type ExistingColumn, type Operation,
  type OperationHandlers, type TableAlteration, type TableRef,
} from "./operation.js";

const reversers: OperationHandlers<Operation | null> = {
  createTable: (op) => ({ kind: "dropTable", table: { name: op.table.name, schema: op.table.schema }, definition: op.table }),
  dropTable: (op) => (op.definition ? { kind: "createTable", table: op.definition } : null),
  renameTable: (op) => ({ kind: "renameTable", table: { name: op.newName, schema: op.table.schema }, newName: op.table.name }),
  addColumn: (op) => ({ kind: "dropColumn", table: op.table, name: op.column.name, definition: op.column }),
  dropColumn: (op) => (op.definition
    ? { kind: "addColumn", table: op.table, column: op.definition, unique: null, foreignKey: null }
    : null),
  alterColumn: reverseAlterColumn,
  createIndex: (op) => ({ kind: "dropIndex", table: op.table, name: op.index.name, definition: op.index,
    ...(op.concurrently ? { concurrently: true } : {}) }),
  dropIndex: (op) => (op.definition
    ? { kind: "createIndex", table: op.table, index: op.definition, concurrently: op.concurrently === true }
    : null),
  createUniqueConstraint: (op) => dropOf(op.table, op.unique.name, { type: "unique", unique: op.unique }),
  createForeignKey: (op) => dropOf(op.table, op.foreignKey.name, { type: "foreignkey", foreignKey: op.foreignKey }),
  createCheckConstraint: (op) => dropOf(op.table, op.check.name, { type: "check", check: op.check }),
  createPrimaryKey: (op) => dropOf(op.table, op.primaryKey.name, { type: "primary", primaryKey: op.primaryKey }),
  createConstraint: (op) => dropOf(op.table, op.constraint.name, { type: "exclude", constraint: op.constraint }),
  dropConstraint: (op) => (op.definition ? createOf(op.table, op.definition) : null),
  setTableComment: (op) => (op.existing === undefined ? null
    : { kind: "setTableComment", table: op.table, comment: op.existing, existing: op.comment }),
  setTableOptions: (op) => (op.existing === undefined ? null
    : { kind: "setTableOptions", table: op.table, options: op.existing, existing: op.options }),
  createEnum: (op) => ({ kind: "dropEnum", name: op.enum.name, schema: op.enum.schema, definition: op.enum }),
  dropEnum: (op) => (op.definition ? { kind: "createEnum", enum: op.definition } : null),
  addEnumValue: (op) => ({ kind: "dropEnumValue", name: op.name, schema: op.schema, value: op.value }),
  // Where the value stood is not recorded, so putting it back is not mechanical.
  dropEnumValue: () => null,
  batchAlterTable: (op) => {
    const reversed = [...op.ops].reverse().map((sub) => reversedWithMode(sub));
    if (reversed.some((sub) => sub === null)) return null;
    return { kind: "batchAlterTable", table: op.table, ops: reversed as TableAlteration[], recreate: op.recreate };
  },
  // A validated constraint cannot be made NOT VALID again (PostgreSQL has no statement for it), and need not be:
  // the reverse of the step that added the constraint drops it. Validating it again is what undoes nothing and
  // still holds everywhere: a no-op on a valid constraint (PostgreSQL takes its lock and skips the scan).
  validateConstraint: (op) => op,
  execute: () => null,
  bulkInsert: () => null,
};

function dropOf(table: TableRef, name: string | null, definition: ConstraintDefinition): Operation {
  return { kind: "dropConstraint", table, name, type: definition.type, definition };
}

function createOf(table: TableRef, definition: ConstraintDefinition): Operation {
  switch (definition.type) {
    case "unique": return { kind: "createUniqueConstraint", table, unique: definition.unique };
    case "foreignkey": return { kind: "createForeignKey", table, foreignKey: definition.foreignKey };
    case "check": return { kind: "createCheckConstraint", table, check: definition.check };
    case "primary": return { kind: "createPrimaryKey", table, primaryKey: definition.primaryKey };
    case "exclude": return { kind: "createConstraint", table, constraint: definition.constraint };
  }
}

/** Swaps each change with the existing value it replaced; unknown existing values make it irreversible. */
function reverseAlterColumn(op: AlterColumnOp): Operation | null {
  const changes: { -readonly [K in keyof ColumnChanges]: ColumnChanges[K] } = {};
  const existing: { -readonly [K in keyof ExistingColumn]: ExistingColumn[K] } = { ...op.existing };
  for (const key of COLUMN_ATTRIBUTES) {
    if (!(key in op.changes)) continue;
    if (op.existing[key] === undefined) return null;
    (changes as Record<string, unknown>)[key] = op.existing[key];
    (existing as Record<string, unknown>)[key] = op.changes[key];
  }
  const name = op.changes.newName ?? op.name;
  if (op.changes.newName !== undefined) changes.newName = op.name;
  return { kind: "alterColumn", table: op.table, name, changes, existing };
}

/**
 * The reverse runs the way the op was asked to (ALGORITHM= / LOCK=): a change that had to leave writes alone
 * must leave them alone on the way back too, and the server refuses where it cannot.
 */
function reversedWithMode(op: Operation): Operation | null {
  const reversed = dispatch(reversers, op);
  const mode = alterModeOf(op);
  if (reversed === null || !isModal(reversed) || Object.keys(mode).length === 0) return reversed;
  return { ...reversed, ...mode };
}

export function reverseOperation(op: Operation): Operation {
  const reversed = reversedWithMode(op);
  if (reversed === null) {
    throw new UnsupportedOperationError(`${describeOperation(op)} cannot be reversed automatically`);
  }
  return reversed;
}
