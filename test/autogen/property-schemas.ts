/**
 * Models modules for the autogenerate property tests: a broad schema and
 * the changes made to it, written once and adapted per dialect (MySQL has
 * no partial indexes; comments are kept by PostgreSQL and MySQL only).
 */
import type { DialectName } from "../../src/dialects/dialect.js";

export interface Flavour {
  readonly dialect: DialectName;
  /** `, { where: "..." }` where partial indexes exist, else "". */
  where(predicate: string): string;
  /** A type for rawType(). */
  readonly raw: string;
}

/** A type no builder covers, spelled the dialect's way, for rawType(). */
const RAW_TYPE: Record<DialectName, string> = { postgresql: "inet", mysql: "mediumint", sqlite: "CUSTOMTYPE" };

export function flavour(dialect: DialectName): Flavour {
  return {
    dialect,
    raw: RAW_TYPE[dialect],
    where: (predicate) => (dialect === "mysql" ? "" : `, { where: ${JSON.stringify(predicate)} }`),
  };
}

/** Step 0: every object kind, on empty tables. */
export function baseSchema(f: Flavour): string {
  return `
export const mood = enumType("mood", ["happy", "sad", "meh"]);

export const users = table("users", {
  id: integer().primaryKey().autoIncrement(),
  email: varchar(255).notNull().unique("uq_users_email"),
  handle: varchar(40).unique(),
  name: varchar(100).comment("display name"),
  is_active: boolean().notNull().default(true),
  mood: mood.column(),
  created_at: timestamp({ withTimezone: true }).notNull().default(sql\`CURRENT_TIMESTAMP\`),
  born: date(),
  wakes: time(),
  seen_at: timestamp(),
  balance: numeric(10, 2).notNull().default(0),
  ratio: real(),
  score: double().default(1.5),
  tiny: smallint().default(3),
  big: bigint(),
  code: char(3).default("abc"),
  bio: text().default("it's"),
  prefs: json(),
  doc: jsonb(),
  token: uuid(),
  blob: binary(16),
  addr: rawType("${f.raw}"),
}, [
  index("ix_users_name", ["name"]),
  index("ix_users_name_mood", ["name", "mood"], { unique: true }),
  check("ck_users_balance", "balance >= 0"),
], { comment: "people who sign in" });

export const posts = table("posts", {
  id: bigint().primaryKey().autoIncrement(),
  user_id: integer().notNull().references("users.id", { onDelete: "cascade", name: "fk_posts_user" }),
  title: varchar(200).notNull(),
  score: numeric(10, 2).default(0),
  parent_id: bigint().references("posts.id", { name: "fk_posts_parent", onDelete: "set null" }),
}, [
  unique("uq_posts_user_title", ["user_id", "title"]),
  check("ck_posts_title_len", "length(title) > 0"),
  index("ix_posts_recent", ["user_id", "id"]${f.where("score > 0")}),
]);

export const tags = table("tags", {
  owner_id: integer().notNull(),
  slug: varchar(50).notNull(),
  label: varchar(100).notNull().default("untitled"),
}, [
  primaryKey("pk_tags", ["owner_id", "slug"]),
  foreignKey("fk_tags_owner", ["owner_id"], "users", ["id"], { onDelete: "cascade", onUpdate: "cascade" }),
]);

export const post_tags = table("post_tags", {
  post_id: bigint().notNull().references("posts.id", { name: "fk_pt_post", onDelete: "cascade" }),
  owner_id: integer().notNull(),
  slug: varchar(50).notNull(),
  weight: integer().notNull().default(1),
}, [
  primaryKey(null, ["post_id", "owner_id", "slug"]),
  foreignKey("fk_pt_tag", ["owner_id", "slug"], "tags", ["owner_id", "slug"], { onDelete: "restrict" }),
]);

// A cycle: each of these references the other.
export const teams = table("teams", {
  id: integer().primaryKey(),
  captain_id: integer(),
  name: varchar(80).notNull(),
}, [foreignKey("fk_teams_captain", ["captain_id"], "players", ["id"])]);

export const players = table("players", {
  id: integer().primaryKey(),
  team_id: integer().references("teams.id", { name: "fk_players_team" }),
});

export const codes = table("codes", { id: integer().primaryKey(), code: varchar(20).unique("uq_codes_code") });

export const uses = table("uses", {
  id: integer().primaryKey(),
  owner_id: integer(),
  slug: varchar(50),
  code: varchar(20),
}, [foreignKey("fk_uses_tag", ["owner_id", "slug"], "tags", ["owner_id", "slug"])]);

// Two kept tables that step 1 joins into a cycle.
export const lefts = table("lefts", { id: integer().primaryKey(), right_id: integer() });
export const rights = table("rights", { id: integer().primaryKey(), left_id: integer() });
`;
}

