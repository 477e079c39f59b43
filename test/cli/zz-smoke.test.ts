import { it } from "vitest";
import { ModelProject } from "../helpers/autogen.js";
it("smoke", async () => {
  const p = await ModelProject.open("postgresql");
  try {
    p.writeModels(`export const orgs = table("orgs", { id: integer().primaryKey() });
export const users = table("users", { id: integer().primaryKey(), email: varchar(100), org_id: integer() });`);
    await p.autogenerate("init"); await p.ok(["upgrade", "head"]);
    await p.exec("INSERT INTO orgs VALUES (1)", "INSERT INTO users SELECT g, 'e'||g, 1 FROM generate_series(1,1000) g", "ANALYZE users");
    p.writeModels(`export const orgs = table("orgs", { id: integer().primaryKey() });
export const users = table("users", { id: integer().primaryKey(), email: varchar(100).notNull(), org_id: integer().references("orgs.id"), score: integer().notNull().default(0), team_id: integer().references("orgs.id") }, [index("ix_users_email", ["email"])]);`);
    const r = await p.ok(["revision", "--autogenerate", "--online", "-m", "online"]);
    console.log(r.stdout, r.stderr);
    const fs = await import("node:fs");
    for (const f of r.stdout.trim().split("\n")) console.log(fs.readFileSync(f, "utf8"));
    console.log((await p.run(["upgrade", "head"])));
    console.log((await p.run(["check"])));
    console.log((await p.run(["downgrade", "base"])));
  } finally { await p.close(); }
}, 60000);
