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

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Depth-first topological order over the FKs among `tables`; self references are not cycles. Tables are
 * visited by (schema, name) and each table's references by the table they point at (then name, columns), so
 * the order, and which foreign key of a cycle is deferred, depend only on the tables, never on the order a
 * catalog or a models module lists them in: the same schema always gives the same revision.
 */
export function orderByForeignKeys(tables: readonly Table[]): TableOrder {
  const sorted = [...tables].sort((a, b) => compare(a.schema ?? "", b.schema ?? "") || compare(a.name, b.name));
  const byKey = new Map(sorted.map((t) => [key(t), t]));
  const state = new Map<string, "visiting" | "done">();
  const ordered: Table[] = [];
  const deferred = new Map<Table, ForeignKey[]>();
  // A reference names the schema it points into; the default schema's tables have none in the IR, so a
  // reference into it (e.g. "public.users") also finds the table by name alone, as collect.ts does.
  const target = (table: Table, fk: ForeignKey): Table | undefined =>
    byKey.get(key({ name: fk.refTable, schema: fk.refSchema ?? table.schema })) ?? byKey.get(key({ name: fk.refTable, schema: null }));

  const references = (table: Table): ForeignKey[] => table.foreignKeys.length < 2 ? [...table.foreignKeys]
    : [...table.foreignKeys].sort((a, b) => compare(key(target(table, a) ?? { name: a.refTable, schema: a.refSchema }),
      key(target(table, b) ?? { name: b.refTable, schema: b.refSchema }))
      || compare(a.name ?? "", b.name ?? "") || compare(a.columns.join("\0"), b.columns.join("\0")));

  // Iterative DFS: schemas of thousands of tables must not overflow the stack.
  for (const root of sorted) {
    if (state.has(key(root))) continue;
    const stack: { table: Table; fks: ForeignKey[]; next: number }[] = [{ table: root, fks: references(root), next: 0 }];
    state.set(key(root), "visiting");
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const fk = frame.fks[frame.next++];
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
        stack.push({ table: ref, fks: references(ref), next: 0 });
      }
    }
  }
  return { tables: ordered, deferred };
}

/**
 * Partitions and INHERITS children after their parents (a stable move: the
 * foreign-key order stays otherwise), so that creating runs parents first
 * and dropping, which walks the list backwards, children first.
 */
export function parentsFirst(tables: readonly Table[]): Table[] {
  const parentsOf = (t: Table): string[] => {
    const options = t.options;
    if (!options) return [];
    const out = (options.inherits ?? []).map((name) => {
      const dot = name.indexOf(".");
      return dot > 0 ? key({ schema: name.slice(0, dot), name: name.slice(dot + 1) }) : key({ schema: t.schema, name });
    });
    if (options.partitionOf) out.push(key({ name: options.partitionOf.parent, schema: options.partitionOf.parentSchema ?? t.schema }));
    return out;
  };
  if (!tables.some((t) => parentsOf(t).length > 0)) return [...tables];
  const byKey = new Map(tables.map((t) => [key(t), t]));
  const placed = new Set<string>();
  const out: Table[] = [];
  const visit = (t: Table, path: Set<string>): void => {
    const own = key(t);
    if (placed.has(own) || path.has(own)) return;
    path.add(own);
    for (const parent of parentsOf(t)) {
      const found = byKey.get(parent);
      if (found) visit(found, path);
    }
    placed.add(own);
    out.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return out;
}
