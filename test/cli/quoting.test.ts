/**
 * A property test of quoting: tables, columns, indexes and unique / check /
 * foreign key constraints named with quotes, backticks, semicolons, spaces,
 * comment markers, placeholders, unicode and reserved words, generated from a
 * seeded PRNG up to each dialect's identifier limit, are created, renamed,
 * retyped, indexed, filled (values as hostile as the names) and dropped by
 * revisions through the CLI: online, and as `--sql` fed to psql / mariadb /
 * sqlite3. The catalog must hold exactly those names and the rows must come
 * back unchanged. On failure, replay with ATHANOR_TEST_SEED=<seed printed>.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DialectName } from "../../src/dialects/dialect.js";
import { applyWithClient, DIALECTS } from "../helpers/cli.js";
import { connectUrl, createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { quoteName, readNames, type Names } from "../helpers/names.js";
import { seededRandom, testSeed } from "../helpers/processes.js";
import { Project } from "../helpers/project.js";

const PIECES = ['"', "`", "'", ";", " ", "é", "日本", "🙂", "user", "order", "select", "table", "--", "/*", "*/", "$1", "?", "\\", "MiXeD", "x%s", ":p", "${a}", "\t"];
const VALUE_PIECES = [...PIECES, "\n", "\\'", "''", "\\\\", "\r\n", "😀👍", "ß"];
/** PostgreSQL counts bytes (63), MySQL characters (64); SQLite has no limit (63 bytes here too). */
const LIMIT = { postgresql: 63, mysql: 64, sqlite: 63 } as const;
const size = (dialect: DialectName, name: string) => (dialect === "mysql" ? [...name].length : Buffer.byteLength(name));
const ROWS = 12;

/** Names made of random pieces, each ending in its own number (unique, even case-insensitively); some as long as allowed. */
function nameMaker(dialect: DialectName, random: () => number): (role: string) => string {
  let n = 0;
  return () => {
    n++;
    const pick = () => {
      const piece = PIECES[Math.floor(random() * PIECES.length)]!;
      // MySQL identifiers hold the Basic Multilingual Plane only (no emoji); tabs are not allowed either.
      return dialect === "mysql" ? piece.replace("🙂", "☃").replace("\t", "·") : piece;
    };
    let body = Array.from({ length: 2 + Math.floor(random() * 4) }, pick).join("");
    const suffix = `_${n}`;
    while (size(dialect, body + suffix) > LIMIT[dialect]) body = [...body].slice(0, -1).join("");
    if (random() < 0.3) while (size(dialect, `${body}x${suffix}`) <= LIMIT[dialect]) body += "x";
    return body + suffix;
  };
}

function valueMaker(dialect: DialectName, random: () => number): (i: number) => string {
  // The sqlite3 shell drops a CR before LF from its input, even inside a string literal, so a --sql script
  // cannot carry one there as athanor writes literals now (a raw CR): reported; left out for SQLite.
  const pieces = dialect === "sqlite" ? VALUE_PIECES.filter((p) => !p.includes("\r")) : VALUE_PIECES;
  return (i) => `${i}:${Array.from({ length: 1 + Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]).join("")}`;
}

