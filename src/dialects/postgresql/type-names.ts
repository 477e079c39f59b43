/**
 * A type as a user may spell it in rawType() ("INT", "varchar(5)[]",
 * "TIMESTAMP(3)", "float(10)", "serial") → what PostgreSQL's catalog says
 * for it: the pg_type name and format_type's text. introspect-types.ts turns
 * that pair into the IR, so a raw model type and the column it created read
 * back identically. Spellings this does not know stay as written, lowercased
 * outside quotes, which is also how format_type prints most other types.
 */

export interface CatalogType {
  /** pg_type.typname of the base (element) type: "int4", "varchar", ...; null for types not recognised. */
  readonly typeName: string | null;
  /** format_type's text for the whole type, arrays included. */
  readonly sql: string;
  readonly array: boolean;
  /** serial, bigserial, smallserial: an integer with a sequence (autoincrement) and NOT NULL. */
  readonly serial: boolean;
}

interface Base { readonly typeName: string; readonly sql: string; readonly serial?: boolean }

/** Names without modifiers: spelling → pg_type name and format_type text. */
const PLAIN: Readonly<Record<string, Base>> = {
  integer: { typeName: "int4", sql: "integer" }, int: { typeName: "int4", sql: "integer" }, int4: { typeName: "int4", sql: "integer" },
  bigint: { typeName: "int8", sql: "bigint" }, int8: { typeName: "int8", sql: "bigint" },
  smallint: { typeName: "int2", sql: "smallint" }, int2: { typeName: "int2", sql: "smallint" },
  serial: { typeName: "int4", sql: "integer", serial: true }, serial4: { typeName: "int4", sql: "integer", serial: true },
  bigserial: { typeName: "int8", sql: "bigint", serial: true }, serial8: { typeName: "int8", sql: "bigint", serial: true },
  smallserial: { typeName: "int2", sql: "smallint", serial: true }, serial2: { typeName: "int2", sql: "smallint", serial: true },
  text: { typeName: "text", sql: "text" },
  boolean: { typeName: "bool", sql: "boolean" }, bool: { typeName: "bool", sql: "boolean" },
  real: { typeName: "float4", sql: "real" }, float4: { typeName: "float4", sql: "real" },
  "double precision": { typeName: "float8", sql: "double precision" }, float8: { typeName: "float8", sql: "double precision" },
  float: { typeName: "float8", sql: "double precision" },
  date: { typeName: "date", sql: "date" }, json: { typeName: "json", sql: "json" }, jsonb: { typeName: "jsonb", sql: "jsonb" },
  uuid: { typeName: "uuid", sql: "uuid" }, bytea: { typeName: "bytea", sql: "bytea" },
  timetz: { typeName: "timetz", sql: "time with time zone" }, timestamptz: { typeName: "timestamptz", sql: "timestamp with time zone" },
};

/** Lowercases outside double quotes and collapses whitespace, with none inside parentheses or brackets. */
export function lowerSpelling(text: string): string {
  let out = "";
  let quoted = false;
  for (const char of text.trim().replace(/\s+/g, " ")) {
    if (char === '"') quoted = !quoted;
    out += quoted ? char : char.toLowerCase();
  }
  return out.replace(/\s*([(),[\]])\s*/g, "$1").replace(/\)(?=[a-z])/g, ") ");
}

function base(name: string, args: number[], zone: string | undefined): Base | null {
  const [first, second] = args;
  if (zone === undefined && args.length === 0 && PLAIN[name]) return PLAIN[name];
  switch (name) {
    case "numeric": case "decimal":
      if (args.length > 2 || zone) return null;
      return { typeName: "numeric", sql: first === undefined ? "numeric" : `numeric(${first},${second ?? 0})` };
    case "varchar": case "character varying":
      if (args.length > 1 || zone) return null;
      return { typeName: "varchar", sql: first === undefined ? "character varying" : `character varying(${first})` };
    case "char": case "character": case "bpchar":
      if (args.length > 1 || zone) return null;
      if (first === undefined) return name === "bpchar" ? { typeName: "bpchar", sql: "bpchar" } : { typeName: "bpchar", sql: "character(1)" };
      return { typeName: "bpchar", sql: `character(${first})` };
    case "float":
      if (args.length !== 1 || zone) return null;
      return (first ?? 53) <= 24 ? PLAIN["real"]! : PLAIN["float8"]!;
    case "timetz": case "timestamptz":
      return zone ? null : base(name.slice(0, -2), args, "with");
    case "time": case "timestamp": {
      if (args.length > 1) return null;
      const precision = first === undefined ? "" : `(${first})`;
      const tz = zone === "with";
      return { typeName: tz ? `${name}tz` : name, sql: `${name}${precision} ${tz ? "with" : "without"} time zone` };
    }
    default:
      return null;
  }
}

/** What the catalog reads back for a spelled type (best effort: unknown names keep their spelling). */
export function catalogType(text: string): CatalogType {
  let spelling = lowerSpelling(text);
  let array = false;
  const arrayed = /^(.*?)(?:(?:\[\d*\])+| array(?:\[\d*\])?)$/.exec(spelling);
  if (arrayed) {
    spelling = arrayed[1]!;
    array = true;
  }
  const parts = /^([a-z][a-z0-9_ ]*?)(?:\((\d+(?:,\d+)?)\))?(?: (with|without) time zone)?$/.exec(spelling);
  const found = parts ? base(parts[1]!, parts[2] ? parts[2].split(",").map(Number) : [], parts[3]) : null;
  if (!found || (found.serial && array)) return { typeName: null, sql: `${spelling}${array ? "[]" : ""}`, array, serial: false };
  return { typeName: found.typeName, sql: `${found.sql}${array ? "[]" : ""}`, array, serial: found.serial ?? false };
}
