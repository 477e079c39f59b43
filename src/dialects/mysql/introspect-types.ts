/**
 * MySQL / MariaDB catalog text → IR column types and defaults: the inverse
 * of types.ts. Types the IR cannot say exactly (unsigned, display widths
 * other than tinyint(1), datetime(3), mediumtext, ...) stay {kind: "raw"}
 * with COLUMN_TYPE's spelling, which a rebuild writes back unchanged.
 */
import type { ColumnType, DefaultValue } from "../../schema/types.js";
import { isMysqlTemporalKeyword } from "../shared/defaults.js";
import { decodeNumber, isNumberText, typedLiteral } from "../shared/introspect-values.js";
import type { ColumnRow } from "./introspect-queries.js";

/** Integer types are IR integers only when signed and without ZEROFILL; display widths (int(11)) mean nothing. */
const INTEGERS: Readonly<Record<string, ColumnType>> = {
  int: { kind: "integer" }, bigint: { kind: "bigint" }, smallint: { kind: "smallint" },
};

/** Types with no parameters the IR would need: COLUMN_TYPE is just the name. */
const SIMPLE: Readonly<Record<string, ColumnType>> = {
  text: { kind: "text" },
  // FLOAT is what types.ts writes for real(); a FLOAT(p) or FLOAT(m, d) stays raw.
  float: { kind: "real" },
  double: { kind: "double" },
  date: { kind: "date" },
  time: { kind: "time", withTimezone: false },
  // TIMESTAMP stores an instant, DATETIME wall-clock time: the mapping types.ts uses.
  timestamp: { kind: "timestamp", withTimezone: true },
  datetime: { kind: "timestamp", withTimezone: false },
  json: { kind: "json" },
  blob: { kind: "binary", length: null },
  // MariaDB 10.7+ has a native UUID type.
  uuid: { kind: "uuid" },
};

/**
 * The IR type of a column. `jsonColumn`: MariaDB's JSON is LONGTEXT with a
 * json_valid() check, which the caller has spotted among the checks.
 */
export function columnType(row: ColumnRow, jsonColumn: boolean): ColumnType {
  const spelled = row.column_type.trim();
  const lower = spelled.toLowerCase();
  const dataType = row.data_type.toLowerCase();
  const raw: ColumnType = { kind: "raw", sql: spelled };
  const generated = generatedSql(row, spelled);
  if (generated) return { kind: "raw", sql: generated };
  const length = /^\w+\((\d+)\)$/.exec(lower)?.[1];
  switch (dataType) {
    case "tinyint": return lower === "tinyint(1)" ? { kind: "boolean" } : raw;
    case "varchar": return length ? { kind: "varchar", length: Number(length) } : raw;
    // CHAR(36) is what uuid() writes here, but it is a CHAR(36) all the same: the comparer normalises.
    case "char": return length ? { kind: "char", length: Number(length) } : raw;
    case "varbinary": return length ? { kind: "binary", length: Number(length) } : raw;
    case "decimal": {
      const m = /^decimal\((\d+)(?:,(\d+))?\)$/.exec(lower);
      return m ? { kind: "numeric", precision: Number(m[1]), scale: m[2] === undefined ? 0 : Number(m[2]) } : raw;
    }
    case "longtext": return jsonColumn ? { kind: "json" } : raw;
    case "enum": return { kind: "enum", name: enumName(row), values: quotedList(spelled) };
    default: {
      const integer = INTEGERS[dataType];
      if (integer) return /^\w+(\(\d+\))?$/.test(lower) ? integer : raw;
      return lower === dataType ? SIMPLE[dataType] ?? raw : raw;
    }
  }
}

/**
 * MySQL's ENUM belongs to its column, not to a named type. The IR wants a
 * name; "<table>_<column>" is unique in the database and says where it came
 * from. Nothing is created under that name on MySQL (types.ts writes ENUM(...)).
 */
export function enumName(row: ColumnRow): string {
  return `${row.table_name}_${row.name}`;
}

/** A generated column's full spelling, kept as its raw type so a rebuild keeps the expression. */
function generatedSql(row: ColumnRow, spelled: string): string | null {
  const extra = (row.extra ?? "").toUpperCase();
  if (!row.generation || !/GENERATED/.test(extra) || /DEFAULT_GENERATED/.test(extra)) return null;
  return `${spelled} GENERATED ALWAYS AS (${row.generation}) ${/STORED/.test(extra) ? "STORED" : "VIRTUAL"}`;
}

const ESCAPES: Readonly<Record<string, string>> = { 0: "\0", b: "\b", n: "\n", r: "\r", t: "\t", Z: "\x1a" };

/** The body of a MySQL string literal: '' and backslash escapes undone. */
export function unescapeString(body: string): string {
  return body.replace(/''|\\(.)/gs, (match, c: string | undefined) => (c === undefined ? "'" : ESCAPES[c] ?? c));
}

const QUOTED = /'((?:[^'\\]|''|\\.)*)'/gs;

/** `enum('a','b''c')` → ["a", "b'c"]. */
export function quotedList(sql: string): string[] {
  return [...sql.matchAll(QUOTED)].map((m) => unescapeString(m[1]!));
}

const NUMERIC_DATA_TYPES = /^(tinyint|smallint|mediumint|int|integer|bigint|decimal|float|double|year)$/i;

export interface DecodedDefault {
  readonly default: DefaultValue | null;
  readonly autoIncrement: boolean;
}

/**
 * COLUMN_DEFAULT → the IR. MariaDB (10.2.7+) writes it as SQL: 'quoted'
 * strings, bare numbers, NULL, expressions. MySQL 8 writes literals bare
 * and unquoted, and marks expression defaults DEFAULT_GENERATED in EXTRA
 * (CURRENT_TIMESTAMP before 8.0.13 is recognised by its spelling).
 */
export function decodeDefault(row: ColumnRow, type: ColumnType, mariadb: boolean): DecodedDefault {
  const extra = (row.extra ?? "").toLowerCase();
  if (extra.includes("auto_increment")) return { default: null, autoIncrement: true };
  const text = row.default_value;
  if (text === null || type.kind === "raw" && /GENERATED ALWAYS/.test(type.sql)) return { default: null, autoIncrement: false };
  // A raw numeric type (int unsigned, tinyint(4), ...) still takes numbers, as the model would give them.
  const numericRaw = type.kind === "raw" && NUMERIC_DATA_TYPES.test(row.data_type);
  const literal = (value: string): DecodedDefault => ({
    default: { kind: "literal", value: numericRaw && isNumberText(value) ? decodeNumber(value, true) : typedLiteral(value, type) },
    autoIncrement: false,
  });
  const expression: DecodedDefault = { default: { kind: "sql", sql: text }, autoIncrement: false };
  if (!mariadb) {
    if (extra.includes("default_generated")) return expression;
    const temporal = type.kind === "timestamp" || type.kind === "date" || type.kind === "time" || type.kind === "raw";
    return temporal && isMysqlTemporalKeyword(text) ? expression : literal(text);
  }
  const trimmed = text.trim();
  if (/^NULL$/i.test(trimmed)) return { default: null, autoIncrement: false };
  const quoted = /^'((?:[^'\\]|''|\\.)*)'$/s.exec(trimmed);
  if (quoted) return literal(unescapeString(quoted[1]!));
  if (isNumberText(trimmed)) return literal(trimmed);
  return expression;
}
