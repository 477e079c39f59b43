/**
 * What the lock report reads from a live database: the server version (MySQL's algorithms depend on it) and
 * the row estimates of the tables the ops touch, in one bulk query for all of them.
 */
import { tableKey } from "../operations/lock-impact.js";
import type { TableRef } from "../operations/operation.js";
import type { Dialect, QueryFn } from "./dialect.js";

export interface LockFacts {
  readonly serverVersion: string | null;
  /** By tableKey (and by bare name for the current schema); null: the table exists but has no estimate. */
  readonly rows: ReadonlyMap<string, number | null>;
  /** false: the dialect keeps no estimates (SQLite), so every table's size is unknown. */
  readonly estimated: boolean;
}

interface EstimateRow {
  readonly schema: string;
  readonly name: string;
  readonly row_estimate: number | string | bigint | null;
  readonly current: boolean | number | string;
}

export async function readLockFacts(dialect: Dialect, query: QueryFn, tables: readonly TableRef[]): Promise<LockFacts> {
  const versionSql = dialect.lockFacts.version;
  const versionRow = versionSql ? (await query<{ version: unknown }>(versionSql))[0] : undefined;
  const rows = new Map<string, number | null>();
  const estimates = dialect.lockFacts.rowEstimates(tables);
  if (estimates) {
    for (const row of await query<EstimateRow>(estimates)) {
      const value = row.row_estimate === null ? null : Number(row.row_estimate);
      rows.set(tableKey({ name: row.name, schema: row.schema }), value);
      if (row.current === true || row.current === 1 || row.current === "1" || row.current === "t") rows.set(row.name, value);
    }
  }
  return {
    serverVersion: versionRow?.version == null ? null : String(versionRow.version), rows,
    estimated: dialect.lockFacts.rowEstimates([{ name: "t", schema: null }]) !== null,
  };
}
