/**
 * The stored form of what PostgreSQL has beyond the textbook subset: index
 * keys and options, identity sequence options, table options. Each is what
 * the catalog reads back for the model: defaults left out (btree, ASC NULLS
 * LAST, sequence options a column of that type gets anyway), spellings as
 * the server prints them (lowercase method, "fillfactor=70").
 */
import type { Identity, Index, IndexColumn, IndexKey, TableOptionsIR } from "../../schema/ir.js";
import type { ColumnType } from "../../schema/types.js";
import { stripOuterParens } from "../shared/introspect-values.js";
import { storedName as clip } from "./names.js";

/** `"C"` → `C`: a name the model may have written quoted. */
export function unquotedName(name: string): string {
  const text = name.trim();
  return /^".*"$/.test(text) ? text.slice(1, -1).replace(/""/g, '"') : text;
}

function storedKey(key: IndexColumn): IndexColumn {
  if (typeof key === "string") return clip(key);
  const out: { -readonly [K in keyof IndexKey]: IndexKey[K] } = {};
  if (key.column !== undefined) out.column = clip(key.column);
  if (key.expression !== undefined) out.expression = stripOuterParens(key.expression);
  // A prefix length is MySQL's; PostgreSQL has none (and compile leaves it out).
  if (key.collation !== undefined) out.collation = unquotedName(key.collation);
  if (key.opclass !== undefined) out.opclass = key.opclass.trim().toLowerCase();
  if (key.descending) out.descending = true;
  // DESC means NULLS FIRST and ASC NULLS LAST: only the other way round is stored apart.
  if (key.nulls !== undefined && (key.nulls === "first") !== Boolean(key.descending)) out.nulls = key.nulls;
  return out.column !== undefined && Object.keys(out).length === 1 ? out.column : out;
}

/** "fillfactor = 70,deduplicate_items=OFF" → "fillfactor=70, deduplicate_items=off", as reloptions print. */
export function storedWith(text: string): string {
  return text.split(",").map((part) => {
    const [key = "", ...value] = part.split("=");
    const v = value.join("=").trim().replace(/^'(.*)'$/, "$1");
    return `${key.trim().toLowerCase()}=${/^(on|off|true|false)$/i.test(v) ? v.toLowerCase() : v}`;
  }).join(", ");
}

export function storedIndex(index: Index): Index {
  const { using, include, nullsNotDistinct, with: params, ...rest } = index;
  const out: { -readonly [K in keyof Index]: Index[K] } = { ...rest, name: clip(index.name), columns: index.columns.map(storedKey) };
  const method = using?.trim().toLowerCase();
  if (method !== undefined && method !== "btree") out.using = method;
  if (include !== undefined && include.length > 0) out.include = include.map(clip);
  if (nullsNotDistinct) out.nullsNotDistinct = true;
  if (params !== undefined && params.trim() !== "") out.with = storedWith(params);
  return out;
}

const RANGES: Partial<Record<ColumnType["kind"], readonly [bigint, bigint]>> = {
  smallint: [-32768n, 32767n],
  integer: [-2147483648n, 2147483647n],
  bigint: [-9223372036854775808n, 9223372036854775807n],
};

/** `"+0010"` → `"10"`. */
const canonical = (value: string | undefined): string | undefined => (value === undefined ? undefined : BigInt(value.trim()).toString());

/**
 * The identity with only the sequence options the catalog tells apart from a
 * column of this type's defaults; undefined for the default identity (BY
 * DEFAULT, no options), which is what a plain autoincrement column is.
 */
export function storedIdentity(identity: Identity, type: ColumnType): Identity | undefined {
  const [typeMin, typeMax] = RANGES[type.kind] ?? RANGES.bigint!;
  const increment = canonical(identity.increment) ?? "1";
  const down = increment.startsWith("-");
  const min = canonical(identity.minValue) ?? (down ? typeMin.toString() : "1");
  const max = canonical(identity.maxValue) ?? (down ? "-1" : typeMax.toString());
  const start = canonical(identity.start) ?? (down ? max : min);
  const out: { -readonly [K in keyof Identity]: Identity[K] } = { generation: identity.generation };
  if (start !== (down ? max : min)) out.start = start;
  if (increment !== "1") out.increment = increment;
  if (min !== (down ? typeMin.toString() : "1")) out.minValue = min;
  if (max !== (down ? "-1" : typeMax.toString())) out.maxValue = max;
  const cache = canonical(identity.cache);
  if (cache !== undefined && cache !== "1") out.cache = cache;
  if (identity.cycle) out.cycle = true;
  return out.generation === "byDefault" && Object.keys(out).length === 1 ? undefined : out;
}

/** "range(created_at)" → "RANGE (created_at)", as pg_get_partkeydef prints it. */
function storedPartitionBy(text: string): string {
  const match = /^\s*(range|list|hash)\s*(\(.*\))\s*$/is.exec(text);
  return match ? `${match[1]!.toUpperCase()} ${match[2]}` : text.trim();
}

/** The options PostgreSQL has, names cut as the server cuts them; undefined when none is left. */
export function storedTableOptions(options: TableOptionsIR | undefined): TableOptionsIR | undefined {
  if (options === undefined) return undefined;
  const out: { -readonly [K in keyof TableOptionsIR]: TableOptionsIR[K] } = {};
  if (options.unlogged) out.unlogged = true;
  if (options.inherits !== undefined && options.inherits.length > 0) out.inherits = options.inherits.map(clip);
  if (options.partitionBy !== undefined) out.partitionBy = storedPartitionBy(options.partitionBy);
  if (options.partitionOf !== undefined) {
    const p = options.partitionOf;
    out.partitionOf = { parent: clip(p.parent), parentSchema: p.parentSchema === null ? null : clip(p.parentSchema), bound: p.bound.trim() };
  }
  if (options.with !== undefined && options.with.trim() !== "") out.with = storedWith(options.with);
  // WITHOUT ROWID, STRICT (SQLite), ENGINE and table charsets (MySQL) do not exist here: never a difference.
  return Object.keys(out).length > 0 ? out : undefined;
}
