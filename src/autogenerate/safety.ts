/**
 * Which operations can lose data, so the generated file says so where the
 * user will read it before running it.
 */
import { qualifiedName, type Operation } from "../operations/operation.js";
import type { Table } from "../schema/ir.js";
import type { ColumnType } from "../schema/types.js";

export function dataLossWarning(op: Operation): string | null {
  switch (op.kind) {
    case "dropTable": {
      const options = op.definition?.options;
      if (options?.partitionOf) return `drops partition ${qualifiedName(op.table)}${tableRole(op.definition)} and all its rows`;
      if (options?.partitionBy) return `drops partitioned table ${qualifiedName(op.table)}${tableRole(op.definition)}, its partitions and all their rows`;
      return `drops table ${qualifiedName(op.table)}${tableRole(op.definition)} and all its rows`;
    }
    case "dropColumn":
      return `drops column ${qualifiedName(op.table)}.${op.name} and its data`;
    case "addColumn":
      return !op.column.nullable && op.column.default === null && !op.column.autoIncrement
        ? `adds ${qualifiedName(op.table)}.${op.column.name} NOT NULL with no default: this fails if the table has rows; give it a default or fill it in steps`
        : null;
    case "alterColumn": {
      const notes: string[] = [];
      if (op.changes.type && op.existing.type && narrows(op.existing.type, op.changes.type)) {
        notes.push(`changes ${qualifiedName(op.table)}.${op.name} to a type that may not hold every existing value`);
      }
      if (op.changes.nullable === false && op.existing.nullable !== false && (op.changes.default ?? op.existing.default ?? null) === null) {
        notes.push(`makes ${qualifiedName(op.table)}.${op.name} NOT NULL with no default: existing NULLs make this fail; fill them first`);
      }
      return notes.length ? notes.join("; ") : null;
    }
    case "batchAlterTable": {
      const notes = op.ops.map((sub) => dataLossWarning(sub)).filter((n): n is string => n !== null);
      return notes.length ? notes.join("; ") : null;
    }
    case "dropEnumValue":
      return `removes value ${JSON.stringify(op.value)} from enum ${op.name}: rows holding it make this fail`;
    default:
      return null;
  }
}

/** " (partition of logs)", " (partitioned by RANGE (at))", " (inherits base)": what a table is besides a table; "" for a plain one. */
export function tableRole(table: Table | null | undefined): string {
  const options = table?.options;
  if (!options) return "";
  if (options.partitionOf) {
    const p = options.partitionOf;
    return ` (partition of ${p.parentSchema ? `${p.parentSchema}.` : ""}${p.parent} ${p.bound})`;
  }
  const parts: string[] = [];
  if (options.partitionBy) parts.push(`partitioned by ${options.partitionBy}`);
  if (options.inherits?.length) parts.push(`inherits ${options.inherits.join(", ")}`);
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}

const INTEGER_WIDTH: Partial<Record<ColumnType["kind"], number>> = { tinyint: 1, smallint: 2, mediumint: 3, integer: 4, bigint: 8 };

/** Whether every value of `from` may not fit in `to`. Unknown pairs count as narrowing: better a needless warning than none. */
export function narrows(from: ColumnType, to: ColumnType): boolean {
  if (from.kind === to.kind) {
    switch (from.kind) {
      case "varchar": case "char": case "binary": {
        const next = (to as typeof from).length;
        return from.length === null ? next !== null : next !== null && next < from.length;
      }
      case "numeric": {
        const next = to as typeof from;
        if (next.precision === null) return false;
        if (from.precision === null) return true;
        return next.precision - (next.scale ?? 0) < from.precision - (from.scale ?? 0) || (next.scale ?? 0) < (from.scale ?? 0);
      }
      case "enum":
        return from.values.some((v) => !(to as typeof from).values.includes(v));
      case "time": case "timestamp":
        return false;
      default:
        return JSON.stringify(from) !== JSON.stringify(to);
    }
  }
  const fromWidth = INTEGER_WIDTH[from.kind];
  const toWidth = INTEGER_WIDTH[to.kind];
  // Signed to unsigned loses the negatives; unsigned to signed of the same width loses the top half.
  if (fromWidth !== undefined && toWidth !== undefined) {
    const fromUnsigned = "unsigned" in from && from.unsigned === true;
    const toUnsigned = "unsigned" in to && to.unsigned === true;
    return toWidth < fromWidth || (toUnsigned && !fromUnsigned) || (fromUnsigned && !toUnsigned && toWidth === fromWidth);
  }
  if (to.kind === "text") return false;
  if (to.kind === "varchar" && to.length === null && from.kind !== "binary") return false;
  if ((from.kind === "json" && to.kind === "jsonb") || (from.kind === "real" && to.kind === "double")) return false;
  return true;
}
