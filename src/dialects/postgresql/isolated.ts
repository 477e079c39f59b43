/**
 * Asking the database during a comparison without changing it: work runs
 * inside a transaction that is rolled back (or, when the caller's
 * connection is already inside one, a savepoint rolled back to), and each
 * attempt in its own savepoint, so one failing question neither aborts the
 * others nor the caller's transaction.
 */
import type { QueryFn } from "../dialect.js";
import { statement } from "../shared/syntax.js";

const run = async (query: QueryFn, sql: string): Promise<void> => {
  await query(statement(sql));
};

/** Runs `work` and undoes whatever it did, whether it succeeds or throws. */
export async function isolated<T>(query: QueryFn, work: () => Promise<T>): Promise<T> {
  // SAVEPOINT succeeds only inside a transaction block; outside one it fails without side effects.
  const nested = await run(query, "SAVEPOINT athanor_compare").then(() => true, () => false);
  if (!nested) await run(query, "BEGIN");
  try {
    return await work();
  } finally {
    if (nested) await run(query, "ROLLBACK TO SAVEPOINT athanor_compare; RELEASE SAVEPOINT athanor_compare");
    else await run(query, "ROLLBACK");
  }
}

/** One statement in a savepoint of its own (inside `isolated`): its rows, or null when it failed. */
export async function attempt<Row>(query: QueryFn, sql: string): Promise<Row[] | null> {
  await run(query, "SAVEPOINT athanor_attempt");
  try {
    const rows = await query<Row>(statement(sql));
    await run(query, "RELEASE SAVEPOINT athanor_attempt");
    return rows;
  } catch {
    await run(query, "ROLLBACK TO SAVEPOINT athanor_attempt; RELEASE SAVEPOINT athanor_attempt");
    return null;
  }
}

/**
 * Statements sent in one round trip (the simple protocol runs them in turn)
 * as one attempt: all of them stay when every one succeeds, none when one
 * fails. True when they stayed (or there were none).
 */
export async function attemptBatch(query: QueryFn, statements: readonly string[]): Promise<boolean> {
  if (statements.length === 0) return true;
  try {
    await run(query, ["SAVEPOINT athanor_attempt", ...statements, "RELEASE SAVEPOINT athanor_attempt"].join(";\n"));
    return true;
  } catch {
    await run(query, "ROLLBACK TO SAVEPOINT athanor_attempt; RELEASE SAVEPOINT athanor_attempt");
    return false;
  }
}

/**
 * Each statement attempted as if on its own (what succeeds stays, what
 * fails leaves nothing), for statements that do not depend on one another:
 * all groups in one batch, and only when that fails, group by group, then
 * statement by statement within a failing group.
 */
export async function attemptEach(query: QueryFn, groups: readonly (readonly string[])[]): Promise<void> {
  if (await attemptBatch(query, groups.flat())) return;
  for (const group of groups) {
    // A single statement that failed in a batch of its own has been attempted.
    if (!await attemptBatch(query, group) && group.length > 1) {
      for (const sql of group) await attempt(query, sql);
    }
  }
}

/**
 * Whether user SQL can be spliced into one statement of ours: it must not
 * end that statement (`;`), comment out the rest of it, or open a dollar
 * quote or an E'' string, outside its string literals and quoted identifiers.
 * Such text is never asked about; it stays a difference.
 */
export function isSingleExpression(sql: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < sql.length; i += 1) {
    const c = sql[i]!;
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    // An E'' string's backslash escapes would hide its end from this scan.
    if (c === "'" && /[eE]/.test(sql[i - 1] ?? "")) return false;
    if (c === "'" || c === '"') quote = c;
    else if (c === ";" || c === "$" || c === "\\") return false;
    else if ((c === "-" && sql[i + 1] === "-") || (c === "/" && sql[i + 1] === "*")) return false;
  }
  return quote === null;
}
