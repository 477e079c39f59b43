// Deterministic generators for the benchmarks: a synthetic schema of N tables
// (as an athanor models module, and as DDL for each database) and chains of N
// revisions (linear, or with branches and merges). Same seed, same output.

/** Small deterministic PRNG (mulberry32). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Types every dialect can index without a prefix length (MySQL cannot index TEXT as is). */
const INDEXABLE_KINDS = [
  ["integer", 0], ["bigint", null], ["varchar120", "x"], ["boolean", false], ["numeric", 0], ["date", null], ["varchar40", null],
];

const COLUMN_KINDS = [
  ["integer", 0], ["bigint", null], ["varchar120", "x"], ["text", null], ["boolean", false], ["numeric", 0],
  ["timestamp", "now"], ["date", null], ["double", null], ["varchar40", null],
];

/**
 * The synthetic schema as plain data: `tables` tables of 6-12 columns of varied types, about one foreign key per
 * table (to an earlier table), 1-2 indexes, some uniques, checks, defaults and comments. `changes` model changes
 * (K) are applied on top: a column added and an index dropped in K tables.
 */
export function schemaSpec(tables, { seed = 42, changes = 0 } = {}) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const changed = new Set();
  const change = prng(seed + 1);
  while (changed.size < Math.min(changes, tables)) changed.add(Math.floor(change() * tables));
  const spec = [];
  for (let i = 0; i < tables; i++) {
    const name = `t${String(i).padStart(5, "0")}`;
    const columnCount = 6 + Math.floor(random() * 7);
    const columns = [];
    for (let c = 1; c < columnCount; c++) {
      // The first three columns carry the indexes and uniques: they must be indexable everywhere.
      const [kind, fallback] = pick(c <= 3 ? INDEXABLE_KINDS : COLUMN_KINDS);
      const notNull = random() < 0.3;
      const defaultValue = fallback !== null && random() < 0.4 ? fallback : null;
      const comment = random() < 0.1 ? `column ${c} of ${name}` : null;
      columns.push({ name: `c${c}`, kind, notNull, default: defaultValue, comment });
    }
    const names = columns.map((column) => column.name);
    let reference = null;
    if (i > 0 && random() < 0.9) {
      const target = `t${String(Math.floor(random() * i)).padStart(5, "0")}`;
      reference = { column: "ref_id", table: target, onDelete: pick(["cascade", "set null", "no action"]) };
    }
    const indexes = [{ name: `ix_${name}_a`, columns: [names[0]] }];
    if (random() < 0.5 && !changed.has(i)) indexes.push({ name: `ix_${name}_b`, columns: [names[1], names[0]] });
    const unique = random() < 0.3 ? { name: `uq_${name}`, columns: [names[2]] } : null;
    // Not on id: MariaDB refuses a CHECK on an AUTO_INCREMENT column.
    const check = random() < 0.2 ? { name: `ck_${name}`, expression: `${names[0]} IS NULL OR ${names[0]} = ${names[0]}` } : null;
    const comment = random() < 0.2 ? `table ${i}` : null;
    spec.push({ name, columns, reference, added: changed.has(i) ? "added_by_change" : null, indexes, unique, check, comment });
  }
  return spec;
}

const MODEL_TYPES = {
  integer: "integer()", bigint: "bigint()", varchar120: "varchar(120)", varchar40: "varchar(40)", text: "text()",
  boolean: "boolean()", numeric: "numeric(10, 2)", timestamp: "timestamp()", date: "date()", double: "double()",
};

/** The models module of schemaSpec(tables, options). */
export function modelsSource(tables, options = {}) {
  const lines = [
    'import { table, integer, bigint, varchar, text, boolean, numeric, timestamp, date, double, index, unique, check, sql } from "athanor/schema";',
    "",
  ];
  const literal = (value) => (value === "now" ? "sql`CURRENT_TIMESTAMP`" : JSON.stringify(value));
  for (const t of schemaSpec(tables, options)) {
    const columns = ["  id: integer().primaryKey().autoIncrement(),"];
    for (const c of t.columns) {
      let builder = MODEL_TYPES[c.kind];
      if (c.notNull) builder += ".notNull()";
      if (c.default !== null) builder += `.default(${literal(c.default)})`;
      if (c.comment !== null) builder += `.comment("${c.comment}")`;
      columns.push(`  ${c.name}: ${builder},`);
    }
    const ref = t.reference;
    if (ref) columns.push(`  ref_id: integer().references("${ref.table}.id", { onDelete: "${ref.onDelete}" }),`);
    if (t.added) columns.push(`  ${t.added}: varchar(50),`);
    const extras = t.indexes.map((ix) => `  index("${ix.name}", [${ix.columns.map((c) => `"${c}"`).join(", ")}]),`);
    if (t.unique) extras.push(`  unique("${t.unique.name}", ["${t.unique.columns[0]}"]),`);
    if (t.check) extras.push(`  check("${t.check.name}", "${t.check.expression}"),`);
    const options = t.comment !== null ? `, { comment: "${t.comment}" }` : "";
    lines.push(`export const ${t.name} = table("${t.name}", {`, ...columns, "}, [", ...extras, `]${options});`, "");
  }
  return lines.join("\n");
}

/**
 * The same schema as DDL written by hand for each database, the way its own documentation spells it (not
 * athanor's output): the benchmarks build the schema with this through the database's own client.
 */
