/**
 * `revision --autogenerate --online` on PostgreSQL: the forms that let writes go on.
 *
 *   - indexes are built and dropped CONCURRENTLY, outside a transaction (a `transactional = false` revision);
 *   - foreign keys and checks on live tables are added NOT VALID (a brief lock, no scan) and validated in a
 *     later revision: VALIDATE CONSTRAINT scans under SHARE UPDATE EXCLUSIVE, which writes do not wait for. It
 *     must not share a transaction with the ADD, whose stronger lock would then be held through the scan;
 *   - SET NOT NULL goes through a validated `CHECK (col IS NOT NULL)`, which PostgreSQL 12+ takes as proof and
 *     so skips its own scan under ACCESS EXCLUSIVE; the check is dropped afterwards.
 *
 * Steps, each committed before the next: the concurrent drops (before anything could drop the index with its
 * column), the transactional rest, then the concurrent builds and the validations. Ops on tables the same ops
 * create stay as they are. Anything else the lock report says blocks writes for as long as it works is refused.
 */
import { tableKey, rowsOf } from "../../operations/lock-impact.js";
import type { AddColumnOp, AlterColumnOp, ColumnChanges, Operation, TableRef } from "../../operations/operation.js";
import type { CheckConstraint } from "../../schema/ir.js";
import type { InvalidIndexSql, OnlineStep } from "../dialect.js";
import type { LockFacts } from "../lock-facts.js";
import { onNewTable, refuseIfBlocking, refuseOnline, tablesCreated } from "../shared/online.js";
import { makeObjectName } from "./constraint-names.js";
import { postgresLockImpact } from "./locks-report.js";
import { postgresSyntax } from "./quote.js";
import { statement } from "../shared/syntax.js";

export function postgresOnlinePlan(ops: readonly Operation[], facts: LockFacts): OnlineStep[] {
  const created = tablesCreated(ops);
  const version = majorVersion(facts.serverVersion);
  const before: Operation[] = [];
  const main: Operation[] = [];
  const after: Operation[] = [];
  const renamed = new Set<string>();
  // Names given to unnamed constraints (to validate them by name), as PostgreSQL would: label, label1, label2...
  const given = new Set<string>();
  const nameFor = (table: string, columns: string | null, label: string): string => {
    for (let pass = 0; ; pass++) {
      const name = makeObjectName(table, columns, pass === 0 ? label : `${label}${pass}`);
      if (!given.has(name)) {
        given.add(name);
        return name;
      }
    }
  };
  const refuseBlocking = (op: Operation): Operation => {
    refuseIfBlocking("postgresql", op, postgresLockImpact(op, facts.serverVersion), created, adviceFor(op));
    return op;
  };
  for (const op of ops) {
    if (onNewTable(op, created)) {
      main.push(op);
      continue;
    }
    switch (op.kind) {
      case "createIndex":
        after.push({ ...op, concurrently: true });
        break;
      case "dropIndex":
        // Dropped first, unless an earlier op renamed the table: the index is then found by the new name only.
        (renamed.has(tableKey(op.table)) ? after : before).push({ ...op, concurrently: true });
        break;
      case "createForeignKey": {
        if (op.foreignKey.notValid) { main.push(op); break; }
        const name = op.foreignKey.name ?? nameFor(op.table.name, op.foreignKey.columns.join("_"), "fkey");
        main.push({ ...op, foreignKey: { ...op.foreignKey, name, notValid: true } });
        after.push({ kind: "validateConstraint", table: op.table, name });
        break;
      }
      case "createCheckConstraint": {
        if (op.check.notValid) { main.push(op); break; }
        const name = op.check.name ?? nameFor(op.table.name, null, "check");
        main.push({ ...op, check: { ...op.check, name, notValid: true } });
        after.push({ kind: "validateConstraint", table: op.table, name });
        break;
      }
      case "addColumn":
        addColumn(op, facts, main, after, refuseBlocking, nameFor);
        break;
      case "alterColumn":
        alterColumn(op, version, main, after, refuseBlocking);
        break;
      case "renameTable":
        renamed.add(tableKey({ name: op.newName, schema: op.table.schema }));
        main.push(refuseBlocking(op));
        break;
      default:
        main.push(refuseBlocking(op));
    }
  }
  const steps: OnlineStep[] = [];
  if (before.length > 0) steps.push({ transactional: false, ops: before });
  if (main.length > 0 || (before.length === 0 && after.length === 0)) steps.push({ transactional: true, ops: main });
  if (after.length > 0) steps.push({ transactional: false, ops: after });
  return steps;
}

