/**
 * Databases built by other tools compare clean where the meaning is the
 * same: each table is created with the DDL that SQLAlchemy, Django, Rails,
 * Prisma, Drizzle and TypeORM emit on SQLite for their usual column types,
 * the models say the same with athanor's DSL, and `check` finds nothing.
 * A real difference next to them (a changed length) is still caught.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { skipWithoutServer } from "../helpers/databases.js";
import { ModelProject } from "../helpers/autogen.js";

const skip = await skipWithoutServer("sqlite");

const DDL = [
  // SQLAlchemy 2 (Integer, String, Text, BigInteger, SmallInteger, Boolean, Numeric, Float, Double, DateTime, Date, Time, JSON, LargeBinary, Uuid).
  `CREATE TABLE sa_items (
    id INTEGER NOT NULL, name VARCHAR(50) NOT NULL, body TEXT, big BIGINT, small SMALLINT, flag BOOLEAN, price NUMERIC(10, 2),
    ratio FLOAT, dbl DOUBLE, created DATETIME, day DATE, at TIME, data JSON, bytes BLOB, uid CHAR(32), PRIMARY KEY (id))`,
  // Django 5 (AutoField, CharField, BooleanField, DecimalField, FloatField, DateTimeField, UUIDField, PositiveIntegerField, ...).
  `CREATE TABLE "dj_item" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(50) NOT NULL, "flag" bool NOT NULL,
    "price" decimal NOT NULL, "ratio" real NOT NULL, "created" datetime NOT NULL, "day" date NOT NULL, "at" time NOT NULL,
    "uid" char(32) NOT NULL, "big" bigint NOT NULL, "small" smallint NOT NULL, "pos" integer unsigned NOT NULL CHECK ("pos" >= 0),
    "bytes" BLOB NOT NULL, "body" text NOT NULL)`,
  // Rails 7 (string, text, integer, bigint, decimal, float, boolean, json, binary, date, time, datetime(6)).
  `CREATE TABLE "rails_items" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar, "title" varchar(255), "body" text,
    "count" integer, "big" bigint, "price" decimal(10,2), "ratio" float, "flag" boolean DEFAULT 0 NOT NULL, "payload" json,
    "data" blob, "day" date, "at" time, "created_at" datetime(6) NOT NULL)`,
  // Prisma 6 (Int, String, BigInt, Boolean, Float, Decimal, DateTime, Json, Bytes).
  `CREATE TABLE "PrismaItem" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL, "big" BIGINT,
    "flag" BOOLEAN NOT NULL DEFAULT false, "ratio" REAL, "price" DECIMAL, "created" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" JSONB, "bytes" BLOB)`,
  // Drizzle (sqlite-core: integer, text, real, blob, numeric, text({ mode: "json" })).
  "CREATE TABLE `drizzle_items` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, `name` text NOT NULL, `price` real, `data` text, `bytes` blob, `amount` numeric)",
  // TypeORM (varchar, boolean, datetime, decimal, float, double, uuid, simple-json, bigint).
  `CREATE TABLE "typeorm_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL,
    "flag" boolean NOT NULL DEFAULT (0), "created" datetime NOT NULL DEFAULT (datetime('now')), "price" decimal(10,2) NOT NULL,
    "ratio" float NOT NULL, "dbl" double NOT NULL, "uid" varchar NOT NULL, "data" text NOT NULL, "big" bigint NOT NULL)`,
];

const MODELS = (titleLength: number) => `
export const sa = table("sa_items", {
  id: integer().primaryKey(), name: varchar(50).notNull(), body: text(), big: bigint(), small: smallint(), flag: boolean(),
  price: numeric(10, 2), ratio: double(), dbl: double(), created: timestamp(), day: date(), at: time(), data: json(), bytes: binary(),
  uid: uuid(),
});
export const dj = table("dj_item", {
  id: integer().primaryKey().autoIncrement(), name: varchar(50).notNull(), flag: boolean().notNull(), price: numeric(10, 2).notNull(),
  ratio: real().notNull(), created: timestamp().notNull(), day: date().notNull(), at: time().notNull(), uid: uuid().notNull(),
  big: bigint().notNull(), small: smallint().notNull(), pos: integer().notNull(), bytes: binary().notNull(), body: text().notNull(),
}, [check(null, '"pos" >= 0')]);
export const rails = table("rails_items", {
  id: bigint().primaryKey().autoIncrement(), name: varchar(), title: varchar(${titleLength}), body: text(), count: integer(), big: bigint(),
  price: numeric(10, 2), ratio: double(), flag: boolean().notNull().default(false), payload: json(), data: binary(), day: date(),
  at: time(), created_at: timestamp().notNull(),
});
export const prisma = table("PrismaItem", {
  id: integer().primaryKey().autoIncrement(), name: text().notNull(), big: bigint(), flag: boolean().notNull().default(false),
  ratio: double(), price: numeric(65, 30), created: timestamp().notNull().default(sql\`CURRENT_TIMESTAMP\`), data: jsonb(), bytes: binary(),
});
export const drizzle = table("drizzle_items", {
  id: integer().primaryKey().autoIncrement(), name: text().notNull(), price: real(), data: json(), bytes: binary(), amount: numeric(),
});
export const typeorm = table("typeorm_item", {
  id: integer().primaryKey().autoIncrement(), name: varchar(100).notNull(), flag: boolean().notNull().default(false),
  created: timestamp().notNull().default(sql\`datetime('now')\`), price: numeric(10, 2).notNull(), ratio: real().notNull(),
  dbl: double().notNull(), uid: uuid().notNull(), data: json().notNull(), big: bigint().notNull(),
});
`;

describe.skipIf(skip)("sqlite: the spellings other tools write", () => {
  let project: ModelProject;

  beforeAll(async () => {
    project = await ModelProject.open("sqlite");
    await project.exec(...DDL);
  });
  afterAll(async () => {
    await project?.close();
  });

  it("compare clean against the same models in athanor's DSL", { timeout: 60_000 }, async () => {
    project.writeModels(MODELS(255));
    const result = await project.run(["check"]);
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
  });

  it("still finds a real difference among them", { timeout: 60_000 }, async () => {
    project.writeModels(MODELS(200));
    const result = await project.run(["check"]);
    expect(result.code).toBe(1);
    expect(result.stderr + result.stdout).toMatch(/rails_items\.title/);
    expect((result.stderr + result.stdout).match(/^\s*~/gm) ?? []).toHaveLength(1);
  });
});
