/**
 * Orders tables so foreign keys can be created and dropped: referenced
 * tables are created first and dropped last. Edges that close a cycle are
 * reported, so their foreign keys can be added after (or dropped before)
 * the tables themselves.
 */
import type { ForeignKey, Table } from "../schema/ir.js";

const key = (t: { name: string; schema: string | null }): string => `${t.schema ?? ""}.${t.name}`;

export interface TableOrder {
  /** Referenced tables before the tables that reference them. */
  readonly tables: Table[];
  /** Foreign keys left out of the order because they close a cycle (or point at the table itself, which is fine inline). */
  readonly deferred: Map<Table, ForeignKey[]>;
}

/** Depth-first topological order over the FKs among `tables`; self references are not cycles. */
export function orderByForeignKeys(tables: readonly Table[]): TableOrder {
  const byKey = new Map(tables.map((t) => [key(t), t]));
  const state = new Map<string, "visiting" | "done">();
  const ordered: Table[] = [];
  const deferred = new Map<Table, ForeignKey[]>();
  // A reference names the schema it points into; the default schema's tables have none in the IR, so a
  // reference into it (e.g. "public.users") also finds the table by name alone, as collect.ts does.
  const target = (table: Table, fk: ForeignKey): Table | undefined =>
    byKey.get(key({ name: fk.refTable, schema: fk.refSchema ?? table.schema })) ?? byKey.get(key({ name: fk.refTable, schema: null }));

  // Iterative DFS: schemas of thousands of tables must not overflow the stack.
  for (const root of tables) {
    if (state.has(key(root))) continue;
    const stack: { table: Table; next: number }[] = [{ table: root, next: 0 }];
    state.set(key(root), "visiting");
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const fk = frame.table.foreignKeys[frame.next++];
      if (fk === undefined) {
        stack.pop();
        state.set(key(frame.table), "done");
        ordered.push(frame.table);
        continue;
      }
      const ref = target(frame.table, fk);
      if (!ref || ref === frame.table) continue;
      const seen = state.get(key(ref));
      if (seen === "visiting") {
        deferred.set(frame.table, [...(deferred.get(frame.table) ?? []), fk]);
      } else if (seen === undefined) {
        state.set(key(ref), "visiting");
        stack.push({ table: ref, next: 0 });
      }
    }
  }
  return { tables: ordered, deferred };
}