/** Rows for the base schema's tables (step 1 inserts them before changing populated tables). */
export const BASE_ROWS: readonly string[] = [
  "INSERT INTO users (email, handle, name, balance) VALUES ('ann@example.com', 'ann', 'Ann', 10), ('bob@example.com', 'bob', 'Bob', 0), ('cy@example.com', 'cy', NULL, 5)",
  "INSERT INTO posts (user_id, title, score) VALUES (1, 'Hello', 1), (1, 'Again', 0), (2, 'Bob here', 3)",
  "INSERT INTO tags (owner_id, slug) VALUES (1, 'news'), (1, 'misc'), (2, 'news')",
  "INSERT INTO post_tags (post_id, owner_id, slug) VALUES (1, 1, 'news'), (2, 1, 'misc')",
  "INSERT INTO teams (id, captain_id, name) VALUES (1, NULL, 'Reds'), (2, NULL, 'Blues')",
  "INSERT INTO players (id, team_id) VALUES (10, 1), (11, 2)",
  "INSERT INTO codes (id, code) VALUES (1, 'c1'), (2, 'c2')",
  "INSERT INTO uses (id, owner_id, slug, code) VALUES (1, 1, 'news', 'c1'), (2, NULL, NULL, 'c2')",
  "INSERT INTO lefts (id, right_id) VALUES (1, NULL)",
  "INSERT INTO rights (id, left_id) VALUES (1, 1)",
];

/**
 * Step 1: many changes at once on populated tables: columns added, dropped,
 * retyped (widened), nullability, defaults set/changed/dropped (literal and
 * sql), comments, a table comment, indexes and uniques added/dropped/changed,
 * checks added/changed/dropped, foreign keys added/dropped/with new actions,
 * enum values added, a new table with a new enum and an unnamed composite
 * unique, and an unnamed unique and foreign key on existing tables.
 */