export function schemaDdl(tables, dialect, options = {}) {
  const d = DDL[dialect];
  const out = [];
  for (const t of schemaSpec(tables, options)) {
    const lines = [`  id ${d.id}`];
    for (const c of t.columns) {
      let line = `  ${c.name} ${d.types[c.kind]}`;
      if (c.notNull) line += " NOT NULL";
      if (c.default !== null) line += ` DEFAULT ${ddlLiteral(c.default, d.booleans)}`;
      if (c.comment !== null && d.inlineComments) line += ` COMMENT '${c.comment}'`;
      lines.push(line);
    }
    const ref = t.reference;
    if (ref) lines.push(`  ref_id ${d.types.integer}`);
    if (t.added) lines.push(`  ${t.added} ${d.types.varchar50}`);
    if (t.unique) lines.push(`  CONSTRAINT ${t.unique.name} UNIQUE (${t.unique.columns.join(", ")})`);
    if (ref) {
      lines.push(`  CONSTRAINT fk_${t.name}_ref_id_${ref.table} FOREIGN KEY (ref_id) REFERENCES ${ref.table} (id) ON DELETE ${ref.onDelete.toUpperCase()}`);
    }
    if (t.check) lines.push(`  CONSTRAINT ${t.check.name} CHECK (${t.check.expression})`);
    const tableComment = t.comment !== null && d.inlineComments ? ` COMMENT='${t.comment}'` : "";
    out.push(`CREATE TABLE ${t.name} (\n${lines.join(",\n")}\n)${tableComment};`);
    for (const ix of t.indexes) out.push(`CREATE INDEX ${ix.name} ON ${t.name} (${ix.columns.join(", ")});`);
    if (d.commentStatements) {
      if (t.comment !== null) out.push(`COMMENT ON TABLE ${t.name} IS '${t.comment}';`);
      for (const c of t.columns) if (c.comment !== null) out.push(`COMMENT ON COLUMN ${t.name}.${c.name} IS '${c.comment}';`);
    }
  }
  return `${out.join("\n")}\n`;
}

/** A default as DDL: the current time, a quoted string, a number, or a boolean as the database writes it. */
function ddlLiteral(value, booleans) {
  if (value === "now") return "CURRENT_TIMESTAMP";
  if (typeof value === "string") return `'${value}'`;
  return typeof value === "boolean" && booleans === "numbers" ? String(Number(value)) : String(value);
}

const DDL = {
  postgresql: {
    id: "integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
    types: {
      integer: "integer", bigint: "bigint", varchar120: "varchar(120)", varchar40: "varchar(40)", varchar50: "varchar(50)",
      text: "text", boolean: "boolean", numeric: "numeric(10,2)", timestamp: "timestamp", date: "date", double: "double precision",
    },
    booleans: "words",
    commentStatements: true,
  },
  mysql: {
    id: "INT NOT NULL AUTO_INCREMENT PRIMARY KEY",
    types: {
      integer: "INT", bigint: "BIGINT", varchar120: "VARCHAR(120)", varchar40: "VARCHAR(40)", varchar50: "VARCHAR(50)",
      text: "TEXT", boolean: "TINYINT(1)", numeric: "DECIMAL(10,2)", timestamp: "DATETIME", date: "DATE", double: "DOUBLE",
    },
    booleans: "numbers",
    inlineComments: true,
  },
  sqlite: {
    id: "INTEGER PRIMARY KEY AUTOINCREMENT",
    types: {
      integer: "INTEGER", bigint: "BIGINT", varchar120: "VARCHAR(120)", varchar40: "VARCHAR(40)", varchar50: "VARCHAR(50)",
      text: "TEXT", boolean: "BOOLEAN", numeric: "NUMERIC(10,2)", timestamp: "TIMESTAMP", date: "DATE", double: "DOUBLE PRECISION",
    },
    booleans: "numbers",
  },
};

/**
 * Revision files of a chain: `count` revisions, each creating one small table (upgrade) and dropping it
 * (downgrade). With `branchEvery`, every that many revisions a second branch starts and is merged back.
 */
export function chainFiles(count, { branchEvery = 0 } = {}) {
  const id = (n) => `b${String(n).padStart(11, "0")}`;
  const files = [];
  let head = null;
  for (let n = 1; n <= count; n++) {
    let down = head;
    if (branchEvery > 0 && n % branchEvery === 0 && n > 2) {
      // A merge of the last two revisions: n-1 was made a sibling of n-2.
      down = [id(n - 1), id(n - 2)];
    }
    const sibling = branchEvery > 0 && (n + 1) % branchEvery === 0 && n > 1;
    const parent = sibling ? files[files.length - 1]?.down ?? null : down;
    const downLiteral = JSON.stringify(parent);
    files.push({ name: `${id(n)}_rev_${n}.ts`, id: id(n), down: parent, source: revisionSource(id(n), downLiteral, n) });
    head = id(n);
  }
  return files;
}

function revisionSource(id, downLiteral, n) {
  return `/**
 * revision ${n}
 *
 * Revision ID: ${id}
 */
import type { Op } from "athanor";
import { integer } from "athanor/schema";

export const revision = "${id}";
export const downRevision: string | string[] | null = ${downLiteral};
export const branchLabels: string[] = [];
export const dependsOn: string[] = [];

export async function upgrade(op: Op): Promise<void> {
  await op.createTable("r${n}", { id: integer().primaryKey() });
}

export async function downgrade(op: Op): Promise<void> {
  await op.dropTable("r${n}");
}
`;
}
