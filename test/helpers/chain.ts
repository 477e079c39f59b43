/**
 * A linear chain of five hand-written revisions that exercises the common
 * ops: createTable (several types, primary key, autoincrement, defaults, a
 * foreign key), addColumn, a unique createIndex, bulkInsert and execute
 * (data), renameTable and dropColumn. Used by the lifecycle and offline suites.
 */
import type { Project, RevisionSpec } from "./project.js";

export const R1 = "1a2b3c4d5e6f";
export const R2 = "2b3c4d5e6f70";
export const R3 = "3c4d5e6f7081";
export const R4 = "4d5e6f708192";
export const R5 = "5e6f708192a3";

export const CHAIN: readonly RevisionSpec[] = [
  {
    id: R1, down: null, message: "create users",
    upgrade: `
  await op.createTable("users", {
    id: integer().primaryKey().autoIncrement(),
    email: varchar(255).notNull(),
    name: varchar(100),
    active: boolean().notNull().default(true),
    balance: numeric(10, 2).default(0),
    created_at: timestamp().default(sql\`CURRENT_TIMESTAMP\`),
  });
  await op.bulkInsert("users", [{ email: "admin@example.com", name: "Admin" }]);`,
    downgrade: `  await op.dropTable("users");`,
  },
  {
    id: R2, down: R1, message: "add bio",
    upgrade: `  await op.addColumn("users", "bio", text());`,
    downgrade: `  await op.dropColumn("users", "bio");`,
  },
  {
    id: R3, down: R2, message: "unique email, posts",
    upgrade: `
  await op.createIndex("ix_users_email", "users", ["email"], { unique: true });
  await op.createTable("posts", {
    id: bigint().primaryKey().autoIncrement(),
    user_id: integer().notNull().references("users.id", { name: "fk_posts_user" }),
    title: varchar(200).notNull(),
  });`,
    downgrade: `
  await op.dropTable("posts");
  await op.dropIndex("ix_users_email", "users");`,
  },
  {
    id: R4, down: R3, message: "seed data",
    upgrade: `
  await op.bulkInsert("users", [
    { email: "ann@example.com", name: "Ann", bio: "hi" },
    { email: "bob@example.com", name: "Bob", bio: null },
  ]);
  await op.execute("INSERT INTO posts (user_id, title) SELECT id, 'Hello' FROM users WHERE email = 'ann@example.com'");`,
    downgrade: `
  await op.execute("DELETE FROM posts");
  await op.execute("DELETE FROM users WHERE email <> 'admin@example.com'");`,
  },
  {
    id: R5, down: R4, message: "rename posts, drop name",
    upgrade: `
  await op.renameTable("posts", "articles");
  await op.dropColumn("users", "name");`,
    downgrade: `
  await op.addColumn("users", "name", varchar(100));
  await op.renameTable("articles", "posts");`,
  },
];

export function writeChain(project: Project): void {
  for (const spec of CHAIN) project.writeRevision(spec);
}
