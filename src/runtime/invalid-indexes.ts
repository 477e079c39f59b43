/**
 * A CREATE INDEX CONCURRENTLY that fails (a duplicate under a unique index, a cancelled or timed-out build) leaves
 * its index behind, invalid: unused by queries, yet kept up to date by every write, and in the way of building it
 * again under its name. A run refuses to start while one exists, before it changes anything, and says how to
 * recover; `check` and `lint` mention it.
 */
import type { Dialect, QueryFn } from "../dialects/dialect.js";
import { DatabaseError } from "../errors.js";

export interface InvalidIndex {
  readonly schema: string;
  readonly name: string;
  readonly table: string;
}

/** One bulk catalog query; none where the dialect's builds cannot fail half-way. */
export async function readInvalidIndexes(dialect: Dialect, query: QueryFn): Promise<InvalidIndex[]> {
  if (dialect.invalidIndexes === null) return [];
  return (await query<InvalidIndex>(dialect.invalidIndexes.query)).map((row) => ({ schema: row.schema, name: row.name, table: row.table }));
}

/** `index "ix" on public.users is invalid (a failed CREATE INDEX CONCURRENTLY left it): drop it with DROP INDEX CONCURRENTLY "public"."ix"`. */
export function describeInvalidIndexes(dialect: Dialect, found: readonly InvalidIndex[]): string {
  const drops = found.map((i) => dialect.invalidIndexes!.drop(i.schema, i.name)).join("; ");
  const names = found.map((i) => `"${i.name}" on ${i.schema}.${i.table}`).join(", ");
  return `${found.length === 1 ? "index" : "indexes"} ${names} ${found.length === 1 ? "is" : "are"} invalid `
    + `(a failed CREATE INDEX CONCURRENTLY left ${found.length === 1 ? "it" : "them"} behind): drop with ${drops}`;
}

/** Throws DatabaseError naming the invalid indexes and how to recover; the run has changed nothing yet. */
export async function refuseInvalidIndexes(dialect: Dialect, query: QueryFn, then: string): Promise<void> {
  const found = await readInvalidIndexes(dialect, query);
  if (found.length === 0) return;
  throw new DatabaseError(`${describeInvalidIndexes(dialect, found)}, ${then}; nothing was run`);
}
