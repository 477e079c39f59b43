/**
 * Coming from Alembic (issue 14), end to end: the real Alembic builds and
 * upgrades a database; athanor pulls it, baselines at Alembic's head
 * (`versionTable: "alembic_version"`, `--baseline --rev-id <head>`) without
 * re-applying anything, adds a revision of its own and upgrades; and Alembic,
 * given a revision file standing for athanor's, agrees on where the database
 * stands, also after athanor downgrades.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DialectName } from "../../src/dialects/dialect.js";
import { AlembicProject, skipWithoutAlembic } from "../helpers/alembic.js";
import { currentIds, query, type Row } from "../helpers/cli.js";
import { irOf, printedCatalog } from "../helpers/corpus.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project } from "../helpers/project.js";

/** Alembic's revisions: ids as `alembic revision` makes them (12 hex characters), fixed so the test can name them. */
const ALEMBIC_FIRST = "3c9d1f2a7b10";
const ALEMBIC_HEAD = "8e41b6c0d5f2";
/** athanor's first revision after the baseline. */
const ATHANOR_NEXT = "a7f3e9120c4d";

/**
 * What an Alembic user writes (or autogenerate wrote): tables with a foreign key, a named primary key, unique and
 * CHECK constraints, server defaults, an enum (a type of its own on PostgreSQL, ENUM on MySQL, VARCHAR on SQLite)
 * and indexes, one of them partial where the dialect has them.
 */
const FIRST_UPGRADE = [
  "    op.create_table(",
  '        "users",',
  '        sa.Column("id", sa.Integer(), nullable=False),',
  '        sa.Column("email", sa.String(length=255), nullable=False),',
  '        sa.Column("name", sa.String(length=100), nullable=True),',
  '        sa.Column("status", sa.Enum("active", "disabled", name="user_status"), server_default="active", nullable=False),',
  '        sa.Column("is_admin", sa.Boolean(), server_default=sa.false(), nullable=False),',
  '        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),',
  '        sa.PrimaryKeyConstraint("id", name="pk_users"),',
  '        sa.UniqueConstraint("email", name="uq_users_email"),',
  "    )",
  "    op.create_table(",
  '        "posts",',
  '        sa.Column("id", sa.Integer(), nullable=False),',
  '        sa.Column("user_id", sa.Integer(), nullable=False),',
  '        sa.Column("title", sa.String(length=200), nullable=False),',
  '        sa.Column("body", sa.Text(), nullable=True),',
  '        sa.Column("score", sa.Numeric(precision=10, scale=2), server_default="0", nullable=False),',
  '        sa.CheckConstraint("length(title) > 0", name="ck_posts_title_len"),',
  '        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_posts_user_id_users", ondelete="CASCADE"),',
  '        sa.PrimaryKeyConstraint("id", name="pk_posts"),',
  '        sa.UniqueConstraint("user_id", "title", name="uq_posts_user_title"),',
  "    )",
  '    op.create_index("ix_posts_user_id", "posts", ["user_id"])',
];
const FIRST_DOWNGRADE = [
  '    op.drop_index("ix_posts_user_id", table_name="posts")',
  '    op.drop_table("posts")',
  '    op.drop_table("users")',
  '    sa.Enum(name="user_status").drop(op.get_bind(), checkfirst=True)',
];
const HEAD_UPGRADE = [
  '    op.add_column("users", sa.Column("last_login", sa.DateTime(), nullable=True))',
  '    op.create_index("ix_users_name", "users", ["name"])',
  "    op.create_index(",
  '        "ix_posts_scored", "posts", ["score"],',
  '        postgresql_where=sa.text("score > 0"), sqlite_where=sa.text("score > 0"),',
  "    )",
  "    op.create_table(",
  '        "post_tags",',
  '        sa.Column("post_id", sa.Integer(), nullable=False),',
  '        sa.Column("tag", sa.String(length=50), nullable=False),',
  '        sa.ForeignKeyConstraint(["post_id"], ["posts.id"], name="fk_post_tags_post", ondelete="CASCADE"),',
  '        sa.PrimaryKeyConstraint("post_id", "tag", name="pk_post_tags"),',
  "    )",
];
const HEAD_DOWNGRADE = [
  '    op.drop_table("post_tags")',
  '    op.drop_index("ix_posts_scored", table_name="posts")',
  '    op.drop_index("ix_users_name", table_name="users")',
  '    op.drop_column("users", "last_login")',
];

