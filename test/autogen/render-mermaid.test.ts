/**
 * renderMermaid: every line of the diagram follows Mermaid's erDiagram
 * grammar (the rules Mermaid 9.4 to 12 share, read from erDiagram.jison),
 * whatever the names, types and comments hold; every table is one entity
 * and every foreign key one relationship, with the cardinality its columns
 * give; the text depends on the schema only, not on the order of its tables.
 *
 * ATHANOR_TEST_MERMAID, a comma-separated list of installed `mermaid`
 * package directories (outside the project), also runs Mermaid's own parser
 * on the diagrams: e.g. `mkdir /tmp/mm && cd /tmp/mm && npm init -y &&
 * npm i mermaid` then ATHANOR_TEST_MERMAID=/tmp/mm/node_modules/mermaid.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { renderMermaid } from "../../src/autogenerate/render-mermaid.js";
import type { Column, ForeignKey, Index, Schema, Table } from "../../src/schema/ir.js";
import type { ColumnType } from "../../src/schema/types.js";
import { seededRandom } from "../helpers/processes.js";

const column = (name: string, type: ColumnType, extra: Partial<Column> = {}): Column => ({
  name, type, nullable: true, default: null, autoIncrement: false, comment: null, ...extra,
});
const table = (name: string, columns: Column[], extra: Partial<Table> = {}): Table => ({
  name, schema: null, columns, primaryKey: null, indexes: [], uniques: [], foreignKeys: [], checks: [], comment: null, ...extra,
});
const fk = (name: string | null, columns: string[], refTable: string, refColumns: string[], refSchema: string | null = null): ForeignKey => ({
  name, columns, refTable, refSchema, refColumns, onDelete: null, onUpdate: null,
});
const uniqueIndex = (name: string, columns: Index["columns"], where: string | null = null): Index => ({ name, columns, unique: true, where });
const pk = (...columns: string[]) => ({ name: null, columns });
const int: ColumnType = { kind: "integer" };

// ---- A reader of the diagram that applies Mermaid's grammar to each line.

/* Words the lexer takes for keywords where an entity name stands (case-insensitive), over versions 9.4 to 12. */
const KEYWORDS = ["erdiagram", "style", "classdef", "class", "subgraph", "end", "one", "only", "zero", "many", "to", "optionally", "u",
  "acctitle", "accdescr", "direction"];
/* An attribute word that begins with a key marker not followed by a word character is lexed as the marker (`\b(PK|FK|UK)\b`). */
const KEY_LIKE = /^(?:pk|fk|uk)(?![A-Za-z0-9_])/i;

/** ALPHANUM (9.4 to 11.11, a subset of later UNICODE_TEXT) or ENTITY_NAME `"[^"%\r\n\v\b\\]+"`; a quoted phrase "direction TB" is a direction statement. */
function entityProblem(word: string): string | null {
  if (word.startsWith("\"")) {
    if (!/^"[^"%\r\n\v\u0008\\]+"$/.test(word)) return "bad quoted name";
    return /direction\s+(?:tb|bt|rl|lr)/i.test(word) ? "reads as a direction" : null;
  }
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(word)) return "bad bare name";
  return KEYWORDS.includes(word.toLowerCase()) ? "keyword" : null;
}
/** ATTRIBUTE_WORD (ASCII): documented types begin with a letter, names may begin with `_` (9.4 and later). */
function typeProblem(word: string): string | null {
  return /^[A-Za-z][A-Za-z0-9_()[\]-]*$/.test(word) && !KEY_LIKE.test(word) ? null : "bad type";
}
function nameProblem(word: string): string | null {
  return /^[A-Za-z_][A-Za-z0-9_()[\]-]*$/.test(word) && !KEY_LIKE.test(word) ? null : "bad attribute name";
}
/** COMMENT `"[^"]*"`, on one line; two `~` make a generic type; `%%{` anywhere is a directive. */
function commentProblem(text: string): string | null {
  if (/[\u0000-\u001f\u007f]/.test(text) || text.includes("%%")) return "bad comment";
  return (text.match(/~/g) ?? []).length > 1 ? "generic in comment" : null;
}

interface Attribute { type: string; name: string; keys: string[]; comment: string | null }
interface Entity { name: string; attributes: Attribute[] | null }
interface Relationship { parent: string; left: string; right: string; child: string; label: string }
interface Diagram { entities: Entity[]; relationships: Relationship[]; comments: string[]; problems: string[] }

