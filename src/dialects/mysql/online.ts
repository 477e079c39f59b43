/**
 * MySQL/MariaDB `--online` (placeholder until the MySQL online forms land): refuses every op the lock report
 * says blocks writes on a live table, and keeps the rest as they are, in one revision.
 */
import type { LockFacts } from "../lock-facts.js";
import type { OnlineStep } from "../dialect.js";
import type { Operation } from "../../operations/operation.js";
import { refuseIfBlocking, tablesCreated } from "../shared/online.js";
import { mysqlLockImpact } from "./locks-report.js";

export function mysqlOnlinePlan(ops: readonly Operation[], facts: LockFacts): OnlineStep[] {
  const created = tablesCreated(ops);
  for (const op of ops) refuseIfBlocking("mysql", op, mysqlLockImpact(op, facts.serverVersion), created);
  return [{ transactional: true, ops }];
}
