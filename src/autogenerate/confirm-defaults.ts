/**
 * Server defaults whose text differs but may mean the same (`now()` and
 * CURRENT_TIMESTAMP, `'0'` and `0.00`): the dialect asks the database, and
 * the default changes it confirms as equal are taken out of the ops.
 */
import type { Comparison, DefaultQuestion } from "../dialects/comparison.js";
import type { QueryFn } from "../dialects/dialect.js";
import type { AlterColumnOp, Operation, TableAlteration } from "../operations/operation.js";
import type { Column } from "../schema/ir.js";
import type { Schema } from "../schema/ir.js";

export async function confirmDefaultChanges(
  ops: readonly Operation[], models: Schema, comparison: Comparison, query: QueryFn,
): Promise<Operation[]> {
  const ask = comparison.sameDefaultsInDatabase;
  if (!ask) return [...ops];
  const questions: DefaultQuestion[] = [];
  const asked: AlterColumnOp[] = [];
  for (const op of alterColumns(ops)) {
    const before = op.existing.default;
    const after = op.changes.default;
    const column = modelColumn(models, op);
    if (before && after && column) {
      questions.push({ column, database: before, model: after });
      asked.push(op);
    }
  }
  if (questions.length === 0) return [...ops];
  const answers = await ask(query, questions);
  const same = new Set(asked.filter((_op, i) => answers[i]));
  return ops.flatMap((op) => strip(op, same));
}

function* alterColumns(ops: readonly Operation[]): Generator<AlterColumnOp> {
  for (const op of ops) {
    if (op.kind === "alterColumn") yield op;
    if (op.kind === "batchAlterTable") for (const sub of op.ops) if (sub.kind === "alterColumn") yield sub;
  }
}

function modelColumn(models: Schema, op: AlterColumnOp): Column | undefined {
  return models.tables.find((t) => t.name === op.table.name && t.schema === op.table.schema)
    ?.columns.find((c) => c.name === op.name);
}

function strip<T extends Operation | TableAlteration>(op: T, same: ReadonlySet<AlterColumnOp>): T[] {
  if (op.kind === "batchAlterTable") {
    const inner = op.ops.flatMap((sub) => strip(sub, same));
    return inner.length === 0 ? [] : [{ ...op, ops: inner } as T];
  }
  if (op.kind !== "alterColumn" || !same.has(op)) return [op];
  const { default: _same, ...changes } = op.changes;
  return Object.keys(changes).length === 0 ? [] : [{ ...op, changes } as T];
}
