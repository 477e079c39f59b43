/**
 * InnoDB keeps an index behind every foreign key: the first index (primary
 * key, unique or plain) whose leading columns are the key's columns, else
 * one it creates itself, named after the constraint (after its first column
 * when the constraint had no name). Its own index goes away when a covering
 * index is created, stays when the foreign key is dropped, and an index
 * that is a key's only cover cannot be dropped. introspect.ts hides that
 * index; these helpers let the compiler keep the catalog in step, so that
 * dropping a foreign key leaves no stray index behind and dropping a
 * covering index keeps the key working.
 */
import type { ForeignKey, Index, Table } from "../../schema/ir.js";

/** Whether `columns` are the leading columns of `key`, in order. */
/** An index's leading plain columns: an expression key or a prefix ends what can serve a foreign key. */
function keyNames(index: Index): string[] {
  const out: string[] = [];
  for (const key of index.columns) {
    if (typeof key !== "string") break;
    out.push(key);
  }
  return out;
}

const leads = (key: readonly string[], columns: readonly string[]): boolean =>
  columns.length <= key.length && columns.every((c, i) => key[i] === c);

/** What is being dropped, so it no longer counts as a cover. */
export interface Dropping {
  readonly index?: string;
  readonly primary?: boolean;
}

/** Whether some index of the table other than the one being dropped serves the foreign key's columns. */
export function covered(table: Table, columns: readonly string[], dropping: Dropping = {}): boolean {
  if (!dropping.primary && table.primaryKey && leads(table.primaryKey.columns, columns)) return true;
  return [...table.uniques.map((u) => ({ name: u.name, columns: u.columns })), ...table.indexes]
    .some((key) => key.name !== dropping.index && leads("unique" in key ? keyNames(key) : key.columns, columns));
}

/**
 * The name InnoDB gave the index it made for a key: the constraint's name,
 * or (for a generated name, `<table>_ibfk_<n>`) the key's first column.
 */
export function ownIndexName(table: string, fk: ForeignKey): string {
  const generated = fk.name === null || fk.name.startsWith(`${table}_ibfk_`) && /_ibfk_\d+$/.test(fk.name);
  return generated ? fk.columns[0]! : fk.name!;
}

/** Foreign keys of the table that would be left without any index once `dropping` is gone. */
export function uncovered(table: Table, dropping: Dropping): ForeignKey[] {
  return table.foreignKeys.filter((fk) => covered(table, fk.columns) && !covered(table, fk.columns, dropping));
}
