/**
 * `revision --autogenerate --online` on MySQL / MariaDB: every op on a table that already exists states the
 * ALGORITHM (and LOCK) it may run with, the fastest the lock report gives for the server's version: INSTANT
 * alone (it takes no lock beyond the brief metadata lock, so a LOCK clause would add nothing), else INPLACE
 * with LOCK=NONE. Should the report be wrong for some server, the server refuses the statement
 * instead of falling back to a table COPY. An op the report says needs COPY, or a lock that stops writes, is
 * refused here, before any file is written: there is no form of it that leaves writes alone. Tables the same
 * revision creates need nothing; dropping or renaming a table only takes the metadata lock every ALTER takes.
 */
import { tableKey, type LockImpact } from "../../operations/lock-impact.js";
import { isModal, type AlterMode, type ModalOperation, type Operation } from "../../operations/operation.js";
import type { OnlineStep } from "../dialect.js";
import type { LockFacts } from "../lock-facts.js";
import { onNewTable, refuseOnline, tablesCreated } from "../shared/online.js";
import { reverseOperation } from "../../operations/reverse.js";
import { mysqlLockImpact } from "./locks-report.js";

/**
 * One step: MySQL commits each DDL statement by itself, so there is no transaction to split the ops out of.
 * Throws naming the first op that has no form that leaves writes alone.
 */
export function mysqlOnlinePlan(ops: readonly Operation[], facts: LockFacts): OnlineStep[] {
  // MySQL runs a batch's ops one by one anyway; apart, each states its own algorithm.
  const flat = ops.flatMap((op): readonly Operation[] => (op.kind === "batchAlterTable" ? op.ops : [op]));
  const created = tablesCreated(flat);
  const plan = (op: Operation, strict: boolean): Operation =>
    isModal(op) && !onNewTable(op, created) ? online(op, facts.serverVersion, strict) : op;
  // The downgrade is planned on its own: a reverse may need what its op did not (narrowing a VARCHAR back copies
  // the table). Such a reverse is written without an algorithm, under its `// LOCK:` comment, rather than refused:
  // the upgrade is what runs on the live table, and a downgrade that cannot run online is still a way back.
  const downgrade = [...flat].reverse().map((op) => plan(reverseOperation(op), false));
  return [{ transactional: true, ops: flat.map((op) => plan(op, true)), downgrade }];
}

/** The op with the algorithm it can run with on this server; with `strict`, refused when it has none that leaves writes alone. */
function online(op: ModalOperation, serverVersion: string | null, strict: boolean): ModalOperation {
  const key = tableKey(op.table);
  const own = mysqlLockImpact(op, serverVersion).find((i) => i.table !== null && tableKey(i.table) === key);
  if (!own || own.algorithm === undefined) return op;
  if (own.algorithm === "COPY" || own.blocksWrites) {
    if (strict) refuse(op, own, serverVersion);
    const { algorithm: _algorithm, lock: _lock, ...plain } = op;
    return plain as ModalOperation;
  }
  const mode: AlterMode = own.algorithm === "INSTANT" ? { algorithm: "INSTANT" } : { algorithm: "INPLACE", lock: "NONE" };
  return { ...op, ...mode };
}

function refuse(op: ModalOperation, impact: LockImpact, serverVersion: string | null): never {
  const server = serverVersion ? ` on ${serverVersion.replace(/-log$/, "")}` : "";
  const how = impact.algorithm === "COPY" ? "ALGORITHM=COPY" : impact.lock;
  const typeChange = op.kind === "alterColumn" && op.changes.type !== undefined;
  throw refuseOnline("mysql", op, `table ${op.table.name} needs ${how}${server} (${impact.note ?? "writes wait while it runs"})`,
    typeChange ? "use expand/contract: add a column of the new type, backfill it, switch, drop the old one; or an online schema-change tool such as gh-ost"
      : "make this change without --online in a maintenance window, or with an online schema-change tool such as gh-ost");
}