for (const [d, dialect] of DIALECTS.entries()) {
  const seed = testSeed() + d;
  describe.skipIf(await skipWithoutServer(dialect))(`hostile names and values (${dialect}, seed ${seed})`, () => {
    const random = seededRandom(seed);
    const name = nameMaker(dialect, random);
    const value = valueMaker(dialect, random);
    const [T1, T2, T2b, ID, C1, C2, C2b, C4, ID2, REF, C3, I1, I2, U1, U2, K1, K2, F1] = Array.from({ length: 18 }, (_, i) => name(String(i)));
    const q = (n: string) => quoteName(dialect, n);
    const rows = Array.from({ length: ROWS }, (_, i) => ({ [ID!]: i, [C1!]: value(i), [C2!]: i * 10 }));
    const s = JSON.stringify;
    const ids = ["90a000000001", "90b000000002", "90c000000003"];
    const revisions = [{
      upgrade: `  await op.createTable(${s(T1)}, { [${s(ID)}]: integer().primaryKey(), [${s(C1)}]: varchar(60).notNull(), [${s(C2)}]: integer() },
    [unique(${s(U1)}, [${s(C1)}]), check(${s(K1)}, ${s(`${q(ID!)} >= 0`)})]);
  await op.createTable(${s(T2)}, { [${s(ID2)}]: integer().primaryKey().autoIncrement(), [${s(REF)}]: integer(), [${s(C3)}]: varchar(40) },
    [index(${s(I1)}, [${s(REF)}]), foreignKey(${s(F1)}, [${s(REF)}], ${s(T1)}, [${s(ID)}])]);
  await op.bulkInsert(${s(T1)}, ${s(rows)});
  await op.bulkInsert(${s(T2)}, [{ [${s(ID2)}]: 1, [${s(REF)}]: 3, [${s(C3)}]: ${s(value(99))} }]);`,
      downgrade: `  await op.dropTable(${s(T2)});\n  await op.dropTable(${s(T1)});`,
    }, {
      upgrade: `  await op.renameTable(${s(T2)}, ${s(T2b)});
  await op.alterColumn(${s(T1)}, ${s(C2)}, { newName: ${s(C2b)}, existingType: integer(), existingNullable: true });
  await op.alterColumn(${s(T1)}, ${s(C1)}, { type: varchar(80), existingType: varchar(60), existingNullable: false });
  await op.addColumn(${s(T1)}, ${s(C4)}, varchar(30).default(${s(value(100))}));
  await op.createIndex(${s(I2)}, ${s(T1)}, [${s(C1)}, ${s(C2b)}], { unique: true });
  await op.createUniqueConstraint(${s(U2)}, ${s(T2b)}, [${s(C3)}]);
  await op.createCheckConstraint(${s(K2)}, ${s(T2b)}, ${s(`${q(REF!)} > 0`)});`,
      downgrade: "",
    }, {
      upgrade: `  await op.dropConstraint(${s(F1)}, ${s(T2b)}, "foreignkey");
  await op.dropIndex(${s(I1)}, ${s(T2b)});
  await op.dropConstraint(${s(U1)}, ${s(T1)}, "unique");
  await op.dropColumn(${s(T1)}, ${s(C4)});
  await op.dropTable(${s(T2b)});`,
      downgrade: "",
    }];
    const table = (t: Partial<Names[string]>) => ({ columns: [], indexes: [], uniques: [], checks: [], foreignKeys: [], ...t });
    // MySQL lists a unique index among the table's UNIQUE constraints.
    const i2 = dialect === "mysql" ? { indexes: [], uniques: [I2!] } : { indexes: [I2!], uniques: [] };
    const expected: Names[] = [{}, {
      [T1!]: table({ columns: [ID!, C1!, C2!], uniques: [U1!], checks: [K1!] }),
      [T2!]: table({ columns: [ID2!, REF!, C3!], indexes: [I1!], foreignKeys: [F1!] }),
    }, {
      [T1!]: table({ columns: [ID!, C1!, C2b!, C4!], ...i2, uniques: [U1!, ...i2.uniques], checks: [K1!] }),
      [T2b!]: table({ columns: [ID2!, REF!, C3!], indexes: [I1!], uniques: [U2!], checks: [K2!], foreignKeys: [F1!] }),
    }, {
      [T1!]: table({ columns: [ID!, C1!, C2b!], ...i2, checks: [K1!] }),
    }];
    for (const e of expected) for (const t of Object.values(e)) for (const l of [t.indexes, t.uniques, t.checks, t.foreignKeys]) l.sort();

    let db: ScratchDatabase;
    let project: Project;
    beforeAll(async () => {
      db = await createScratchDatabase(dialect);
      project = new Project(db.url);
      const imports = 'import { integer, varchar, index, unique, foreignKey, check } from "athanor/schema";';
      revisions.forEach((r, i) => project.writeRevision({ id: ids[i]!, down: i === 0 ? null : ids[i - 1]!, imports, ...r }));
    });
    afterAll(async () => {
      project?.remove();
      await db?.drop();
    });

    async function names(url: string): Promise<Names> {
      const connection = await connectUrl(url);
      try {
        return await readNames(dialect, (sql, params = []) => connection.query({ sql, params }), ["migrate_version", "migrate_history"]);
      } finally {
        await connection.close();
      }
    }

    async function rowsOf(url: string): Promise<Record<string, unknown>[]> {
      const connection = await connectUrl(url);
      try {
        return await connection.query({ sql: `SELECT ${q(ID!)} AS id, ${q(C1!)} AS v FROM ${q(T1!)} ORDER BY ${q(ID!)}`, params: [] });
      } finally {
        await connection.close();
      }
    }
    const expectedRows = rows.map((r) => ({ id: r[ID!], v: r[C1!] }));

    it("online: each revision leaves exactly the names it made, and the rows come back unchanged", async () => {
      for (let step = 1; step <= ids.length; step++) {
        await project.ok(["upgrade", ids[step - 1]!]);
        expect(await names(db.url), `seed ${seed}, after revision ${step}`).toEqual(expected[step]);
        expect((await rowsOf(db.url)).map((r) => ({ id: Number(r.id), v: r.v })), `seed ${seed}`).toEqual(expectedRows);
      }
    });

    it("--sql: the script, run by the database's own client, builds the same", async () => {
      // Offline, table definitions are known from base on (SQLite rebuilds need them): each script starts there.
      for (const step of [2, 3]) {
        const copy = await createScratchDatabase(dialect);
        try {
          await applyWithClient(copy, (await project.ok(["upgrade", `base:${ids[step - 1]}`, "--sql"])).stdout);
          expect(await names(copy.url), `seed ${seed}, revision ${step}`).toEqual(expected[step]);
          expect((await rowsOf(copy.url)).map((r) => ({ id: Number(r.id), v: r.v })), `seed ${seed}`).toEqual(expectedRows);
        } finally {
          await copy.drop();
        }
      }
    });
  });
}
