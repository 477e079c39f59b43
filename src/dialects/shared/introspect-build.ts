/**
 * Assembly shared by the catalog readers. Each reader issues a fixed set of
 * bulk queries (one per catalog, whatever the number of tables), then files
 * every row into a per-table draft through Maps in one pass, so the work
 * stays linear in the size of the schema.
 */
import type { TableRef } from "../../operations/operation.js";
import type {
  CheckConstraint, Column, ForeignKey, Index, PrimaryKey, ReferentialAction, Schema, Table, UniqueConstraint,
} from "../../schema/ir.js";
import type { IntrospectOptions, QueryFn, TableState } from "../dialect.js";
import { deepFreeze } from "../../schema/table.js";

/** A table while its rows are being collected; frozen into a Table at the end. */
export interface TableDraft {
  readonly name: string;
  readonly schema: string | null;
  readonly comment: string | null;
  readonly columns: Column[];
  primaryKey: PrimaryKey | null;
  readonly indexes: Index[];
  readonly uniques: UniqueConstraint[];
  readonly foreignKeys: ForeignKey[];
  readonly checks: CheckConstraint[];
}

export function tableDraft(name: string, schema: string | null, comment: string | null): TableDraft {
  return { name, schema, comment, columns: [], primaryKey: null, indexes: [], uniques: [], foreignKeys: [], checks: [] };
}

/** Groups rows by key, keeping the catalog's order within each group. */
export function groupBy<Row, Key>(rows: readonly Row[], key: (row: Row) => Key): Map<Key, Row[]> {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export function finishTable(draft: TableDraft): Table {
  return deepFreeze({ ...draft } satisfies Table);
}

export { deepFreeze };

const ACTIONS: Readonly<Record<string, ReferentialAction>> = {
  CASCADE: "cascade", RESTRICT: "restrict", "NO ACTION": "no action", "SET NULL": "set null", "SET DEFAULT": "set default",
};

/** `NO ACTION` → "no action"; null for anything unknown rather than a wrong action. */
export function referentialAction(text: string | null | undefined): ReferentialAction | null {
  return text ? ACTIONS[text.trim().toUpperCase()] ?? null : null;
}

/** A table-name filter for a query, as the list the options give, or null for every table. */
export function tableFilter(options: IntrospectOptions | undefined): readonly string[] | null {
  return options?.tables ? [...new Set(options.tables)] : null;
}

export type Introspect = (query: QueryFn, options?: IntrospectOptions) => Promise<Schema>;

/**
 * `Dialect.tableStates` on top of `introspect`: one filtered introspection
 * per schema named in `refs` (usually one), so the query count depends on
 * the number of schemas, never on the number of tables. Results follow the
 * order of `refs`; tables that do not exist are left out.
 */
export async function tableStatesVia(introspect: Introspect, query: QueryFn, refs: readonly TableRef[]): Promise<TableState[]> {
  const bySchema = groupBy(refs, (ref) => ref.schema);
  const found = new Map<string, Table>();
  const key = (schema: string | null, name: string): string => `${schema ?? ""}\u0000${name}`;
  for (const [schema, group] of bySchema) {
    const result = await introspect(query, { schema, tables: group.map((ref) => ref.name) });
    for (const table of result.tables) found.set(key(schema, table.name), table);
  }
  const states: TableState[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    const k = key(ref.schema, ref.name);
    const table = found.get(k);
    if (!table || seen.has(k)) continue;
    seen.add(k);
    states.push(Object.freeze({ table, triggers: Object.freeze([]) }));
  }
  return states;
}
