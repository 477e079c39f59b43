/**
 * PostgreSQL catalog text → IR column types and defaults: the inverse of
 * types.ts. What the IR cannot say exactly (time(3), arrays, domains,
 * interval, inet, ...) stays {kind: "raw"} with format_type's spelling, so
 * a rebuild writes the very same type back.
 */
import type { ColumnType, DefaultValue } from "../../schema/types.js";
import { decodeNumber, isNumberText, typedLiteral } from "../shared/introspect-values.js";
import type { ColumnRow } from "./introspect-queries.js";

/** Types whose spelling carries nothing the IR needs beyond the kind. */
const SIMPLE: Readonly<Record<string, ColumnType>> = {
  int4: { kind: "integer" },
  int8: { kind: "bigint" },
  int2: { kind: "smallint" },
  text: { kind: "text" },
  bool: { kind: "boolean" },
  float4: { kind: "real" },
  float8: { kind: "double" },
  date: { kind: "date" },
  json: { kind: "json" },
  jsonb: { kind: "jsonb" },
  uuid: { kind: "uuid" },
  // bytea has no length; binary(n) of the model is a hint for other dialects (see types.ts).
  bytea: { kind: "binary", length: null },
};

/** Time types: only without a declared precision, which the IR has no field for. */
const TEMPORAL: Readonly<Record<string, ColumnType>> = {
  time: { kind: "time", withTimezone: false },
  timetz: { kind: "time", withTimezone: true },
  timestamp: { kind: "timestamp", withTimezone: false },
  timestamptz: { kind: "timestamp", withTimezone: true },
};

/** The numbers in format_type's parentheses: "numeric(10,2)" → [10, 2]; none → []. */
function modifiers(typeSql: string): number[] {
  const match = /\(([\d,\s]+)\)/.exec(typeSql);
  return match ? match[1]!.split(",").map((n) => Number(n.trim())) : [];
}

/** The enum values of a type, looked up by "schema.name". */
export type EnumValues = ReadonlyMap<string, readonly string[]>;

export const enumKey = (schema: string, name: string): string => `${schema}.${name}`;

export function columnType(row: ColumnRow, enums: EnumValues): ColumnType {
  const raw: ColumnType = { kind: "raw", sql: row.type_sql };
  if (row.type_type === "e") {
    const values = enums.get(enumKey(row.type_schema, row.type_name));
    return values ? { kind: "enum", name: row.type_name, values: [...values] } : raw;
  }
  // Domains and composite types share base names with nothing here; arrays are "_name" and fall through.
  if (row.type_type !== "b") return raw;
  return baseType(row.type_name, row.type_sql) ?? raw;
}

/**
 * A base type by its pg_type name and format_type text → its IR kind, or
 * null when the IR has none for it (type-names.ts feeds model raw types
 * through here too, so both sides agree).
 */
export function baseType(typeName: string, typeSql: string): ColumnType | null {
  const simple = SIMPLE[typeName];
  if (simple) return simple;
  const numbers = modifiers(typeSql);
  switch (typeName) {
    case "varchar": return { kind: "varchar", length: numbers[0] ?? null };
    case "bpchar": return { kind: "char", length: numbers[0] ?? null };
    case "numeric": return { kind: "numeric", precision: numbers[0] ?? null, scale: numbers[1] ?? null };
    default: {
      const temporal = TEMPORAL[typeName];
      return temporal && numbers.length === 0 ? temporal : null;
    }
  }
}

export interface DecodedDefault {
  readonly default: DefaultValue | null;
  readonly autoIncrement: boolean;
}

/** `'it''s'::character varying`, `'-3'::integer`, `'{}'::text[]`: a quoted literal and its casts. */
const CAST_LITERAL = /^'((?:[^']|'')*)'((?:::[A-Za-z_"][\w\s."$]*(?:\(\d+(?:,\s*\d+)?\))?(?:\[\])*)*)$/;
const NULL_LITERAL = /^NULL(?:::[A-Za-z_"][\w\s."$]*(?:\(\d+(?:,\s*\d+)?\))?(?:\[\])*)*$/i;

/**
 * pg_get_expr's default text → the IR. Literals become values typed like
 * the column; identity and serial columns become autoIncrement with no
 * default (their nextval() is the autoincrement, not a user default);
 * anything else is kept as SQL.
 */
export function decodeDefault(row: ColumnRow, type: ColumnType): DecodedDefault {
  if (row.identity === "a" || row.identity === "d") return { default: null, autoIncrement: true };
  const text = row.default_sql?.trim() ?? null;
  if (text === null || row.generated === "s") return { default: null, autoIncrement: false };
  if (row.owns_sequence && /^nextval\(/i.test(text)) return { default: null, autoIncrement: true };
  if (NULL_LITERAL.test(text)) return { default: null, autoIncrement: false };
  // A number the literal would print otherwise (`0.0` as 0, `1.50` as 1.5) stays as written: the default
  // restored from it must read back the same.
  if (isNumberText(text) && String(decodeNumber(text, false)) !== text) return { default: { kind: "sql", sql: text }, autoIncrement: false };
  const literal = decodeLiteral(text, type);
  // A number printed quoted and cast where its constant would print otherwise ('0'::numeric, '0'::bigint: what
  // SQLAlchemy's server_default="0" leaves) stays as written too, for the same reason.
  if (literal?.kind === "literal" && (typeof literal.value === "number" || typeof literal.value === "bigint")
    && text.startsWith("'") && !printedAsConstant(text, literal.value)) {
    return { default: { kind: "sql", sql: text }, autoIncrement: false };
  }
  return { default: literal ?? { kind: "sql", sql: text }, autoIncrement: false };
}

/**
 * Whether PostgreSQL prints the constant a literal default compiles to this way: a negative integer as
 * '-3'::integer (or ::bigint beyond int4), a negative decimal as '-1.5'::numeric, an integer beyond int4 as
 * '9007199254740993'::bigint (the compiler's spelling of a bigint); every other number prints bare.
 */
function printedAsConstant(text: string, value: number | bigint): boolean {
  const match = /^'(-?)(\d+)(\.\d+)?'::(integer|bigint|numeric)$/.exec(text);
  if (!match) return false;
  const [, minus, digits, fraction, cast] = match;
  if (String(value) !== `${minus}${digits}${fraction ?? ""}`) return false;
  if (fraction !== undefined) return cast === "numeric" && minus === "-";
  const n = BigInt(`${minus}${digits}`);
  const int4 = n >= -2147483648n && n <= 2147483647n;
  return cast === "integer" ? minus === "-" && int4 : cast === "bigint" && !int4;
}

/** A literal default as pg_get_expr prints it (`5`, `(-3)`, `'x'::text`, `true`) → the IR value; null when it is no literal. */
export function decodeLiteral(text: string, type: ColumnType): DefaultValue | null {
  if (/^(true|false)$/i.test(text)) return { kind: "literal", value: text.toLowerCase() === "true" };
  // Bare numbers are numeric constants (integer, numeric); PostgreSQL prints negatives as '-3'::integer or (-3).
  const bare = /^\(?([+-]?[\d.eE+-]+)\)?$/.exec(text);
  if (bare && isNumberText(bare[1]!)) {
    const integral = type.kind === "integer" || type.kind === "bigint" || type.kind === "smallint";
    return { kind: "literal", value: decodeNumber(bare[1]!, integral || type.kind === "raw") };
  }
  const quoted = CAST_LITERAL.exec(text);
  if (!quoted) return null;
  return { kind: "literal", value: typedLiteral(quoted[1]!.replace(/''/g, "'"), type) };
}