/**
 * ADD COLUMN itself is a catalog change (a constant default is stored once, PostgreSQL 11+); its foreign key is
 * added NOT VALID and validated later. A NOT NULL column without a default cannot be added to a table with rows,
 * online or not: said before anything is written.
 */
function addColumn(op: AddColumnOp, facts: LockFacts, main: Operation[], after: Operation[], refuseBlocking: (op: Operation) => Operation,
  nameFor: (table: string, columns: string | null, label: string) => string): void {
  const c = op.column;
  const rows = rowsOf(facts.rows, op.table);
  if (!c.nullable && c.default === null && !c.autoIncrement && !c.generated && rows !== undefined && rows !== null && rows > 0) {
    throw refuseOnline("postgresql", op, `the column is NOT NULL without a default and ${op.table.name} has rows (~${rows}), `
      + "which would fail online or not: give it a default, or add it nullable, fill it, then make it NOT NULL");
  }
  const fk = op.foreignKey;
  if (fk === null || fk.notValid) {
    main.push(refuseBlocking(op));
    return;
  }
  const name = fk.name ?? nameFor(op.table.name, fk.columns.join("_"), "fkey");
  main.push(refuseBlocking({ ...op, foreignKey: null }));
  main.push({ kind: "createForeignKey", table: op.table, foreignKey: { ...fk, name, notValid: true } });
  after.push({ kind: "validateConstraint", table: op.table, name });
}

/**
 * SET NOT NULL as CHECK (col IS NOT NULL) NOT VALID (main), then VALIDATE, SET NOT NULL (no scan: the valid check
 * proves it, PostgreSQL 12+) and DROP the check (after). The column's other changes stay in main, refused when
 * they rewrite the table.
 */
function alterColumn(op: AlterColumnOp, version: number | null, main: Operation[], after: Operation[],
  refuseBlocking: (op: Operation) => Operation): void {
  if (op.changes.nullable !== false) {
    main.push(refuseBlocking(op));
    return;
  }
  if (version !== null && version < 12) {
    throw refuseOnline("postgresql", op, `SET NOT NULL scans the table under ACCESS EXCLUSIVE before PostgreSQL 12 (this server: ${version}), `
      + "whatever check exists");
  }
  const { nullable: _nullable, ...rest } = op.changes;
  const { nullable: wasNullable, ...existingRest } = op.existing;
  if (Object.keys(rest).length > 0) main.push(refuseBlocking({ ...op, changes: rest as ColumnChanges, existing: existingRest }));
  const column = op.changes.newName ?? op.name;
  const check: CheckConstraint = {
    name: makeObjectName(op.table.name, column, "not_null_check"),
    expression: `${postgresSyntax.quoteIdentifier(column)} IS NOT NULL`,
    notValid: true,
  };
  const table: TableRef = op.table;
  main.push({ kind: "createCheckConstraint", table, check });
  after.push({ kind: "validateConstraint", table, name: check.name! });
  after.push({ kind: "alterColumn", table, name: column, changes: { nullable: false },
    existing: { ...existingRest, nullable: wasNullable ?? true, notNullCheck: check.name! } });
  after.push({ kind: "dropConstraint", table, name: check.name, type: "check", definition: { type: "check", check } });
}

/**
 * Indexes left invalid (pg_index.indisvalid false) by a CREATE INDEX CONCURRENTLY that failed, in the schemas of the
 * search_path; one still being built (pg_stat_progress_create_index, PostgreSQL 12+) is not one of them.
 */
const invalidIndexesQuery = statement(`SELECT n.nspname AS schema, c.relname AS name, t.relname AS "table"
  FROM pg_catalog.pg_index i
  JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
  JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE NOT i.indisvalid AND n.nspname = ANY (current_schemas(false))
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_progress_create_index p WHERE p.index_relid = i.indexrelid)
  ORDER BY 1, 2`, []);

export const invalidIndexesSql: InvalidIndexSql = {
  query: invalidIndexesQuery,
  drop: (schema, name) => `DROP INDEX CONCURRENTLY ${postgresSyntax.quoteIdentifier(schema)}.${postgresSyntax.quoteIdentifier(name)}`,
};

/** What to do instead, where there is a known pattern. */
function adviceFor(op: Operation): string | undefined {
  if (op.kind === "alterColumn" && (op.changes.type !== undefined || op.changes.collation !== undefined)) {
    return "change the column by expand/contract instead: add a column of the new type, backfill it in batches, "
      + "switch the application to it, then drop the old one";
  }
  return undefined;
}

function majorVersion(serverVersion: string | null): number | null {
  const match = /^(\d+)/.exec(serverVersion ?? "");
  return match ? Number(match[1]) : null;
}
