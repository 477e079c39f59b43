/**
 * The Schema IR as a Mermaid `erDiagram` (what `migrate pull --format
 * mermaid` writes): each table an entity with its columns, each foreign key
 * a relationship from the referenced table to the referencing one. Pure:
 * the same schema gives the same text, whatever order its tables come in.
 *
 * Mermaid's lexer (packages/mermaid/src/diagrams/er/parser/erDiagram.jison)
 * accepts less than SQL names and types hold, so every word is made valid
 * for Mermaid 9.4 to 12 alike (GitHub and editors run various versions):
 *
 * - Entity names (tables, `schema.table` outside the default schema) are
 *   written bare when they are an ASCII letter or `_` followed by ASCII
 *   letters, digits and `_`, and are not a word the lexer takes for a
 *   keyword (case-insensitively: erDiagram, one, many, to, u, end, style,
 *   class...). Otherwise they are quoted, `"audit.log"`, `"order items"`;
 *   inside the quotes, which cannot hold them, `"`, `%`, `\` and control
 *   characters become `_`, and the space in "direction TB/BT/RL/LR"
 *   becomes `_` (a line holding that phrase is read as a direction statement).
 * - Relationship labels are quoted the same way.
 * - Attribute names and types are words of ASCII letters, digits, `_`, `-`,
 *   `(`, `)`, `[`, `]` (Mermaid 11.5 also takes non-ASCII letters; older
 *   versions do not): every run of other characters becomes one `_`
 *   (`timestamp(3) with time zone` → `timestamp(3)_with_time_zone`,
 *   `numeric(10, 2)` → `numeric(10_2)`: a comma would end the word). Double
 *   quotes are dropped from types first (`"MyType"` → `MyType`). A type must
 *   begin with a letter (`t` is put in front otherwise), a name with a letter
 *   or `_` (`_` is put in front otherwise). A word beginning with PK, FK or UK
 *   followed by no letter, digit or `_` would be read as a key marker, so `_`
 *   goes after those two letters (`pk` → `pk_`).
 * - Comments: `"` becomes `'`, `~` becomes `-` (two of them make a generic
 *   type), control characters become a space and `%%` is written `% %`
 *   (Mermaid reads `%%{` anywhere as a directive).
 * - A quoted text (name, label, comment) ending in `=` gets a space after it.
 */
import type { Column, ForeignKey, Schema, Table } from "../schema/ir.js";
import type { ColumnType } from "../schema/types.js";

/** Plain UTF-16 order: the same on every machine, unlike localeCompare. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byTable = (a: Table, b: Table): number => compare(a.schema ?? "", b.schema ?? "") || compare(a.name, b.name);

/*
 * Words the lexer matches before an entity name (its rules are tried in
 * order and it is case-insensitive; a keyword rule ending in a letter only
 * needs a non-word character after it): bare, they would not be entity names.
 */
const KEYWORDS: ReadonlySet<string> = new Set([
  "erdiagram", "style", "classdef", "class", "subgraph", "end", "one", "only", "zero", "many", "to", "optionally", "u",
  "acctitle", "accdescr", "direction", "title",
]);

const BARE_ENTITY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/*
 * Before parsing, Mermaid rewrites `="..."` to `='...'` inside anything that
 * looks like an HTML tag, `<b ... >`, even across lines: a quoted text that
 * ends in `=` would lose its closing quote to a `<` before it and a `>` after.
 */
const closable = (inner: string): string => (inner.endsWith("=") ? `${inner} ` : inner);

