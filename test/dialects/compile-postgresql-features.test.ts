/** Offline compilation of PostgreSQL's production features: the SQL written, and what is refused. */
import { describe, expect, it } from "vitest";
import { getDialect } from "../../src/dialects/index.js";
import { UnsupportedOperationError } from "../../src/errors.js";
import type { Operation } from "../../src/operations/operation.js";
import * as t from "../../src/schema/builders.js";
import { buildTable, check, exclude, index, primaryKey, unique } from "../../src/schema/table.js";
import { sql } from "../../src/schema/types.js";
import { NO_TABLES, ref } from "./fixtures.js";

const pg = getDialect("postgresql");
const compile = (op: Operation): string[] => pg.compile(op, NO_TABLES).map((s) => pg.inline(s));

describe("PostgreSQL: CREATE TABLE", () => {
  it("writes identity options, serial types, generated columns, collations, deferrable and exclusion constraints", () => {
    const table = buildTable("t", {
      id: t.serial(),
      n: t.bigint().generatedAlwaysAsIdentity({ startWith: 10, increment: 5, cycle: true }),
      email: t.varchar(50).notNull().collation("C"),
      lower: t.text().generatedAlwaysAs(sql`lower(email)`),
      during: t.rawType("tsrange"),
      parent: t.integer().references("t.id", { deferrable: true, initially: "deferred", match: "full" }),
    }, [
      primaryKey("t_pkey", ["id"], { deferrable: true }),
      unique("uq_t_email", ["email"], { nullsNotDistinct: true }),
      exclude("ex_t_during", "USING gist (during WITH &&)"),
      check("ck_t_n", "n > 0", { notValid: true }),
    ], { unlogged: true, with: "fillfactor=70" });
    const [create, ...rest] = compile({ kind: "createTable", table });
    expect(create).toBe([
      'CREATE UNLOGGED TABLE "t" (',
      '  "id" SERIAL NOT NULL,',
      '  "n" BIGINT GENERATED ALWAYS AS IDENTITY (INCREMENT BY 5 START WITH 10 CYCLE),',
      '  "email" VARCHAR(50) COLLATE "C" NOT NULL,',
      '  "lower" TEXT GENERATED ALWAYS AS (lower(email)) STORED,',
      '  "during" tsrange,',
      '  "parent" INTEGER,',
      '  CONSTRAINT "t_pkey" PRIMARY KEY ("id") DEFERRABLE INITIALLY IMMEDIATE,',
      '  CONSTRAINT "uq_t_email" UNIQUE NULLS NOT DISTINCT ("email"),',
      '  FOREIGN KEY ("parent") REFERENCES "t" ("id") MATCH FULL DEFERRABLE INITIALLY DEFERRED,',
      '  CONSTRAINT "ex_t_during" EXCLUDE USING gist (during WITH &&)',
      ") WITH (fillfactor=70)",
    ].join("\n"));
    // NOT VALID cannot be part of CREATE TABLE: added after it.
    expect(rest).toEqual(['ALTER TABLE "t" ADD CONSTRAINT "ck_t_n" CHECK (n > 0) NOT VALID']);
  });

  it("writes partitions, partitioned tables and INHERITS children", () => {
    const parent = buildTable("logs", { id: t.bigint().notNull(), at: t.date().notNull() }, [], { partitionBy: "RANGE (at)" });
    const part = buildTable("logs_2024", {}, [], { partitionOf: { parent: "logs", bound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')" } });
    const child = buildTable("special", { extra: t.text() }, [], { inherits: ["base", "other.base2"] });
    expect(compile({ kind: "createTable", table: parent })[0]).toBe('CREATE TABLE "logs" (\n  "id" BIGINT NOT NULL,\n  "at" DATE NOT NULL\n) PARTITION BY RANGE (at)');
    expect(compile({ kind: "createTable", table: part })).toEqual([`CREATE TABLE "logs_2024" PARTITION OF "logs" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')`]);
    expect(compile({ kind: "createTable", table: child })[0]).toBe('CREATE TABLE "special" (\n  "extra" TEXT\n) INHERITS ("base", "other"."base2")');
  });

  it("sets a serial column's sequence options after the table, through the server's name for it", () => {
    const table = buildTable("s", { id: t.serial().withIdentity({ generation: "serial", start: "5", maxValue: "9999999999" }) });
    expect(compile({ kind: "createTable", table })[1]).toBe(
      `DO $athanor$ BEGIN EXECUTE format('ALTER SEQUENCE %s AS bigint MAXVALUE 9999999999 START WITH 5 RESTART', pg_get_serial_sequence('"s"', 'id')); END $athanor$`);
  });
});

describe("PostgreSQL: indexes", () => {
  it("writes the method, every key part, INCLUDE, NULLS NOT DISTINCT, WITH and WHERE in PostgreSQL's order", () => {
    const table = buildTable("t", { a: t.text(), b: t.text(), c: t.integer() }, [
      index("ix", [sql`lower(a)`, { column: "b", collation: "C", opclass: "text_pattern_ops", descending: true, nulls: "last" }],
        { unique: true, using: "hash", include: ["c"], nullsNotDistinct: true, with: "fillfactor=70", where: "c > 0" }),
      index("ix_gin", [{ column: "a", opclass: "gin_trgm_ops" }], { using: "gin" }),
      index("ix_coll", [{ expression: "a || b", collation: "public.natural_sort" }]),
    ]);
    expect(compile({ kind: "createIndex", table: ref("t"), index: table.indexes[0]!, concurrently: false })).toEqual([
      'CREATE UNIQUE INDEX "ix" ON "t" USING hash ((lower(a)), "b" COLLATE "C" text_pattern_ops DESC NULLS LAST) INCLUDE ("c") NULLS NOT DISTINCT WITH (fillfactor=70) WHERE c > 0',
    ]);
    expect(compile({ kind: "createIndex", table: ref("t"), index: table.indexes[1]!, concurrently: false }))
      .toEqual(['CREATE INDEX "ix_gin" ON "t" USING gin ("a" gin_trgm_ops)']);
    expect(compile({ kind: "createIndex", table: ref("t"), index: table.indexes[2]!, concurrently: false }))
      .toEqual(['CREATE INDEX "ix_coll" ON "t" ((a || b) COLLATE "public"."natural_sort")']);
  });
});

describe("PostgreSQL: ALTER", () => {
  const alter = (changes: object, existing: object): Operation => ({ kind: "alterColumn", table: ref("t"), name: "c", changes, existing } as Operation);

  it("changes identity options in place, and switches between identity and serial", () => {
    expect(compile(alter({ identity: { generation: "always", increment: "2" } }, { identity: null, autoIncrement: true, type: { kind: "integer" } })))
      .toEqual(['ALTER TABLE "t" ALTER COLUMN "c" SET GENERATED ALWAYS SET INCREMENT BY 2 SET NO MINVALUE SET NO MAXVALUE SET START WITH 1 SET CACHE 1 SET NO CYCLE']);
    const toIdentity = compile(alter({ identity: null }, { identity: { generation: "serial" }, autoIncrement: true, type: { kind: "integer" } }));
    expect(toIdentity[0]).toBe('ALTER TABLE "t" ALTER COLUMN "c" DROP DEFAULT');
    expect(toIdentity[1]).toContain("DROP SEQUENCE %s");
    expect(toIdentity[2]).toBe('ALTER TABLE "t" ALTER COLUMN "c" ADD GENERATED BY DEFAULT AS IDENTITY');
    const toSerial = compile(alter({ identity: { generation: "serial" } }, { identity: null, autoIncrement: true, type: { kind: "bigint" } }));
    expect(toSerial.slice(0, 3)).toEqual([
      'ALTER TABLE "t" ALTER COLUMN "c" DROP IDENTITY',
      'CREATE SEQUENCE "t_c_seq" AS bigint OWNED BY "t"."c"',
      `ALTER TABLE "t" ALTER COLUMN "c" SET DEFAULT nextval('"t_c_seq"'::regclass)`,
    ]);
  });

  it("drops the identity before NOT NULL, and changes a collation through the type", () => {
    expect(compile(alter({ nullable: true, autoIncrement: false }, { nullable: false, autoIncrement: true, identity: null, type: { kind: "integer" } })))
      .toEqual(['ALTER TABLE "t" ALTER COLUMN "c" DROP IDENTITY', 'ALTER TABLE "t" ALTER COLUMN "c" DROP NOT NULL']);
    expect(compile(alter({ collation: "C" }, { type: { kind: "text" }, collation: null })))
      .toEqual(['ALTER TABLE "t" ALTER COLUMN "c" TYPE TEXT COLLATE "C"']);
  });

  it("refuses what PostgreSQL 15 cannot change in place, saying what to do instead", () => {
    const refused = (op: Operation): string => {
      try {
        compile(op);
      } catch (error) {
        expect(error).toBeInstanceOf(UnsupportedOperationError);
        return (error as Error).message;
      }
      throw new Error("not refused");
    };
    expect(refused(alter({ generated: { expression: "a + 1", stored: true } }, { generated: null })))
      .toMatch(/cannot become generated .* drop the column and add it again/);
    const options = (options: object, existing: object): Operation => ({ kind: "setTableOptions", table: ref("t"), options, existing } as Operation);
    expect(refused(options({ partitionBy: "LIST (a)" }, { partitionBy: "RANGE (a)" }))).toMatch(/PARTITION BY cannot change/);
    expect(refused(options({ inherits: ["p"] }, {}))).toMatch(/INHERITS/);
  });

  it("changes UNLOGGED, storage parameters and a partition's bound in place", () => {
    const options = (options: object, existing: object): Operation => ({ kind: "setTableOptions", table: ref("t"), options, existing } as Operation);
    expect(compile(options({ unlogged: true }, {}))).toEqual(['ALTER TABLE "t" SET UNLOGGED']);
    expect(compile(options({ with: "fillfactor=50" }, { with: "fillfactor=70, autovacuum_enabled=false" })))
      .toEqual(['ALTER TABLE "t" RESET (autovacuum_enabled)', 'ALTER TABLE "t" SET (fillfactor=50)']);
    const bound = (to: string) => ({ partitionOf: { parent: "p", parentSchema: null, bound: to } });
    expect(compile(options(bound("FOR VALUES IN (2)"), bound("FOR VALUES IN (1)")))).toEqual([
      'ALTER TABLE "p" DETACH PARTITION "t"', 'ALTER TABLE "p" ATTACH PARTITION "t" FOR VALUES IN (2)',
    ]);
  });
});
