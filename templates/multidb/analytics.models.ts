// The target schema of the "analytics" database.
import { table, bigint, varchar, timestamp, sql } from "athanor/schema";

export const events = table("events", {
  id: bigint().primaryKey().autoIncrement(),
  name: varchar(100).notNull(),
  occurred_at: timestamp().notNull().default(sql`CURRENT_TIMESTAMP`),
});