export function manyChanges(f: Flavour): string {
  return `
export const mood = enumType("mood", ["calm", "happy", "sad", "meh", "angry"]);
export const level = enumType("level_kind", ["low", "high"]);

export const users = table("users", {
  id: integer().primaryKey().autoIncrement(),
  email: varchar(255).notNull().unique("uq_users_email").comment("where we write"),
  handle: varchar(40).notNull().unique(),
  name: varchar(150).comment("shown name"),
  is_active: boolean().notNull().default(false),
  mood: mood.column(),
  created_at: timestamp({ withTimezone: true }).notNull().default(sql\`CURRENT_TIMESTAMP\`),
  born: date(),
  wakes: time(),
  seen_at: timestamp().default(sql\`CURRENT_TIMESTAMP\`),
  balance: numeric(12, 2).notNull().default(0),
  score: double().default(2.5),
  tiny: integer().default(3),
  big: bigint().default(7),
  code: char(3).default("xyz"),
  bio: text(),
  prefs: json(),
  doc: jsonb(),
  token: uuid(),
  blob: binary(16),
  nickname: varchar(30),
  level: integer().notNull().default(1),
  ref_code: varchar(20).unique(),
}, [
  index("ix_users_born", ["born"]),
  index("ix_users_name_mood", ["mood", "name"], { unique: true }),
  check("ck_users_balance", "balance >= -100"),
  check(null, "level > 0"),
], { comment: "people" });

export const posts = table("posts", {
  id: bigint().primaryKey().autoIncrement(),
  user_id: integer().notNull().references("users.id", { onDelete: "restrict", name: "fk_posts_user" }),
  title: varchar(200).notNull(),
  score: numeric(10, 2).default(0),
  parent_id: bigint(),
  editor_id: integer().references("users.id"),
}, [
  unique("uq_posts_user_title", ["title", "user_id"]),
  index("ix_posts_recent", ${f.dialect === "mysql" ? '["id", "user_id"]' : '["user_id", "id"]'}${f.where("score > 1")}),
]);

export const tags = table("tags", {
  owner_id: integer().notNull(),
  slug: varchar(50).notNull(),
  label: varchar(100).notNull().default("none"),
}, [
  primaryKey("pk_tags", ["owner_id", "slug"]),
  foreignKey("fk_tags_owner", ["owner_id"], "users", ["id"], { onDelete: "cascade", onUpdate: "cascade" }),
]);

export const post_tags = table("post_tags", {
  post_id: bigint().notNull().references("posts.id", { name: "fk_pt_post", onDelete: "cascade" }),
  owner_id: integer().notNull(),
  slug: varchar(50).notNull(),
  weight: integer().notNull().default(1),
}, [
  primaryKey(null, ["post_id", "owner_id", "slug"]),
  foreignKey("fk_pt_tag", ["owner_id", "slug"], "tags", ["owner_id", "slug"], { onDelete: "cascade", onUpdate: "cascade" }),
]);

export const teams = table("teams", {
  id: integer().primaryKey(),
  captain_id: integer(),
  name: varchar(80).notNull(),
}, [foreignKey("fk_teams_captain", ["captain_id"], "players", ["id"])]);

export const players = table("players", {
  id: integer().primaryKey(),
  team_id: integer().references("teams.id", { name: "fk_players_team" }),
});

export const audit = table("audit", {
  id: bigint().primaryKey().autoIncrement(),
  user_id: integer().notNull().references("users.id", { onDelete: "cascade" }),
  parent_id: bigint().references("audit.id"),
  kind: level.column().notNull().default("low"),
  at: timestamp().notNull().default(sql\`CURRENT_TIMESTAMP\`),
  note: text().comment("free text"),
}, [
  unique(null, ["user_id", "at"]),
  check(null, "note <> ''"),
], { comment: "what happened" });

export const pairs = table("pairs", {
  a: integer().notNull(),
  b: integer().notNull(),
  c: varchar(10),
}, [primaryKey("pk_pairs", ["a"])]);

export const nopk = table("nopk", {
  k: varchar(10).notNull(),
  v: integer(),
});

// A unique constraint renamed, and a new foreign key pointing at it.
export const codes = table("codes", { id: integer().primaryKey(), code: varchar(20).unique("uq_codes_code2") });

export const uses = table("uses", {
  id: integer().primaryKey(),
  owner_id: integer(),
  slug: varchar(50),
  code: varchar(20).references("codes.code", { name: "fk_uses_code" }),
}, [foreignKey("fk_uses_tag", ["owner_id", "slug"], "tags", ["owner_id", "slug"])]);

export const lefts = table("lefts", { id: integer().primaryKey(), right_id: integer().references("rights.id", { name: "fk_lefts_right" }) });
export const rights = table("rights", { id: integer().primaryKey(), left_id: integer().references("lefts.id", { name: "fk_rights_left" }) });

export const regions = table("regions", { id: integer().notNull(), name: varchar(40) }, [primaryKey("pk_regions", ["id"])]);

export const shops = table("shops", {
  id: integer().primaryKey(),
  region_id: integer().references("regions.id", { name: "fk_shops_region" }),
});

// Points at a unique column that users gets in this same step.
export const referrals = table("referrals", {
  id: integer().primaryKey(),
  code: varchar(20).references("users.ref_code", { name: "fk_referrals_code" }),
});
`;
}

/** Rows for the tables step 1 created, inserted before step 2. */
export const STEP2_ROWS: readonly string[] = [
  "INSERT INTO pairs (a, b, c) VALUES (1, 1, 'x'), (2, 1, 'y'), (3, 2, NULL)",
  "INSERT INTO nopk (k, v) VALUES ('a', 1), ('b', 2)",
  "INSERT INTO audit (user_id, note) VALUES (1, 'first'), (2, 'second')",
  "INSERT INTO regions (id, name) VALUES (1, 'north'), (2, 'south')",
  "INSERT INTO shops (id, region_id) VALUES (1, 1), (2, 2), (3, NULL)",
];

/**
 * Step 2: primary keys changed (single → composite), added and dropped,
 * tables dropped (a foreign-key cycle, a self reference, one using an enum
 * type), an enum value removed, a column narrowed, columns, an index, a
 * unique constraint and a foreign key dropped; all on populated tables.
 */
