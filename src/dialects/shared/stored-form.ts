/**
 * Brings model tables into the form a dialect stores and its introspection
 * reads back, so that compare can use plain equality: the nearest type the
 * dialect has, what the dialect does to names and comments, and so on.
 */
import type { Column, Schema, Table } from "../../schema/ir.js";
import type { ColumnType } from "../../schema/types.js";

export interface StoredFormRules {
  /** The type introspection reads back for a column the compiler declared with `type`. */
  type(type: ColumnType, column: Column, table: Table): ColumnType;
  /** Per-column rewriting beyond the type (comments the dialect drops, ...). */
  column?(column: Column, table: Table): Column;
  /** Per-table rewriting (primary key names the dialect fixes, ...). */
  table?(table: Table): Table;
  /** Whether enum types exist on their own; if not, the schema's enum list is empty. */
  readonly enumTypes: boolean;
}

export function storedForm(models: Schema, rules: StoredFormRules): Schema {
  const tables = models.tables.map((table) => {
    const columns = table.columns.map((column) => {
      const typed: Column = { ...column, type: rules.type(column.type, column, table) };
      return rules.column ? rules.column(typed, table) : typed;
    });
    const withColumns: Table = { ...table, columns };
    return rules.table ? rules.table(withColumns) : withColumns;
  });
  return { tables, enums: rules.enumTypes ? models.enums : [] };
}
