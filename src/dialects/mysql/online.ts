/**
 * `revision --autogenerate --online` on MySQL / MariaDB: every op on a table that already exists states the
 * ALGORITHM (and LOCK) it may run with, the fastest the lock report gives for the server's version: INSTANT
 * alone (it never locks beyond the brief metadata lock, and MySQL rejects a LOCK clause next to it), else
 * INPLACE with LOCK=NONE. Should the report be wrong for some server, the server refuses the statement
 * instead of falling back to a table COPY. An op the report says needs COPY, or a lock that stops writes, is
 * refused here, before any file is written: there is no form of it that leaves writes alone. Tables the same
 * revision creates need nothing; dropping or renaming a table only takes the metadata lock every ALTER takes.
 */
import { UnsupportedOperationError } from "../../errors.js";
import { describeOperation } from "../../operations/describe.js";
import { tableKey, type LockImpact } from "../../operations/lock-impact.js";
import { isModal, type AlterMode, type ModalOperation, type Operation } from "../../operations/operation.js";
import { mysqlLockImpact } from "./locks-report.js";

/** The ops with the non-blocking form of each; throws naming the first op that has none. */
export function mysqlOnlineOperations(ops: readonly Operation[], serverVersion: string | null): Operation[] {
  const created = new Set<string>();
  const out: Operation[] = [];
  for (const op of ops) {
    if (op.kind === "createTable") created.add(tableKey(op.table));
    // MySQL runs a batch's ops one by one anyway; apart, each states its own algorithm.
    const parts: readonly Operation[] = op.kind === "batchAlterTable" ? op.ops : [op];
    for (const part of parts) out.push(isModal(part) && !created.has(tableKey(part.table)) ? online(part, serverVersion) : part);
  }
  return out;
}

function online(op: ModalOperation, serverVersion: string | null): ModalOperation {
  const key = tableKey(op.table);
  const own = mysqlLockImpact(op, serverVersion).find((i) => i.table !== null && tableKey(i.table) === key);
  if (!own || own.algorithm === undefined) return op;
  if (own.algorithm === "COPY" || own.blocksWrites) refuse(op, own, serverVersion);
  const mode: AlterMode = own.algorithm === "INSTANT" ? { algorithm: "INSTANT" } : { algorithm: "INPLACE", lock: "NONE" };
  return { ...op, ...mode };
}

function refuse(op: ModalOperation, impact: LockImpact, serverVersion: string | null): never {
  const server = serverVersion ? `${serverVersion.replace(/-log$/, "")}` : "MySQL";
  const how = impact.algorithm === "COPY" ? "needs ALGORITHM=COPY" : `needs ${impact.lock}`;
  throw new UnsupportedOperationError(`--online: ${describeOperation(op)} on table ${op.table.name} cannot run without blocking writes on ${
    server}: it ${how} (${impact.note ?? "the table is locked while it runs"}); make this change in a revision of its own without --online, `
    + "in a maintenance window or with an online schema-change tool (gh-ost, pt-online-schema-change)");
}
