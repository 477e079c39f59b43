/**
 * One catalog row → its IR piece, for what PostgreSQL has beyond the
 * textbook subset: identity and serial sequences with their options, index
 * keys (expression, collation, operator class, order), deferrable and
 * NOT VALID keys, exclusion constraints, table options. Every optional field
 * is set only when it differs from PostgreSQL's default (see ir.ts).
 */
import type {
  Deferrable, ForeignKey, Identity, Index, IndexColumn, IndexKey, ReferentialAction, TableOptionsIR,
} from "../../schema/ir.js";
import { stripOuterParens } from "../shared/introspect-values.js";
import type { ColumnRow, ConstraintRow, IndexRow, TableRow } from "./introspect-queries.js";

/** pg_constraint.confdeltype / confupdtype codes, reported as the database has them (no action included). */
const ACTIONS: Readonly<Record<string, ReferentialAction>> = {
  a: "no action", r: "restrict", c: "cascade", n: "set null", d: "set default",
};

/** The range of each integer type, by pg_type name: a sequence's default bounds. */
const RANGES: Readonly<Record<string, readonly [string, string]>> = {
  int2: ["-32768", "32767"],
  int4: ["-2147483648", "2147483647"],
  int8: ["-9223372036854775808", "9223372036854775807"],
};

/**
 * The sequence options that differ from what CREATE SEQUENCE (or an identity,
 * or SERIAL) gives a column of this type: increment 1, bounds 1 and the type's
 * maximum (-1 and its minimum when counting down), start at the bound it
 * counts from, cache 1, no cycle.
 */
export function sequenceOptions(row: ColumnRow): Omit<Identity, "generation"> {
  const out: { -readonly [K in keyof Identity]?: Identity[K] } = {};
  if (row.sequence_increment === null) return out;
  const [typeMin, typeMax] = RANGES[row.type_name] ?? RANGES["int8"]!;
  const down = row.sequence_increment.startsWith("-");
  const [min, max] = down ? [typeMin, "-1"] : ["1", typeMax];
  if (row.sequence_start !== (down ? row.sequence_max : row.sequence_min)) out.start = row.sequence_start!;
  if (row.sequence_increment !== "1") out.increment = row.sequence_increment;
  if (row.sequence_min !== min) out.minValue = row.sequence_min!;
  if (row.sequence_max !== max) out.maxValue = row.sequence_max!;
  if (row.sequence_cache !== "1") out.cache = row.sequence_cache!;
  if (row.sequence_cycle) out.cycle = true;
  return out;
}

export function deferrableOf(row: { deferrable: boolean; deferred: boolean }): Deferrable | undefined {
  if (!row.deferrable) return undefined;
  return row.deferred ? "deferred" : "immediate";
}

/** A foreign key with its options; refSchema null when it points into its own table's schema. */
export function foreignKeyOf(row: ConstraintRow, ownSchema: string): ForeignKey {
  const fk: { -readonly [K in keyof ForeignKey]: ForeignKey[K] } = {
    name: row.name,
    columns: row.columns,
    refTable: row.ref_table!,
    refSchema: row.ref_schema === ownSchema ? null : row.ref_schema,
    refColumns: row.ref_columns,
    onDelete: ACTIONS[row.on_delete] ?? null,
    onUpdate: ACTIONS[row.on_update] ?? null,
  };
  const deferrable = deferrableOf(row);
  if (deferrable) fk.deferrable = deferrable;
  if (row.match === "f") fk.match = "full";
  if (!row.validated) fk.notValid = true;
  return fk;
}

/** pg_index.indoption bits. */
const DESC = 1;
const NULLS_FIRST = 2;

/** One key: the plain column name when that is all it is, else an IndexKey in the DSL's key order. */
function indexKey(row: IndexRow, i: number): IndexColumn {
  const column = row.columns[i] ?? null;
  const key: { -readonly [K in keyof IndexKey]: IndexKey[K] } = {};
  if (column !== null) key.column = column;
  else key.expression = stripOuterParens(row.definitions?.[i] ?? "");
  const collation = column !== null ? row.collations?.[i] ?? null : expressionCollation(row, i);
  if (collation) key.collation = collation;
  const opclass = row.opclasses?.[i] ?? null;
  if (opclass) key.opclass = opclass;
  const option = row.options?.[i] ?? 0;
  const descending = (option & DESC) !== 0;
  const nullsFirst = (option & NULLS_FIRST) !== 0;
  if (descending) key.descending = true;
  // DESC puts NULLs first by default, ASC last: only the other way round is said.
  if (descending && !nullsFirst) key.nulls = "last";
  if (!descending && nullsFirst) key.nulls = "first";
  return column !== null && Object.keys(key).length === 1 ? column : key;
}

/** The top-level comma-separated parts of the key list in CREATE INDEX ... (keys) as pg_get_indexdef prints it. */
function keyParts(definition: string): string[] {
  const open = definition.indexOf("(", definition.indexOf(" ON "));
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = "";
  for (let i = open + 1; i < definition.length; i++) {
    const c = definition[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "(") depth++;
    else if (c === ")" && depth-- === 0) break;
    else if (c === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
      continue;
    }
    current += c;
  }
  parts.push(current.trim());
  return parts;
}

const NAME = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)`;
const COLLATE = new RegExp(String.raw`^\s+COLLATE (${NAME})(?:\.(${NAME}))?`);
const unquote = (name: string): string => (name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name);

/**
 * An expression key's collation where it is not the expression's own: the
 * whole index definition names it then (and only then), after the key.
 */
function expressionCollation(row: IndexRow, i: number): string | null {
  const key = row.definitions?.[i];
  if (!row.full_definition || !key) return null;
  const part = keyParts(row.full_definition)[i] ?? "";
  const wrapped = part.startsWith(`(${key})`) ? `(${key})` : key;
  if (!part.startsWith(wrapped)) return null;
  const match = COLLATE.exec(part.slice(wrapped.length));
  if (!match) return null;
  return match[2] ? `${unquote(match[1]!)}.${unquote(match[2])}` : unquote(match[1]!);
}

export function indexOf(row: IndexRow): Index {
  const index: { -readonly [K in keyof Index]: Index[K] } = {
    name: row.name,
    columns: row.columns.map((_, i) => indexKey(row, i)),
    unique: row.is_unique,
    where: row.predicate === null ? null : stripOuterParens(row.predicate),
  };
  if (row.method !== "btree") index.using = row.method;
  if (row.include !== null && row.include.length > 0) index.include = row.include;
  if (row.nulls_not_distinct) index.nullsNotDistinct = true;
  if (row.with) index.with = row.with;
  return index;
}

/** A parent as options name it: bare in the table's own schema, else "schema.name". */
const parentName = (name: string, schema: string, own: string): string => (schema === own ? name : `${schema}.${name}`);

export function tableOptionsOf(row: TableRow): TableOptionsIR | undefined {
  const options: { -readonly [K in keyof TableOptionsIR]: TableOptionsIR[K] } = {};
  if (row.unlogged) options.unlogged = true;
  if (row.partition_bound !== null && row.parents.length > 0) {
    const parentSchema = row.parent_schemas[0]!;
    options.partitionOf = { parent: row.parents[0]!, parentSchema: parentSchema === row.schema ? null : parentSchema, bound: row.partition_bound };
  } else if (row.parents.length > 0) {
    options.inherits = row.parents.map((name, i) => parentName(name, row.parent_schemas[i]!, row.schema));
  }
  if (row.partition_by) options.partitionBy = row.partition_by;
  if (row.with) options.with = row.with;
  return Object.keys(options).length > 0 ? options : undefined;
}
