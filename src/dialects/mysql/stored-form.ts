/**
 * The models as MySQL / MariaDB store them and introspect.ts reads them back:
 * the nearest types, defaults in the spelling the catalog keeps, unique
 * indexes as unique constraints (MySQL has one kind of thing for both), the
 * primary key unnamed (it is always PRIMARY).
 */
import { plainKeys, type Column, type Schema, type Table } from "../../schema/ir.js";
import type { ColumnType, DefaultValue } from "../../schema/types.js";
import { storedForm } from "../shared/stored-form.js";
import { isNumberText, typedLiteral } from "../shared/introspect-values.js";
import { unescapeString } from "./introspect-types.js";
import { storedRawType } from "./type-names.js";

export function mysqlStoredForm(models: Schema): Schema {
  return storedForm(models, { enumTypes: false, type: storedType, column: storedColumn, table: storedTable });
}

function storedType(type: ColumnType, column: Column, table: Table): ColumnType {
  switch (type.kind) {
    case "varchar": return type.length === null ? { kind: "varchar", length: 255 } : type;
    case "char": return type.length === null ? { kind: "char", length: 1 } : type;
    case "numeric": return type.precision === null ? { kind: "numeric", precision: 10, scale: 0 } : { ...type, scale: type.scale ?? 0 };
    case "jsonb": return { kind: "json" };
    case "uuid": return { kind: "char", length: 36 };
    case "time": return { kind: "time", withTimezone: false };
    case "enum": return { kind: "enum", name: `${table.name}_${column.name}`, values: type.values };
    case "raw": {
      const stored = storedRawType(type.sql);
      return stored.kind === "enum" ? { ...stored, name: `${table.name}_${column.name}` } : stored;
    }
    default: return type;
  }
}

function storedColumn(column: Column): Column {
  return { ...column, default: storedDefault(column.default, column.type), comment: column.comment || null };
}

const QUOTED = /^'((?:[^'\\]|''|\\.)*)'$/s;
const ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(\.\d+)?Z$/;

/**
 * NULL is no default; a literal written as SQL (sql`'abc'`, sql`-1`) is
 * read back as that literal; a Date (an ISO string in the IR) is stored in
 * the server's own format, which is how the compiler writes it too.
 */
export function storedDefault(value: DefaultValue | null, type: ColumnType): DefaultValue | null {
  if (value === null) return null;
  if (value.kind === "literal") {
    if (value.value === null) return null;
    return typeof value.value === "string" ? { kind: "literal", value: temporalLiteral(value.value, type) } : value;
  }
  const text = value.sql.trim();
  if (/^null$/i.test(text)) return null;
  if (/^(true|false)$/i.test(text)) return { kind: "literal", value: /^true$/i.test(text) };
  const quoted = QUOTED.exec(text);
  if (quoted) return { kind: "literal", value: typedLiteral(unescapeString(quoted[1]!), type) };
  if (isNumberText(text)) return { kind: "literal", value: typedLiteral(text, type) };
  return value;
}

/** `2024-02-29T12:00:00.000Z` → `2024-02-29 12:00:00` (a DATETIME rejects the T and Z; a DATE takes the day). */
export function temporalLiteral(value: string, type: ColumnType): string {
  const iso = ISO.exec(value);
  if (!iso) return value;
  if (type.kind === "date") return iso[1]!;
  if (type.kind !== "timestamp" && !(type.kind === "raw" && /^\s*(datetime|timestamp)/i.test(type.sql))) return value;
  const fraction = (iso[3] ?? "").replace(/\.?0+$/, "");
  return `${iso[1]} ${iso[2]}${fraction}`;
}

function storedTable(table: Table): Table {
  // Unique indexes over plain columns are unique constraints to introspection.
  const asUnique = (i: Table["indexes"][number]): i is Table["indexes"][number] & { columns: readonly string[] } =>
    i.unique && i.where === null && plainKeys(i) && i.using === undefined;
  return {
    ...table,
    comment: table.comment || null,
    primaryKey: table.primaryKey ? { ...table.primaryKey, name: null } : null,
    indexes: table.indexes.filter((i) => !asUnique(i)),
    uniques: [...table.uniques, ...table.indexes.filter(asUnique).map((i) => ({ name: i.name, columns: [...i.columns] }))],
  };
}