/** An entity name or relationship label in quotes: the lexer's ENTITY_NAME, `"[^"%\r\n\v\b\\]+"`. */
function quoted(text: string): string {
  const inner = text.replace(/["%\\\u0000-\u001f\u007f]/g, "_").replace(/(direction)\s+(?=tb|bt|rl|lr)/gi, "$1_");
  return `"${inner === "" ? "_" : closable(inner)}"`;
}

/** The entity name of a table: `name`, or `schema.name` outside the default schema. */
function mermaidEntityName(name: string, schema: string | null): string {
  const text = schema === null ? name : `${schema}.${name}`;
  return BARE_ENTITY.test(text) && !KEYWORDS.has(text.toLowerCase()) ? text : quoted(text);
}

/** An attribute word (the lexer's ATTRIBUTE_WORD, ASCII part), with `prefix` put in front when `first` does not match. */
function attributeWord(text: string, first: RegExp, prefix: string): string {
  let word = text.trim().replace(/[^A-Za-z0-9_()[\]-]+/g, "_");
  if (!first.test(word)) word = prefix + word;
  if (/^(?:pk|fk|uk)(?![A-Za-z0-9_])/i.test(word)) word = `${word.slice(0, 2)}_${word.slice(2)}`;
  return word;
}

function mermaidAttributeName(name: string): string {
  return attributeWord(name, /^[A-Za-z_]/, "_");
}

function mermaidTypeName(type: ColumnType): string {
  return attributeWord(typeSpelling(type).replace(/"/g, ""), /^[A-Za-z]/, "t");
}

function sized(name: string, length: number | null): string {
  return length === null ? name : `${name}(${length})`;
}

/**
 * A short spelling of a column type, dialect-free: the kind's name with its
 * length or precision (`varchar(255)`, `numeric(10,2)`), `timetz` and
 * `timestamptz` for the zoned kinds, the enum's name, a raw type's SQL; an
 * unsigned type ends in `_unsigned` (`integer_unsigned`).
 */
function typeSpelling(type: ColumnType): string {
  switch (type.kind) {
    case "integer": case "bigint": case "smallint": case "tinyint": case "mediumint": case "real": case "double":
      return type.unsigned ? `${type.kind}_unsigned` : type.kind;
    case "numeric": {
      const base = type.precision === null ? "numeric"
        : type.scale === null ? `numeric(${type.precision})` : `numeric(${type.precision},${type.scale})`;
      return type.unsigned ? `${base}_unsigned` : base;
    }
    case "varchar": case "char": case "binary":
      return sized(type.kind, type.length);
    case "text": case "boolean": case "date": case "json": case "jsonb": case "uuid":
      return type.kind;
    case "time": case "timestamp":
      return type.withTimezone ? `${type.kind}tz` : type.kind;
    case "enum":
      return type.name;
    case "raw":
      return type.sql;
    default: {
      // A new kind fails to compile here until it has a spelling.
      const unknown: never = type;
      return unknown;
    }
  }
}

/** `"` cannot be in a comment; `~` pairs make generics; `%%{` anywhere is a directive. */
function attributeComment(text: string): string {
  const inner = text.replace(/"/g, "'").replace(/~/g, "-").replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/%(?=%)/g, "% ");
  return `"${closable(inner)}"`;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((name) => set.has(name));
};

/**
 * The column sets a row has alone besides the primary key: unique
 * constraints and unique indexes on plain columns without a predicate (a
 * partial index or an expression key does not make its columns unique).
 */
function uniqueKeys(table: Table): (readonly string[])[] {
  const sets: (readonly string[])[] = table.uniques.map((unique) => unique.columns);
  for (const index of table.indexes) {
    if (!index.unique || index.where !== null) continue;
    const columns = index.columns.map((key) => (typeof key === "string" ? key : key.expression === undefined ? key.column : undefined));
    if (columns.every((column): column is string => column !== undefined)) sets.push(columns);
  }
  return sets;
}

function attributeLine(column: Column, table: Table, unique: readonly (readonly string[])[]): string {
  const keys: string[] = [];
  if (table.primaryKey?.columns.includes(column.name)) keys.push("PK");
  if (table.foreignKeys.some((fk) => fk.columns.includes(column.name))) keys.push("FK");
  if (unique.some((set) => set.includes(column.name))) keys.push("UK");
  const parts = [mermaidTypeName(column.type), mermaidAttributeName(column.name)];
  if (keys.length > 0) parts.push(keys.join(", "));
  if (column.comment !== null && column.comment !== "") parts.push(attributeComment(column.comment));
  return `    ${parts.join(" ")}`;
}

export function renderMermaid(schema: Schema): string {
  const tables = [...schema.tables].sort(byTable);
  const byKey = new Map(tables.map((t) => [`${t.schema ?? ""}\0${t.name}`, t]));
  // A reference without a schema points into its own table's schema; one that names a schema may name the
  // default one (e.g. "public"), whose tables have none in the IR (as autogenerate/order.ts finds them).
  const find = (name: string, schema: string | null, from: Table): Table | undefined =>
    byKey.get(`${schema ?? from.schema ?? ""}\0${name}`) ?? (schema === null ? undefined : byKey.get(`\0${name}`));
  const entityOf = (name: string, schema: string | null, from: Table): string => {
    const found = find(name, schema, from);
    return found === undefined ? mermaidEntityName(name, schema ?? from.schema) : mermaidEntityName(found.name, found.schema);
  };

  const lines = ["erDiagram"];
  for (const table of tables) {
    const entity = mermaidEntityName(table.name, table.schema);
    const partitionOf = table.options?.partitionOf;
    if (partitionOf !== undefined) lines.push(`  %% partition of ${entityOf(partitionOf.parent, partitionOf.parentSchema, table)}`);
    // A partition has no columns of its own in the IR: a bare entity, which Mermaid draws as an empty box.
    if (table.columns.length === 0) {
      lines.push(`  ${entity}`);
      continue;
    }
    const unique = uniqueKeys(table);
    lines.push(`  ${entity} {`, ...table.columns.map((column) => attributeLine(column, table, unique)), "  }");
  }

  for (const table of tables) {
    const child = mermaidEntityName(table.name, table.schema);
    // A partition's columns are its parent's.
    const parentTable = table.options?.partitionOf === undefined ? undefined
      : find(table.options.partitionOf.parent, table.options.partitionOf.parentSchema, table);
    const columns = new Map((table.columns.length > 0 ? table.columns : parentTable?.columns ?? []).map((c) => [c.name, c]));
    const keys = table.primaryKey === null ? uniqueKeys(table) : [table.primaryKey.columns, ...uniqueKeys(table)];
    const relationships = table.foreignKeys.map((fk) => ({ fk, label: label(fk), parent: entityOf(fk.refTable, fk.refSchema, table) }))
      .sort((a, b) => compare(a.label, b.label) || compare(a.parent, b.parent) || compare(a.fk.refColumns.join("\0"), b.fk.refColumns.join("\0")));
    for (const { fk, label: text, parent } of relationships) {
      // A column the schema does not show may hold NULL, as far as the diagram can tell.
      const required = fk.columns.every((name) => columns.get(name)?.nullable === false);
      const oneToOne = keys.some((set) => sameSet(set, fk.columns));
      lines.push(`  ${parent} ${required ? "||" : "|o"}--${oneToOne ? "o|" : "o{"} ${child} : ${quoted(text)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The constraint's name, or its columns when it has none. */
function label(fk: ForeignKey): string {
  return fk.name ?? fk.columns.join(", ");
}
