/**
 * Column types in one canonical spelling, for comparing what a model says
 * (an IR type, or a rawType in any of MySQL's synonyms) with what the
 * catalog's COLUMN_TYPE says. MariaDB and MySQL 5.7 print integer display
 * widths (`int(11)`, `int(10) unsigned`), MySQL 8 does not; BOOLEAN is
 * `tinyint(1)`; NUMERIC is `decimal(10,0)`; REAL is DOUBLE; and neither
 * prints a character set in COLUMN_TYPE.
 */
import type { ColumnType } from "../../schema/types.js";
import { columnType, quotedList } from "./introspect-types.js";
import { quoteString } from "./quote.js";
import { mysqlType } from "./types.js";

const SYNONYMS: readonly [RegExp, string][] = [
  [/^(bool|boolean)\b/, "tinyint(1)"],
  [/^integer\b/, "int"], [/^int1\b/, "tinyint"], [/^int2\b/, "smallint"], [/^(int3|middleint)\b/, "mediumint"],
  [/^int4\b/, "int"], [/^int8\b/, "bigint"],
  [/^(numeric|dec|fixed)\b/, "decimal"],
  [/^(double precision|real|float8)\b/, "double"], [/^float4\b/, "float"],
  [/^(character varying|national varchar|national character varying|nvarchar|nchar varchar)\b/, "varchar"],
  [/^(national char|national character|nchar|character)\b/, "char"],
  [/^long varbinary\b/, "mediumblob"], [/^(long varchar|long)\b/, "mediumtext"],
];

const INTEGER = /^(tinyint|smallint|mediumint|int|bigint)\(\d+\)/;

/**
 * Canonical spellings already worked out, by text: a schema spells its
 * types a few dozen ways, and compare asks for each column of both sides.
 * Bounded, in case something feeds it unboundedly many spellings.
 */
const canonicalCache = new Map<string, string>();
const CACHE_LIMIT = 10_000;

/** A rawType's text (or COLUMN_TYPE) in canonical form; enum and set value lists keep their exact values. */
export function canonicalTypeSql(sql: string): string {
  let canonical = canonicalCache.get(sql);
  if (canonical === undefined) {
    canonical = spellCanonically(sql);
    if (canonicalCache.size >= CACHE_LIMIT) canonicalCache.clear();
    canonicalCache.set(sql, canonical);
  }
  return canonical;
}

function spellCanonically(sql: string): string {
  let text = sql.trim().toLowerCase().replace(/\s+/g, " ");
  const list = /^(enum|set)\s*\(/.exec(text);
  if (list) return `${list[1]}(${quotedList(sql).map(quoteString).join(",")})`;
  text = text.replace(/\s*\(\s*/g, "(").replace(/\s*\)/g, ")").replace(/\s*,\s*/g, ",");
  // Character sets and collations are not part of COLUMN_TYPE: the comparison cannot see them.
  text = text.replace(/\s+(character set|charset|collate)\s+\w+/g, "").replace(/\s+binary$/, "");
  for (const [pattern, name] of SYNONYMS) text = text.replace(pattern, name);
  if (text === "tinyint(1)") return text;
  if (!/zerofill/.test(text)) text = text.replace(INTEGER, "$1");
  text = text
    .replace(/^decimal(?=$|\s)/, "decimal(10,0)").replace(/^decimal\((\d+)\)/, "decimal($1,0)")
    .replace(/^(char|binary|bit)(?=$|\s)/, "$1(1)")
    .replace(/^year\(4\)/, "year")
    .replace(/^(datetime|timestamp|time)\(0\)/, "$1")
    .replace(/^float\((\d+)\)/, (_m, p: string) => (Number(p) <= 24 ? "float" : "double"));
  return text;
}

/** The canonical spelling of any column type: what compare checks for equality. */
export function canonicalType(type: ColumnType): string {
  switch (type.kind) {
    case "enum": return `enum(${type.values.map(quoteString).join(",")})`;
    // MariaDB 10.7+ has a UUID type of its own; the model's uuid() is CHAR(36) here.
    case "uuid": return "uuid";
    case "jsonb": return "json";
    case "raw": return canonicalTypeSql(type.sql);
    default: return canonicalTypeSql(mysqlType(type));
  }
}

/**
 * The IR type introspection reads back for a rawType: `rawType("INT")` is
 * an integer, `rawType("tinyint(1)")` a boolean. Types the IR has no kind
 * for, types whose IR kind would compile to another type, and any type
 * naming a character set or collation (which a rebuild must keep), stay raw
 * as written.
 */
export function storedRawType(sql: string): ColumnType {
  if (/\b(character set|charset|collate|generated)\b/i.test(sql)) return { kind: "raw", sql };
  const canonical = canonicalTypeSql(sql);
  if (canonical === "json") return { kind: "json" };
  const dataType = /^\w+/.exec(canonical)?.[0] ?? canonical;
  const read = columnType({
    table_name: "", name: "", default_value: null, nullable: "YES", data_type: dataType, column_type: canonical,
    extra: null, comment: null, generation: null, charset: null, collation: null,
  }, false);
  // Only where the IR type compiles back to the same type (not MariaDB's UUID, which uuid() writes as CHAR(36)).
  return read.kind !== "raw" && canonicalTypeSql(mysqlType(read)) === canonical ? read : { kind: "raw", sql };
}
