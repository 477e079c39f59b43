// The target schema: every table() and enumType() exported here.
// `migrate revision --autogenerate -m "..."` compares it with the database.
import { table, integer, varchar, timestamp, sql } from "athanor/schema";

export const users = table("users", {
  id: integer().primaryKey().autoIncrement(),
  email: varchar(255).notNull().unique(),
  name: varchar(100),
  created_at: timestamp().notNull().default(sql`CURRENT_TIMESTAMP`),
});
