/**
 * Enum types (PostgreSQL): new types and new values go before the tables
 * that use them; dropped values and types go after the columns stop using them.
 */
import type { DropEnumValueOp, Operation } from "../operations/operation.js";
import type { EnumType } from "../schema/ir.js";

const key = (e: EnumType): string => `${e.schema ?? ""}.${e.name}`;

/**
 * Where a dropped value stood in the database's enum, so that the downgrade
 * can put it back there (DropEnumValueOp itself does not record it).
 */
const positions = new WeakMap<DropEnumValueOp, { before: string | null; after: string | null }>();

export function droppedValuePosition(op: DropEnumValueOp): { before: string | null; after: string | null } | undefined {
  return positions.get(op);
}

export function compareEnums(database: readonly EnumType[], models: readonly EnumType[]): { before: Operation[]; after: Operation[] } {
  const dbEnums = new Map(database.map((e) => [key(e), e]));
  const modelKeys = new Set(models.map(key));
  const before: Operation[] = [];
  const after: Operation[] = [];
  for (const model of models) {
    const db = dbEnums.get(key(model));
    if (!db) {
      before.push({ kind: "createEnum", enum: model });
      continue;
    }
    const kept = db.values.filter((v) => model.values.includes(v));
    // Dropped last to first: the downgrade re-adds them first to last, each after its predecessor.
    for (const [i, value] of [...db.values.entries()].reverse()) {
      if (model.values.includes(value)) continue;
      const op: DropEnumValueOp = { kind: "dropEnumValue", name: db.name, schema: db.schema, value };
      positions.set(op, i > 0 ? { before: null, after: db.values[i - 1]! } : { before: kept[0] ?? null, after: null });
      after.push(op);
    }
    // Each new value goes after its predecessor in the model's order (or before the first kept value).
    let previous: string | null = null;
    for (const value of model.values) {
      if (kept.includes(value)) { previous = value; continue; }
      const next = model.values.slice(model.values.indexOf(value) + 1).find((v) => kept.includes(v)) ?? null;
      before.push({ kind: "addEnumValue", name: model.name, schema: model.schema, value,
        after: previous, before: previous === null ? next : null });
      previous = value;
    }
  }
  for (const db of database) {
    if (!modelKeys.has(key(db))) after.push({ kind: "dropEnum", name: db.name, schema: db.schema, definition: db });
  }
  return { before, after };
}
