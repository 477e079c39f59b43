/**
 * The round trip every op test of ops-postgresql / ops-mysql makes: apply
 * the op, check what it did in the catalog, apply its reverse, and find the
 * catalog and the rows exactly as they were. The catalog snapshot is each
 * suite's own SQL, so a change the op should not make shows up too.
 */
import { expect } from "vitest";
import type { Connection } from "../../src/dialects/dialect.js";
import type { Operation } from "../../src/operations/operation.js";
import { reverseOperation } from "../../src/operations/reverse.js";
import { apply } from "./fixtures.js";

export interface Catalog {
  readonly conn: () => Connection;
  /** Everything about the schema the suite can read back, in a stable order. */
  schema(): Promise<unknown>;
  /** Every row of the suite's tables, in a stable order. */
  rows(): Promise<unknown>;
}

/** Applies op (checking its effect with `after`), then its reverse, and asserts schema and rows are back. */
export async function roundTrip(catalog: Catalog, op: Operation, after: () => Promise<void>): Promise<void> {
  const schemaBefore = await catalog.schema();
  const rowsBefore = await catalog.rows();
  await apply(catalog.conn(), op);
  await after();
  await apply(catalog.conn(), reverseOperation(op));
  expect(await catalog.schema()).toEqual(schemaBefore);
  expect(await catalog.rows()).toEqual(rowsBefore);
}

/** fn over each item, one at a time: a connection runs one query at once. */
export async function eachOf<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) out.push(await fn(item));
  return out;
}
