/**
 * SQLite has one writer at a time: every migration holds the database's write lock from BEGIN to COMMIT, and
 * no statement form avoids it. `--online` changes nothing: the ops, as one transactional revision.
 */
import type { OnlineStep } from "../dialect.js";
import type { Operation } from "../../operations/operation.js";

export function sqliteOnlinePlan(ops: readonly Operation[]): OnlineStep[] {
  return [{ transactional: true, ops }];
}
