// Deterministic generators for the benchmarks: a synthetic schema of N tables
// (as an athanor models module) and chains of N revisions (linear, or with
// branches and merges). Same seed, same output.

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
  ["integer()", "0"], ["bigint()", null], ["varchar(120)", '"x"'], ["boolean()", "false"], ["numeric(10, 2)", "0"],
  ["date()", null], ["varchar(40)", null],
];

const COLUMN_KINDS = [
  ["integer()", "0"], ["bigint()", null], ["varchar(120)", '"x"'], ["text()", null], ["boolean()", "false"],
  ["numeric(10, 2)", "0"], ["timestamp()", "sql`CURRENT_TIMESTAMP`"], ["date()", null], ["double()", null], ["varchar(40)", null],
];

/**
 * The models module of a schema with `tables` tables: 6-12 columns of varied types, about one foreign key per
 * table (to an earlier table), 1-2 indexes, some uniques, checks, defaults and comments.
 * `changes` model changes (K) are applied on top: added columns, changed lengths, dropped indexes, new tables.
 */
export function modelsSource(tables, { seed = 42, changes = 0 } = {}) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const lines = [
    'import { table, integer, bigint, varchar, text, boolean, numeric, timestamp, date, double, index, unique, check, sql } from "athanor/schema";',
    "",
  ];
  const changed = new Set();
  const change = prng(seed + 1);
  while (changed.size < Math.min(changes, tables)) changed.add(Math.floor(change() * tables));
  for (let i = 0; i < tables; i++) {
    const name = `t${String(i).padStart(5, "0")}`;
    const columnCount = 6 + Math.floor(random() * 7);
    const columns = ["  id: integer().primaryKey().autoIncrement(),"];
    const names = [];
    for (let c = 1; c < columnCount; c++) {
      // The first three columns carry the indexes and uniques: they must be indexable everywhere.
      const [type, def] = pick(c <= 3 ? INDEXABLE_KINDS : COLUMN_KINDS);
      const column = `c${c}`;
      names.push(column);
      let builder = type;
      if (random() < 0.3) builder += ".notNull()";
      if (def !== null && random() < 0.4) builder += `.default(${def})`;
      if (random() < 0.1) builder += `.comment("column ${c} of ${name}")`;
      columns.push(`  ${column}: ${builder},`);
    }
    if (i > 0 && random() < 0.9) {
      const target = `t${String(Math.floor(random() * i)).padStart(5, "0")}`;
      columns.push(`  ref_id: integer().references("${target}.id", { onDelete: "${pick(["cascade", "set null", "no action"])}" }),`);
    }
    if (changed.has(i)) columns.push("  added_by_change: varchar(50),");
    const extras = [`  index("ix_${name}_a", ["${names[0]}"]),`];
    if (random() < 0.5 && !changed.has(i)) extras.push(`  index("ix_${name}_b", ["${names[1]}", "${names[0]}"]),`);
    if (random() < 0.3) extras.push(`  unique("uq_${name}", ["${names[2]}"]),`);
    // Not on id: MariaDB refuses a CHECK on an AUTO_INCREMENT column.
    if (random() < 0.2) extras.push(`  check("ck_${name}", "${names[0]} IS NULL OR ${names[0]} = ${names[0]}"),`);
    const options = random() < 0.2 ? `, { comment: "table ${i}" }` : "";
    lines.push(`export const ${name} = table("${name}", {`, ...columns, "}, [", ...extras, `]${options});`, "");
  }
  return lines.join("\n");
}

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