const NAME = String.raw`("[^"]*"|[^\s"]+)`;
const RELATIONSHIP = new RegExp(String.raw`^  ${NAME} (\|o|\|\||\}o|\}\|)(--|\.\.)(o\||\|\||o\{|\|\{) ${NAME} : ("[^"]*")$`);
const ATTRIBUTE = /^ {4}(\S+) (\S+)((?: (?:PK|FK|UK)(?:, (?:PK|FK|UK))*)?)(?: "([^"]*)")?$/;

function readDiagram(text: string): Diagram {
  const diagram: Diagram = { entities: [], relationships: [], comments: [], problems: [] };
  const problem = (line: string, reason: string | null): void => { if (reason !== null) diagram.problems.push(`${reason}: ${JSON.stringify(line)}`); };
  if (!text.endsWith("\n")) problem(text, "no final newline");
  const lines = text.slice(0, -1).split("\n");
  if (lines[0] !== "erDiagram") problem(lines[0] ?? "", "no header");
  let open: Entity | null = null;
  for (const line of lines.slice(1)) {
    let match: RegExpExecArray | null;
    if (open !== null) {
      if (line === "  }") {
        if (open.attributes?.length === 0) problem(line, "empty block");
        open = null;
      } else if ((match = ATTRIBUTE.exec(line)) !== null) {
        const [, type = "", name = "", keys = "", comment] = match;
        problem(line, typeProblem(type) ?? nameProblem(name) ?? (comment === undefined ? null : commentProblem(comment)));
        open.attributes?.push({ type, name, keys: keys === "" ? [] : keys.trim().split(", "), comment: comment ?? null });
      } else problem(line, "not an attribute");
    } else if ((match = /^ {2}%%(?!\{)(.+)$/.exec(line)) !== null) {
      diagram.comments.push(match[1]?.trim() ?? "");
    } else if ((match = new RegExp(String.raw`^  ${NAME} \{$`).exec(line)) !== null) {
      problem(line, entityProblem(match[1] ?? ""));
      open = { name: match[1] ?? "", attributes: [] };
      diagram.entities.push(open);
    } else if ((match = RELATIONSHIP.exec(line)) !== null) {
      const [, parent = "", left = "", , right = "", child = "", label = ""] = match;
      problem(line, entityProblem(parent) ?? entityProblem(child) ?? entityProblem(label));
      diagram.relationships.push({ parent, left, right, child, label });
    } else if ((match = new RegExp(String.raw`^  ${NAME}$`).exec(line)) !== null) {
      problem(line, entityProblem(match[1] ?? ""));
      diagram.entities.push({ name: match[1] ?? "", attributes: null });
    } else problem(line, "not a statement");
  }
  if (open !== null) problem(open.name, "block not closed");
  if (text.includes("%%{")) problem(text, "directive");
  // The preprocessor rewrites `="..."` inside anything from `<word` to the next `>`, over lines.
  for (const tag of text.match(/<\w+[^>]*>/g) ?? []) if (/="[^"]*"/.test(tag)) problem(tag, "html attribute rewrite");
  return diagram;
}

// ---- Schemas.

const UNIQUE_INDEX_ON_EXPRESSION = uniqueIndex("ux_lower", [{ expression: "lower(note)" }]);

/** Every awkward case at once; names listed in the order the diagram gives them. */
const awkward: Schema = {
  enums: [{ name: "order mood", schema: null, values: ["happy", "sad"] }],
  tables: [
    table("shipments", [
      column("order id", int, { nullable: false }), column("line\"no", int, { nullable: false }),
      column("warehouse_id", int, { nullable: false }), column("note", { kind: "text" }),
    ], {
      foreignKeys: [fk("ship\"items%", ["order id", "line\"no"], "order items", ["order id", "line\"no"]),
        fk("shipments_warehouse_fk", ["warehouse_id"], "warehouses", ["id"], "stock")],
      indexes: [UNIQUE_INDEX_ON_EXPRESSION, uniqueIndex("ux_partial", ["warehouse_id"], "note IS NULL")],
    }),
    table("order items", [
      column("order id", int, { nullable: false }), column("line\"no", int, { nullable: false }),
      column("price", { kind: "numeric", precision: 10, scale: 2, unsigned: true }),
      column("created at", { kind: "timestamp", withTimezone: true }),
      column("tags", { kind: "raw", sql: "double precision[]" }), column("where", { kind: "raw", sql: "geometry(Point,4326)" }),
      column("mood", { kind: "enum", name: "order mood", values: ["happy", "sad"] }),
      column("pk", { kind: "text" }), column("2fa", { kind: "boolean" }), column("name", { kind: "raw", sql: "character varying(255)" }),
    ], { primaryKey: pk("order id", "line\"no"), foreignKeys: [fk("items_order_fk", ["order id"], "orders", ["id"])] }),
    table("orders", [column("id", { kind: "bigint" }, { nullable: false }), column("customer_id", int), column("parent_id", { kind: "bigint" })], {
      primaryKey: pk("id"),
      foreignKeys: [fk("orders_parent_fk", ["parent_id"], "orders", ["id"]), fk(null, ["customer_id"], "customers", ["id"])],
    }),
    table("customers", [
      column("id", int, { nullable: false }),
      column("e-mail", { kind: "varchar", length: 255 }, { nullable: false, comment: "say \"hi\" ~approx~ 100%%{init: {}}%%\nnext" }),
    ], { primaryKey: pk("id"), uniques: [{ name: "uq_email", columns: ["e-mail"] }] }),
    table("customer_profiles", [column("customer_id", int, { nullable: false }), column("bio", { kind: "text" }, { comment: "" })], {
      primaryKey: pk("customer_id"), foreignKeys: [fk("customer_profiles_customer_id_fkey", ["customer_id"], "customers", ["id"])],
    }),
    table("passports", [column("id", int, { nullable: false }), column("customer_id", int, { nullable: false })], {
      primaryKey: pk("id"), indexes: [uniqueIndex("ux_passports_customer", ["customer_id"])],
      foreignKeys: [fk("passports_customer_fk", ["customer_id"], "customers", ["id"])],
    }),
    table("one", [column("end", { kind: "raw", sql: "\"MyType\"" })]),
    table("end", [column("x", { kind: "raw", sql: "interval day to second" })]),
    table("my.table", [column("x", { kind: "time", withTimezone: true })]),
    table("a-b", []),
    table("actors", [column("id", int, { nullable: false })], { schema: "audit", primaryKey: pk("id") }),
    table("events", [column("id", int, { nullable: false }), column("actor_id", int, { nullable: false }), column("customer_id", int)], {
      schema: "audit", options: { partitionBy: "RANGE (id)" },
      foreignKeys: [fk("events_actor_fk", ["actor_id"], "actors", ["id"]), fk("events_customer_fk", ["customer_id"], "customers", ["id"], "public")],
    }),
    table("events_2024", [], {
      schema: "audit", options: { partitionOf: { parent: "events", parentSchema: null, bound: "FOR VALUES FROM (1) TO (100)" } },
      foreignKeys: [fk("events_2024_actor_fk", ["actor_id"], "actors", ["id"])],
    }),
  ],
};
const AWKWARD_ENTITIES = ["\"a-b\"", "customer_profiles", "customers", "\"end\"", "\"my.table\"", "\"one\"", "\"order items\"", "orders",
  "passports", "shipments", "\"audit.actors\"", "\"audit.events\"", "\"audit.events_2024\""];

const PIECES = ["a", "Z", "_", "1", " ", "\"", ".", "-", "%", "%%{", "\\", "~", "\n", "\t", "é", "日", "😀", ",", "(", ")", "[", "]", "{", "}",
  ":", "|o", "o{", "'", "`", "one", "end", "u", "pk", "Fk", "direction tb", "erDiagram", "accDescr", "--", "..", "1.5", "\u0008", "<b", "=", ">"];
const RAW_TYPES = ["double precision[]", "geometry(Point,4326)", "timestamp(3) with time zone", "character varying(255)", "\"MyType\"",
  "public.citext", "_int4", "2d", "pk", "uk(3)", "interval day to second", "", "日付"];

function generator(seed: number) {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const count = (max: number): number => Math.floor(next() * (max + 1));
  const text = (): string => Array.from({ length: 1 + count(4) }, () => pick(PIECES)).join("");
  const size = (): number | null => pick([null, 1, 255]);
  // A type of each kind: a new kind fails to compile here until the generator makes it.
  const TYPES: Record<ColumnType["kind"], () => ColumnType> = {
    integer: () => ({ kind: "integer", ...(next() < 0.3 ? { unsigned: true } : {}) }), bigint: () => ({ kind: "bigint" }),
    smallint: () => ({ kind: "smallint" }), tinyint: () => ({ kind: "tinyint", unsigned: true }), mediumint: () => ({ kind: "mediumint" }),
    varchar: () => ({ kind: "varchar", length: size() }), char: () => ({ kind: "char", length: size() }), text: () => ({ kind: "text" }),
    boolean: () => ({ kind: "boolean" }), real: () => ({ kind: "real" }), double: () => ({ kind: "double", unsigned: true }),
    numeric: () => ({ kind: "numeric", precision: pick([null, 10]), scale: pick([null, 2]) }), date: () => ({ kind: "date" }),
    time: () => ({ kind: "time", withTimezone: next() < 0.5 }), timestamp: () => ({ kind: "timestamp", withTimezone: next() < 0.5 }),
    json: () => ({ kind: "json" }), jsonb: () => ({ kind: "jsonb" }), uuid: () => ({ kind: "uuid" }), binary: () => ({ kind: "binary", length: size() }),
    enum: () => ({ kind: "enum", name: text(), values: ["a"] }), raw: () => ({ kind: "raw", sql: next() < 0.5 ? pick(RAW_TYPES) : text() }),
  };
  const subset = (names: string[], max: number): string[] => names.filter(() => next() < max / Math.max(names.length, 1)).slice(0, max);

  return (): Schema => {
    const tables: Table[] = [];
    const total = 1 + count(7);
    for (let i = 0; i < total; i++) {
      // The `_<i>` ending keeps names of tables distinct however the rest is rewritten.
      const name = `${text()}_${i}`;
      const schema = pick([null, null, "audit", "my schema", "x.y"]);
      const parent = tables.find((t) => t.options?.partitionOf === undefined && t.schema === schema);
      if (parent !== undefined && next() < 0.15) {
        tables.push(table(name, [], { schema, options: { partitionOf: { parent: parent.name, parentSchema: null, bound: "DEFAULT" } } }));
        continue;
      }
      const columns = Array.from({ length: 1 + count(5) }, (_, j) => column(`${next() < 0.5 ? "c" : text()}_${j}`, TYPES[pick(Object.keys(TYPES) as ColumnType["kind"][])](), {
        nullable: next() < 0.5, comment: next() < 0.3 ? text() : null,
      }));
      const names = columns.map((c) => c.name);
      const key = subset(names, 2);
      tables.push(table(name, columns, {
        schema, primaryKey: key.length > 0 ? pk(...key) : null,
        uniques: next() < 0.4 ? [{ name: null, columns: subset(names, 2) }].filter((u) => u.columns.length > 0) : [],
        indexes: next() < 0.4 ? [uniqueIndex(`ix_${i}`, subset(names, 1), pick([null, "x > 0"]))].filter((x) => x.columns.length > 0) : [],
      }));
    }
    // Foreign keys, once every table exists: each to a table with columns (maybe its own), from one or two columns.
    const targets = tables.filter((t) => t.columns.length > 0);
    return {
      enums: [],
      tables: tables.map((t) => t.columns.length === 0 ? t : { ...t, foreignKeys: Array.from({ length: count(3) }, () => {
        const target = pick(targets);
        const from = subset(t.columns.map((c) => c.name), 2);
        const columns = from.length > 0 ? from : [t.columns[0]?.name ?? "c"];
        const refSchema = target.schema === t.schema ? null : target.schema ?? "public";
        return fk(next() < 0.7 ? text() : null, columns, target.name, columns.map((_, k) => target.columns[k]?.name ?? "id"), refSchema);
      }) }),
    };
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * What the diagram must draw, worked out from the IR: the i-th entity is the i-th table by (schema, name),
 * and each foreign key goes from its target (required when its columns are NOT NULL) to its table (at most
 * one when its columns are the table's primary key or a unique key).
 */
function expectedRelationships(schema: Schema, entities: readonly Entity[]): string[] {
  const sorted = [...schema.tables].sort((a, b) => ((a.schema ?? "") < (b.schema ?? "") ? -1 : (a.schema ?? "") > (b.schema ?? "") ? 1
    : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const entityOf = (name: string, schemaName: string | null): string => {
    const index = sorted.findIndex((t) => t.name === name && t.schema === schemaName);
    return entities[index]?.name ?? `<missing ${name}>`;
  };
  const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
  return sorted.flatMap((t) => t.foreignKeys.map((f) => {
    const target = schema.tables.find((x) => x.name === f.refTable && x.schema === (f.refSchema ?? t.schema))
      ?? schema.tables.find((x) => x.name === f.refTable && x.schema === null);
    const columns = t.columns.length > 0 ? t.columns : schema.tables.find((x) => x.name === t.options?.partitionOf?.parent)?.columns ?? [];
    const required = f.columns.every((c) => columns.find((x) => x.name === c)?.nullable === false);
    const keys = [t.primaryKey?.columns ?? [], ...t.uniques.map((u) => u.columns),
      ...t.indexes.filter((x) => x.unique && x.where === null && x.columns.every((k) => typeof k === "string")).map((x) => x.columns as string[])];
    const parent = target === undefined ? `<outside ${f.refTable}>` : entityOf(target.name, target.schema);
    return `${parent} ${required ? "||" : "|o"}--${keys.some((k) => same(k, f.columns)) ? "o|" : "o{"} ${entityOf(t.name, t.schema)}`;
  })).sort();
}

const relationshipLines = (diagram: Diagram): string[] =>
  diagram.relationships.map((r) => `${r.parent} ${r.left}--${r.right} ${r.child}`).sort();

describe("renderMermaid", () => {
  it("draws a small schema", () => {
    const users = table("users", [column("id", int, { nullable: false }), column("email", { kind: "varchar", length: 255 }, { nullable: false, comment: "login" })],
      { primaryKey: pk("id"), uniques: [{ name: "uq_users_email", columns: ["email"] }] });
    const orders = table("orders", [column("id", { kind: "bigint" }, { nullable: false }), column("user_id", int, { nullable: false }),
      column("total", { kind: "numeric", precision: 10, scale: 2 })],
    { primaryKey: pk("id"), foreignKeys: [fk("orders_user_id_fkey", ["user_id"], "users", ["id"])] });
    expect(renderMermaid({ tables: [users, orders], enums: [] })).toBe([
      "erDiagram",
      "  orders {", "    bigint id PK", "    integer user_id FK", "    numeric(10_2) total", "  }",
      "  users {", "    integer id PK", "    varchar(255) email UK \"login\"", "  }",
      "  users ||--o{ orders : \"orders_user_id_fkey\"",
      "",
    ].join("\n"));
  });

  it("an empty schema is the header alone", () => {
    expect(renderMermaid({ tables: [], enums: [] })).toBe("erDiagram\n");
  });

  it("makes every awkward name, type and comment valid Mermaid", () => {
    const text = renderMermaid(awkward);
    const diagram = readDiagram(text);
    expect(diagram.problems).toEqual([]);
    expect(diagram.entities.map((e) => e.name)).toEqual(AWKWARD_ENTITIES);
    const attributes = (name: string): string[] =>
      diagram.entities.find((e) => e.name === name)?.attributes?.map((a) => [a.type, a.name, a.keys.join(", ")].join(" ").trim()) ?? [];
    expect(attributes("\"order items\"")).toEqual([
      "integer order_id PK, FK", "integer line_no PK", "numeric(10_2)_unsigned price", "timestamptz created_at", "double_precision[] tags",
      "geometry(Point_4326) where", "order_mood mood", "text pk_", "boolean _2fa", "character_varying(255) name",
    ]);
    expect(attributes("\"one\"")).toEqual(["MyType end"]);
    expect(attributes("\"end\"")).toEqual(["interval_day_to_second x"]);
    expect(attributes("\"my.table\"")).toEqual(["timetz x"]);
    expect(attributes("customers")).toEqual(["integer id PK", "varchar(255) e-mail UK"]);
    expect(attributes("shipments")).toEqual(["integer order_id FK", "integer line_no FK", "integer warehouse_id FK", "text note"]);
    expect(diagram.entities.find((e) => e.name === "customers")?.attributes?.[1]?.comment).toBe("say 'hi' -approx- 100% %{init: {}}% % next");
    expect(diagram.entities.find((e) => e.name === "customer_profiles")?.attributes?.[1]?.comment).toBeNull();
    expect(diagram.comments).toEqual(["partition of \"audit.events\""]);
    expect(diagram.entities.find((e) => e.name === "\"audit.events_2024\"")?.attributes).toBeNull();
    expect(diagram.entities.find((e) => e.name === "\"a-b\"")?.attributes).toBeNull();
    expect(text.split("\n").filter((line) => line.includes(" : "))).toEqual([
      "  customers ||--o| customer_profiles : \"customer_profiles_customer_id_fkey\"",
      "  orders ||--o{ \"order items\" : \"items_order_fk\"",
      "  customers |o--o{ orders : \"customer_id\"",
      "  orders |o--o{ orders : \"orders_parent_fk\"",
      "  customers ||--o| passports : \"passports_customer_fk\"",
      "  \"order items\" ||--o{ shipments : \"ship_items_\"",
      "  \"stock.warehouses\" ||--o{ shipments : \"shipments_warehouse_fk\"",
      "  \"audit.actors\" ||--o{ \"audit.events\" : \"events_actor_fk\"",
      "  customers |o--o{ \"audit.events\" : \"events_customer_fk\"",
      "  \"audit.actors\" ||--o{ \"audit.events_2024\" : \"events_2024_actor_fk\"",
    ]);
  });

  it("writes each table once and each foreign key once, with the cardinality of its columns, on random awkward schemas", () => {
    const schemas = generator(13);
    for (let run = 0; run < 300; run++) {
      const schema = schemas();
      const diagram = readDiagram(renderMermaid(schema));
      expect(diagram.problems, `run ${run}`).toEqual([]);
      expect(diagram.entities).toHaveLength(schema.tables.length);
      expect(new Set(diagram.entities.map((e) => e.name.replace(/"/g, ""))).size).toBe(schema.tables.length);
      const sorted = [...schema.tables].sort((a, b) => ((a.schema ?? "") < (b.schema ?? "") ? -1 : (a.schema ?? "") > (b.schema ?? "") ? 1
        : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      expect(diagram.entities.map((e) => e.attributes?.length ?? 0)).toEqual(sorted.map((t) => t.columns.length));
      expect(diagram.comments).toHaveLength(schema.tables.filter((t) => t.options?.partitionOf !== undefined).length);
      expect(relationshipLines(diagram)).toEqual(expectedRelationships(schema, diagram.entities));
    }
  });

  it("gives the same text whatever order the tables come in", () => {
    const schemas = generator(7);
    const next = seededRandom(99);
    for (const schema of [awkward, ...Array.from({ length: 100 }, schemas)]) {
      const text = renderMermaid(schema);
      for (let i = 0; i < 3; i++) {
        expect(renderMermaid({ tables: shuffled(schema.tables, next), enums: shuffled(schema.enums, next) })).toBe(text);
      }
    }
  });

  const installs = (process.env.ATHANOR_TEST_MERMAID ?? "").split(",").filter((dir) => dir !== "");
  it.skipIf(installs.length === 0)("Mermaid's own parser reads the diagrams as drawn (ATHANOR_TEST_MERMAID)", async () => {
    const schemas = generator(21);
    const cases = [awkward, ...Array.from({ length: 60 }, schemas)];
    for (const dir of installs) {
      const module: unknown = await import(pathToFileURL(join(dir, "dist", "mermaid.core.mjs")).href);
      const mermaid = (module as { default: MermaidApi }).default;
      for (const schema of cases) {
        const text = renderMermaid(schema);
        await expect(mermaid.parse(text), `${dir}\n${text}`).resolves.toBeTruthy();
        const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
        const entities = db.getEntities();
        const names = entities instanceof Map ? [...entities.keys()] : Object.keys(entities);
        const list = entities instanceof Map ? [...entities.values()] : Object.values(entities);
        const mine = readDiagram(text);
        // Mermaid adds an entity for a foreign key's target outside the schema.
        const drawn = new Set([...mine.entities.map((e) => e.name), ...mine.relationships.map((r) => r.parent)]);
        expect(names.sort(), dir).toEqual([...drawn].map((name) => name.replace(/^"|"$/g, "")).sort());
        expect(db.getRelationships().map((r) => `${r.relSpec.cardB} ${r.relSpec.cardA}`).sort(), dir)
          .toEqual(mine.relationships.map((r) => `${CARDINALITY[r.left]} ${CARDINALITY[r.right]}`).sort());
        expect(list.reduce((n, e) => n + (e.attributes?.length ?? 0), 0), dir).toBe(schema.tables.reduce((n, t) => n + t.columns.length, 0));
      }
    }
  });
});

const CARDINALITY: Record<string, string> = { "||": "ONLY_ONE", "|o": "ZERO_OR_ONE", "o|": "ZERO_OR_ONE", "o{": "ZERO_OR_MORE" };

/** The part of Mermaid's API the check above uses (its entities are a Map from 11.5 on, an object before). */
interface MermaidApi {
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: {
    getEntities(): Map<string, { attributes?: unknown[] }> | Record<string, { attributes?: unknown[] }>;
    getRelationships(): { relSpec: { cardA: string; cardB: string } }[];
  } }> };
}