const ROWS = [
  "INSERT INTO users (email, name) VALUES ('ada@example.com', 'Ada')",
  "INSERT INTO users (email, name, status) VALUES ('bob@example.com', 'Bob', 'disabled')",
  "INSERT INTO posts (user_id, title, body, score) VALUES (1, 'Hello', 'first post', 3.50)",
  "INSERT INTO posts (user_id, title) VALUES (2, 'Draft')",
  "INSERT INTO post_tags (post_id, tag) VALUES (1, 'intro')",
];

/** athanor's change after the takeover: a column on an Alembic-made table and a table of its own. */
const MODELS_ADDITION = [
  "",
  'import * as s from "athanor/schema";',
  "",
  'export const post_likes = s.table("post_likes", {',
  "  id: s.integer().primaryKey().autoIncrement(),",
  '  post_id: s.integer().notNull().references("posts.id", { onDelete: "cascade", name: "fk_post_likes_post" }),',
  '  liked_at: s.timestamp().notNull().default(s.sql`CURRENT_TIMESTAMP`),',
  '}, [s.index("ix_post_likes_post_id", ["post_id"])]);',
  "",
].join("\n");

const DIALECTS: readonly DialectName[] = ["postgresql", "sqlite", "mysql"];

for (const dialect of DIALECTS) {
  const skip = (await skipWithoutServer(dialect)) || skipWithoutAlembic(dialect);
  describe.skipIf(skip)(`taking over an Alembic-managed database (${dialect})`, () => {
    let db: ScratchDatabase;
    let fresh: ScratchDatabase | undefined;
    let alembic: AlembicProject;
    let project: Project;
    let rows: Record<string, Row[]>;
    /** The catalog as Alembic left it: athanor's baseline must not change it. */
    let alembicCatalog: unknown;

    const readRows = async (): Promise<Record<string, Row[]>> => ({
      users: await query(db.url, "SELECT id, email, name, status FROM users ORDER BY id"),
      posts: await query(db.url, "SELECT id, user_id, title, body FROM posts ORDER BY id"),
      post_tags: await query(db.url, "SELECT post_id, tag FROM post_tags ORDER BY post_id, tag"),
    });
    const catalog = async (): Promise<unknown> => ({ ir: await irOf(dialect, db.url), printed: await printedCatalog(dialect, db.url) });
    const models = (): string => join(project.dir, "models.ts");

    beforeAll(async () => {
      db = await createScratchDatabase(dialect);
      alembic = new AlembicProject(dialect, db.url);
      await alembic.init();
      alembic.writeRevision({ id: ALEMBIC_FIRST, down: null, message: "users and posts", upgrade: FIRST_UPGRADE, downgrade: FIRST_DOWNGRADE });
      alembic.writeRevision({ id: ALEMBIC_HEAD, down: ALEMBIC_FIRST, message: "last login and tags", upgrade: HEAD_UPGRADE, downgrade: HEAD_DOWNGRADE });
      await alembic.ok(["upgrade", "head"]);
      for (const sql of ROWS) await query(db.url, sql);
      rows = await readRows();
      project = new Project(db.url, {
        config: [
          'import { defineConfig } from "athanor";',
          "export default defineConfig({",
          `  url: ${JSON.stringify(db.url)},`,
          '  models: "./models.ts",',
          '  migrations: "./migrations",',
          '  versionTable: "alembic_version",',
          "  lockTimeout: 30,",
          "});",
          "",
        ].join("\n"),
      });
    });
    afterAll(async () => {
      project?.remove();
      alembic?.remove();
      await fresh?.drop();
      await db?.drop();
    });

    it("Alembic built the database and stands at its head", async () => {
      expect(await alembic.current()).toEqual([`${ALEMBIC_HEAD} (head)`]);
      expect(rows.users).toHaveLength(2);
      expect(rows.post_tags).toHaveLength(1);
      alembicCatalog = await catalog();
    });

    it("pull writes the models module, without the version table", async () => {
      const pulled = await project.ok(["pull"]);
      expect(pulled.stdout.trim()).toBe(models());
      const source = readFileSync(models(), "utf8");
      for (const name of ["users", "posts", "post_tags"]) expect(source).toContain(`table("${name}"`);
      expect(source).not.toContain("alembic_version");
    });

    // The version table names Alembic's head, which athanor's history does not have yet: with no revision files
    // nothing can be pending, so check compares all the same.
    it("check exits 0 right after pull, before athanor has a revision", async () => {
      const check = await project.run(["check"]);
      expect(check.code, `${check.stdout}\n${check.stderr}`).toBe(0);
    });

    it("the baseline takes Alembic's head id and the database is already there", async () => {
      const baseline = await project.ok(["revision", "--autogenerate", "--baseline", "-m", "baseline", "--rev-id", ALEMBIC_HEAD]);
      expect(baseline.stdout).toContain(ALEMBIC_HEAD);
      const current = await project.ok(["current"]);
      expect(currentIds(current)).toEqual([ALEMBIC_HEAD]);
      expect(current.stdout).toContain("(head)");
      // The models pulled from Alembic's database and the database agree.
      const check = await project.run(["check"]);
      expect(check.code, `${check.stdout}\n${check.stderr}`).toBe(0);
    });

    it("upgrade head right after the baseline applies nothing", async () => {
      const upgrade = await project.ok(["upgrade", "head"]);
      expect(upgrade.stderr).not.toMatch(/Running upgrade/);
      expect(await catalog()).toEqual(alembicCatalog);
      expect(await readRows()).toEqual(rows);
      expect(currentIds(await project.ok(["current"]))).toEqual([ALEMBIC_HEAD]);
      expect(await alembic.current()).toEqual([`${ALEMBIC_HEAD} (head)`]);
    });

    it("a change to the models becomes athanor's next revision, applied on top of Alembic's", async () => {
      // A column on a table Alembic made, and a table of athanor's own.
      const source = readFileSync(models(), "utf8");
      const users = /export const users = (\w+\.)?table\("users", \{\n/.exec(source);
      expect(users, source).not.toBeNull();
      const at = users!.index + users![0].length;
      writeFileSync(models(), `${source.slice(0, at)}  nickname: s.varchar(40),\n${source.slice(at)}${MODELS_ADDITION}`);

      await project.ok(["revision", "--autogenerate", "-m", "add likes", "--rev-id", ATHANOR_NEXT]);
      const upgrade = await project.ok(["upgrade", "head"]);
      expect(upgrade.stderr).toContain(`${ALEMBIC_HEAD} -> ${ATHANOR_NEXT}`);

      const ir = await irOf(dialect, db.url) as { tables: { name: string; columns: { name: string }[] }[] };
      expect(ir.tables.map((t) => t.name)).toContain("post_likes");
      expect(ir.tables.find((t) => t.name === "users")!.columns.map((c) => c.name)).toContain("nickname");
      expect(await readRows()).toEqual(rows);
      await query(db.url, "INSERT INTO post_likes (post_id) VALUES (1)");
      const check = await project.run(["check"]);
      expect(check.code, `${check.stdout}\n${check.stderr}`).toBe(0);
    });

    it("athanor's history alone (baseline and next revision) builds the same schema in an empty database", async () => {
      fresh = await createScratchDatabase(dialect);
      await project.ok(["upgrade", "head", "--url", fresh.url]);
      expect(await irOf(dialect, fresh.url)).toEqual(await irOf(dialect, db.url));
    });

    // SQLAlchemy writes server_default="0" on a NUMERIC column as DEFAULT '0'::numeric on PostgreSQL: the pulled
    // models keep that spelling, so the rebuilt column prints the same.
    it("... and the same catalog, by the database's own account", async () => {
      expect(fresh).toBeDefined();
      expect(await printedCatalog(dialect, fresh!.url)).toEqual(await printedCatalog(dialect, db.url));
    });

    it("Alembic, told of athanor's revision, agrees on the current revision", async () => {
      alembic.writeRevision({ id: ATHANOR_NEXT, down: ALEMBIC_HEAD, message: "add likes (applied by athanor)" });
      expect(await alembic.current()).toEqual([`${ATHANOR_NEXT} (head)`]);
      expect(currentIds(await project.ok(["current"]))).toEqual([ATHANOR_NEXT]);
    });

    it("athanor's downgrade -1 takes both back to Alembic's head and its catalog", async () => {
      const downgrade = await project.ok(["downgrade", "-1"]);
      expect(downgrade.stderr).toContain(`${ATHANOR_NEXT} -> ${ALEMBIC_HEAD}`);
      expect(await alembic.current()).toEqual([ALEMBIC_HEAD]);
      expect(currentIds(await project.ok(["current"]))).toEqual([ALEMBIC_HEAD]);
      expect(await catalog()).toEqual(alembicCatalog);
      expect(await readRows()).toEqual(rows);
    });
  });
}
