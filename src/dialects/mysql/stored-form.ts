/**
 * The models as MySQL / MariaDB store them and introspect.ts reads them back:
 * the nearest types, defaults in the spelling the catalog keeps, the
 * primary key unnamed (it is always PRIMARY), and nothing MySQL lacks
 * (strip.ts: DEFERRABLE, UNLOGGED, INCLUDE, identity options...). What
 * depends on the database's own defaults (charsets, collations, engine)
 * and on what the database already has (a unique index the catalog
 * reports as a unique constraint) is settled in canonical-options.ts.
 */
import type { Column, Schema, Table } from "../../schema/ir.js";
import type { ColumnType, DefaultValue } from "../../schema/types.js";
import { storedForm } from "../shared/stored-form.js";
import { isNumberText, typedLiteral } from "../shared/introspect-values.js";
import { unescapeString } from "./introspect-types.js";
import { mysqlTable } from "./strip.js";
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

const CHARSET_IN_TYPE = /\s+(?:character\s+set|charset)\s+(\w+)/i;
const COLLATE_IN_TYPE = /\s+collate\s+(\w+)/i;
const NATIONAL = /^\s*(national\b|nchar\b|nvarchar\b)/i;

/**
 * A rawType naming its charset or collation (`varchar(10) CHARACTER SET latin1`) is read back as the type
 * plus the column's charset and collation; identity options and a generated column's default do not exist here.
 */
function storedColumn(column: Column): Column {
  let typed = column;
  if (column.type.kind === "raw" && (CHARSET_IN_TYPE.test(column.type.sql) || COLLATE_IN_TYPE.test(column.type.sql))) {
    const sql = column.type.sql;
    const charset = CHARSET_IN_TYPE.exec(sql)?.[1];
    const collation = COLLATE_IN_TYPE.exec(sql)?.[1];
    typed = { ...column, type: storedRawType(sql.replace(CHARSET_IN_TYPE, "").replace(COLLATE_IN_TYPE, "").trim()) };
    if (charset !== undefined && column.charset === undefined) typed = { ...typed, charset };
    if (collation !== undefined && column.collation === undefined) typed = { ...typed, collation };
  }
  // NATIONAL CHAR / NVARCHAR are utf8mb3 whatever the table's charset (Chinook's NVARCHAR in a utf8mb4 table).
  if (typed.type.kind === "raw" && NATIONAL.test(typed.type.sql) && typed.charset === undefined) typed = { ...typed, charset: "utf8mb3" };
  // One copy per column, and a rest pattern only where there is an identity to leave out (V8's rest copy is slow).
  const stored: Column = { ...typed, default: typed.generated ? null : storedDefault(typed.default, typed.type), comment: typed.comment || null };
  if (!("identity" in stored)) return stored;
  const { identity: _identity, ...rest } = stored;
  return rest;
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
  const stripped = mysqlTable(table);
  return {
    ...stripped,
    comment: table.comment || null,
    primaryKey: stripped.primaryKey ? { ...stripped.primaryKey, name: null } : null,
  };
}
