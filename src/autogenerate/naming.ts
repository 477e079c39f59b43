/**
 * Names for the unique, foreign-key and check constraints the models leave
 * unnamed, when autogenerate creates them. A database names such a
 * constraint itself (PostgreSQL `users_email_key`, MySQL `email`, SQLite
 * not at all), so the downgrade, which drops it by name, could not know
 * the name. Autogenerate gives it one by the usual convention instead:
 *
 *   uq_<table>_<columns>, fk_<table>_<columns>_<referenced table>, ck_<table>_<columns it mentions>
 *
 * in the upgrade of a new table and of an existing one alike, so a schema
 * gets the same names however it was reached. The models still match
 * whatever the database calls them: an unnamed model constraint is
 * compared by what it is, never by its name.
 */
import { createHash } from "node:crypto";
import { mentionsIdentifier } from "../operations/apply.js";
import type { Operation, TableAlteration } from "../operations/operation.js";
import type { CheckConstraint, ForeignKey, Schema, Table, UniqueConstraint } from "../schema/ir.js";

/** PostgreSQL keeps 63 bytes of a name, MySQL 64 characters. */
const MAX_NAME_BYTES = 63;

export function nameConstraints(ops: readonly Operation[], database: Schema, models: Schema): Operation[] {
  // Names the schema holds once the ops have run: the models' own, and the database's that no op drops.
  const dropped = droppedNames(ops);
  const used = new Set<string>();
  for (const t of database.tables) for (const name of constraintNames(t)) if (name !== null && !dropped.has(name)) used.add(name);
  for (const t of models.tables) for (const name of constraintNames(t)) if (name !== null) used.add(name);
  const chosen = new Map<object, string>();
  const pick = (object: object, base: string): string => {
    const known = chosen.get(object);
    if (known !== undefined) return known;
    let name = fit(base);
    for (let n = 2; used.has(name); n++) name = fit(`${base}_${n}`);
    used.add(name);
    chosen.set(object, name);
    return name;
  };
  const unique = (table: string, u: UniqueConstraint): UniqueConstraint =>
    (u.name !== null ? u : { ...u, name: pick(u, `uq_${table}_${u.columns.join("_")}`) });
  const foreignKey = (table: string, fk: ForeignKey): ForeignKey =>
    (fk.name !== null ? fk : { ...fk, name: pick(fk, `fk_${table}_${fk.columns.join("_")}_${fk.refTable}`) });
  const check = (table: Table | undefined, tableName: string, c: CheckConstraint): CheckConstraint => {
    if (c.name !== null) return c;
    const columns = (table?.columns ?? []).map((col) => col.name).filter((col) => mentionsIdentifier(c.expression, col));
    return { ...c, name: pick(c, `ck_${tableName}_${columns.length ? columns.join("_") : "check"}`) };
  };
  const modelTable = (ref: { name: string; schema: string | null }): Table | undefined =>
    models.tables.find((t) => t.name === ref.name && t.schema === ref.schema);

  const alteration = (op: TableAlteration): TableAlteration => {
    switch (op.kind) {
      case "createUniqueConstraint": return { ...op, unique: unique(op.table.name, op.unique) };
      case "createForeignKey": return { ...op, foreignKey: foreignKey(op.table.name, op.foreignKey) };
      case "createCheckConstraint": return { ...op, check: check(modelTable(op.table), op.table.name, op.check) };
      case "addColumn": return {
        ...op,
        unique: op.unique && unique(op.table.name, op.unique),
        foreignKey: op.foreignKey && foreignKey(op.table.name, op.foreignKey),
      };
      default: return op;
    }
  };
  return ops.map((op): Operation => {
    switch (op.kind) {
      case "createTable": {
        const t = op.table;
        return { ...op, table: { ...t,
          uniques: t.uniques.map((u) => unique(t.name, u)),
          foreignKeys: t.foreignKeys.map((fk) => foreignKey(t.name, fk)),
          checks: t.checks.map((c) => check(t, t.name, c)),
        } };
      }
      case "batchAlterTable": return { ...op, ops: op.ops.map(alteration) };
      case "createUniqueConstraint": case "createForeignKey": case "createCheckConstraint": case "addColumn":
        return alteration(op);
      default: return op;
    }
  });
}

/** The names of a table's indexes and constraints (null where unnamed). */
function* constraintNames(t: Table): Generator<string | null> {
  for (const i of t.indexes) yield i.name;
  for (const u of t.uniques) yield u.name;
  for (const f of t.foreignKeys) yield f.name;
  for (const c of t.checks) yield c.name;
  yield t.primaryKey?.name ?? null;
}

function droppedNames(ops: readonly Operation[]): Set<string> {
  const out = new Set<string>();
  const visit = (op: Operation | TableAlteration): void => {
    if (op.kind === "dropIndex" || op.kind === "dropConstraint") { if (op.name !== null) out.add(op.name); }
    else if (op.kind === "batchAlterTable") op.ops.forEach(visit);
    else if (op.kind === "dropTable" && op.definition) {
      const t = op.definition;
      for (const name of [...t.indexes.map((i) => i.name), ...t.uniques.map((u) => u.name), ...t.foreignKeys.map((f) => f.name),
        ...t.checks.map((c) => c.name)]) if (name !== null) out.add(name);
    }
  };
  ops.forEach(visit);
  return out;
}

/** The name, or its first bytes and a short hash of it when it is too long for every dialect. */
function fit(name: string): string {
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  const hash = createHash("sha1").update(name).digest("hex").slice(0, 8);
  let cut = "";
  for (const char of name) {
    if (Buffer.byteLength(`${cut}${char}_${hash}`) > MAX_NAME_BYTES) break;
    cut += char;
  }
  return `${cut}_${hash}`;
}
