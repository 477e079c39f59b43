/**
 * The schema an offline run (`--sql`) has built so far, op by op, so that a
 * dialect that needs a table's current definition (SQLite rebuilds, MySQL
 * MODIFY) can have it without a database. Starting from base, every table
 * comes from a createTable of the run; a range that starts elsewhere, or
 * raw DDL through op.execute, makes definitions unknown, and asking for
 * one is then a clear error rather than a guess.
 */
import type { TableState } from "../dialects/dialect.js";
import { UnsupportedOperationError } from "../errors.js";
import { applyOperation } from "../operations/apply.js";
import { qualifiedName, type Operation, type TableRef } from "../operations/operation.js";
import type { Schema } from "../schema/ir.js";

/** SQL that only reads or changes rows, never definitions. */
export const DATA_ONLY = /^\s*(insert|update|delete|select|with|values|merge|copy|set|analyze|vacuum)\b/i;

/** One statement that only changes or reads rows, which no engine commits implicitly (no `;`: never several). */
const ROWS_ONLY = /^\s*(insert|update|delete|replace|select)\b[^;]*;?\s*$/i;

/**
 * Ops that run inside a transaction even where DDL commits at once (MySQL): inserted rows, and op.execute of
 * one data-changing statement. A revision made only of these is applied with its bookkeeping as one transaction.
 */
export function changesRowsOnly(op: Operation): boolean {
  return op.kind === "bulkInsert" || (op.kind === "execute" && ROWS_ONLY.test(op.sql));
}

export class SchemaTracker {
  private unknownReason: string | null;

  /** `start`: the schema the ops apply to (autogenerate checks its revision from the database as read). */
  constructor(startsAtBase: boolean, private schema: Schema = { tables: [], enums: [] }) {
    this.unknownReason = startsAtBase ? null : "the SQL range does not start at base";
  }

  apply(op: Operation): void {
    if (op.kind === "execute" && !DATA_ONLY.test(op.sql)) {
      this.unknownReason = "an earlier op.execute() may have changed table definitions";
    }
    this.schema = applyOperation(this.schema, op);
  }

  table(ref: TableRef): TableState {
    const found = this.schema.tables.find((t) => t.name === ref.name && t.schema === ref.schema);
    if (!found || this.unknownReason !== null) {
      const why = this.unknownReason ?? `no op of this run created table ${qualifiedName(ref)}`;
      throw new UnsupportedOperationError(
        `offline (--sql) SQL for this op needs the current definition of table ${qualifiedName(ref)}, ` +
        `which is not known: ${why}; run it online, or (MySQL) give the existing* hints of alterColumn`);
    }
    return { table: found, triggers: [] };
  }
}