export function keysAndDrops(f: Flavour): string {
  return `
export const mood = enumType("mood", ["calm", "happy", "sad", "angry"]);

export const users = table("users", {
  id: integer().primaryKey().autoIncrement(),
  email: varchar(255).notNull().unique("uq_users_email"),
  handle: varchar(40).notNull().unique(),
  name: varchar(120).comment("shown name"),
  is_active: boolean().default(false),
  mood: mood.column(),
  created_at: timestamp({ withTimezone: true }).notNull().default(sql\`CURRENT_TIMESTAMP\`),
  born: date(),
  wakes: time(),
  seen_at: timestamp(),
  balance: numeric(12, 2).notNull().default(0),
  score: double().default(2.5),
  tiny: integer().default(3),
  big: bigint().default(7),
  code: char(3).default("xyz"),
  prefs: json(),
  doc: jsonb(),
  token: uuid(),
  blob: binary(16),
  level: integer().notNull().default(1),
  ref_code: varchar(20).unique(),
}, [
  index("ix_users_name_mood", ["mood", "name"], { unique: true }),
  check("ck_users_balance", "balance >= -100"),
  check(null, "level > 0"),
]);

export const posts = table("posts", {
  id: bigint().primaryKey().autoIncrement(),
  user_id: integer().notNull().references("users.id", { onDelete: "restrict", name: "fk_posts_user" }),
  title: varchar(200).notNull(),
  score: numeric(10, 2).default(0),
  parent_id: bigint(),
  editor_id: integer(),
}, [
  index("ix_posts_recent", ${f.dialect === "mysql" ? '["id", "user_id"]' : '["user_id", "id"]'}${f.where("score > 1")}),
]);

// The primary key renamed: the foreign keys that depend on it are dropped first and made again after.
export const tags = table("tags", {
  owner_id: integer().notNull(),
  slug: varchar(50).notNull(),
  label: varchar(100).notNull().default("none"),
}, [
  primaryKey("tags_pk", ["owner_id", "slug"]),
  foreignKey("fk_tags_owner", ["owner_id"], "users", ["id"], { onDelete: "cascade", onUpdate: "cascade" }),
]);

export const post_tags = table("post_tags", {
  post_id: bigint().notNull().references("posts.id", { name: "fk_pt_post", onDelete: "cascade" }),
  owner_id: integer().notNull(),
  slug: varchar(50).notNull(),
}, [
  primaryKey(null, ["post_id", "owner_id", "slug"]),
  foreignKey("fk_pt_tag", ["owner_id", "slug"], "tags", ["owner_id", "slug"], { onDelete: "cascade", onUpdate: "cascade" }),
]);

export const pairs = table("pairs", {
  a: integer().notNull(),
  b: integer().notNull(),
  c: varchar(10),
}, [primaryKey("pk_pairs", ["a", "b"])]);

export const nopk = table("nopk", {
  k: varchar(10).primaryKey(),
  v: integer(),
});

// The unique constraint fk_uses_code depends on, renamed again.
export const codes = table("codes", { id: integer().primaryKey(), code: varchar(20).unique("uq_codes_code3") });

export const uses = table("uses", {
  id: integer().primaryKey(),
  owner_id: integer(),
  slug: varchar(50),
  code: varchar(20).references("codes.code", { name: "fk_uses_code" }),
}, [foreignKey("fk_uses_tag", ["owner_id", "slug"], "tags", ["owner_id", "slug"])]);

// Both sides of a foreign key widened.
export const regions = table("regions", { id: bigint().notNull(), name: varchar(40) }, [primaryKey("pk_regions", ["id"])]);

export const shops = table("shops", {
  id: integer().primaryKey(),
  region_id: bigint().references("regions.id", { name: "fk_shops_region" }),
});

export const referrals = table("referrals", {
  id: integer().primaryKey(),
  code: varchar(20).references("users.ref_code", { name: "fk_referrals_code" }),
});
`;
}

/** Step 3: tables (one referenced by a foreign key) and a column renamed (--rename-table / --rename-column), rows kept; a primary key dropped. */
export function renamed(f: Flavour): string {
  return keysAndDrops(f)
    .replace('export const pairs = table("pairs"', 'export const couples = table("couples"')
    .replace("  wakes: time(),", "  wakes_at: time(),")
    .replace('export const regions = table("regions"', 'export const areas = table("areas"')
    .replace('references("regions.id"', 'references("areas.id"')
    .replace('k: varchar(10).primaryKey(),', 'k: varchar(10).notNull(),');
}

/** Step 4, one change alone: a nullable column added to a populated table. */
export function oneColumn(f: Flavour): string {
  return renamed(f).replace("  ref_code: varchar(20).unique(),", "  ref_code: varchar(20).unique(),\n  motto: varchar(60),");
}

/** Step 5, one change alone: an enum value added at the end. */
export function oneEnumValue(f: Flavour): string {
  return oneColumn(f).replace('enumType("mood", ["calm", "happy", "sad", "angry"])', 'enumType("mood", ["calm", "happy", "sad", "angry", "bored"])');
}
