/**
 * MySQL / MariaDB catalog text → IR column types and defaults: the inverse
 * of types.ts. Integer display widths (`int(11)`, printed by MariaDB and
 * MySQL 5.7, not by MySQL 8) mean nothing and are dropped; UNSIGNED is the
 * type's `unsigned` flag. Types the IR cannot say exactly (ZEROFILL,
 * datetime(3), mediumtext, bit(1), ...) stay {kind: "raw"} with
 * COLUMN_TYPE's spelling, which a rebuild writes back unchanged.
 */
import type { ColumnType, DefaultValue } from "../../schema/types.js";
import { isMysqlTemporalKeyword } from "../shared/defaults.js";
import { decodeNumber, isNumberText, typedLiteral } from "../shared/introspect-values.js";
import type { ColumnRow } from "./introspect-queries.js";

/** The IR kind of each integer type; TINYINT(1) (signed) is boolean(), which MySQL spells that way. */
const INTEGERS: Readonly<Record<string, "integer" | "bigint" | "smallint" | "tinyint" | "mediumint">> = {
  int: "integer", bigint: "bigint", smallint: "smallint", tinyint: "tinyint", mediumint: "mediumint",
};

/**
 * The display width MariaDB and MySQL 5.7 print for a type declared without one (signed, unsigned). A
 * width the server prints of its own means nothing; any other was written on purpose (`int(11) unsigned`,
 * `tinyint(2)`) and SHOW CREATE TABLE keeps it, so the type stays raw, as written, and compares equal to
 * the plain type (type-names.ts drops widths).
 */
const DEFAULT_WIDTH: Readonly<Record<string, readonly [number, number]>> = {
  tinyint: [4, 3], smallint: [6, 5], mediumint: [9, 8], int: [11, 10], bigint: [20, 20],
};

/** `int(10) unsigned`, `bigint`, `tinyint(4)`: a width and UNSIGNED; ZEROFILL has no IR form. */
const INTEGER_TYPE = /^(\w+)(?:\((\d+)\))?( unsigned)?$/;
const FLOATING = /^(float|double|decimal)(?:\((\d+)(?:,(\d+))?\))?( unsigned)?$/;

/** Adds `unsigned: true` where the catalog says UNSIGNED. */
function withSign<T extends ColumnType>(type: T, unsigned: boolean): ColumnType {
  return unsigned ? { ...type, unsigned: true } as ColumnType : type;
}

/** Types with no parameters the IR would need: COLUMN_TYPE is just the name. */
const SIMPLE: Readonly<Record<string, ColumnType>> = {
  text: { kind: "text" },
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
  const length = /^\w+\((\d+)\)$/.exec(lower)?.[1];
  switch (dataType) {
    case "varchar": return length ? { kind: "varchar", length: Number(length) } : raw;
    // CHAR(36) is what uuid() writes here, but it is a CHAR(36) all the same: the comparer normalises.
    case "char": return length ? { kind: "char", length: Number(length) } : raw;
    case "varbinary": return length ? { kind: "binary", length: Number(length) } : raw;
    case "decimal": {
      const m = FLOATING.exec(lower);
      return m && m[2] !== undefined
        ? withSign({ kind: "numeric", precision: Number(m[2]), scale: m[3] === undefined ? 0 : Number(m[3]) }, m[4] !== undefined) : raw;
    }
    // FLOAT is what types.ts writes for real(); a FLOAT(p) or FLOAT(m, d) stays raw.
    case "float":
    case "double": {
      const m = FLOATING.exec(lower);
      return m && m[2] === undefined ? withSign({ kind: dataType === "float" ? "real" : "double" }, m[4] !== undefined) : raw;
    }
    case "longtext": return jsonColumn ? { kind: "json" } : raw;
    case "enum": return { kind: "enum", name: enumName(row), values: quotedList(spelled) };
    default: {
      const integer = INTEGERS[dataType];
      if (integer === undefined) return lower === dataType ? SIMPLE[dataType] ?? raw : raw;
      const m = INTEGER_TYPE.exec(lower);
      if (!m || m[1] !== dataType) return raw;
      if (integer === "tinyint" && m[2] === "1" && m[3] === undefined) return { kind: "boolean" };
      if (m[2] !== undefined && Number(m[2]) !== DEFAULT_WIDTH[dataType]![m[3] === undefined ? 0 : 1]) return raw;
      return withSign({ kind: integer }, m[3] !== undefined);
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
  if (text === null || /\bGENERATED\b/i.test(extra) && !extra.includes("default_generated")) return { default: null, autoIncrement: false };
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
