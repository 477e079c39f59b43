/**
 * Autogenerate's properties (issue 4), on every dialect, through the real
 * CLI: a schema with every object kind the model DSL has is created, then
 * changed many things at a time on populated tables, then keys, tables,
 * enum values and columns are dropped, then tables and columns renamed,
 * then one thing at a time. After each step (see test/helpers/autogen.ts):
 * no false diffs, the catalog equals the one built from empty, and after
 * all steps each downgrade restores the catalog before it, rows kept.
 * The generated files type-check as strict TypeScript.
 */
import { describe, expect, it } from "vitest";
import type { DialectName } from "../../src/dialects/dialect.js";
import { DIALECTS } from "../helpers/cli.js";
import { skipWithoutServer } from "../helpers/databases.js";
import { body, ModelProject, opCalls, runSteps, typecheck, type Step, type StepRecord } from "../helpers/autogen.js";
import {
  BASE_ROWS, baseSchema, flavour, keysAndDrops, manyChanges, oneColumn, oneEnumValue, renamed, STEP2_ROWS,
} from "./property-schemas.js";

const skip = new Map(await Promise.all(DIALECTS.map(async (d) => [d, await skipWithoutServer(d)] as const)));

function steps(dialect: DialectName): Step[] {
  const f = flavour(dialect);
  return [
    { name: "every object kind", models: baseSchema(f), changes: ["+ table users", "+ table post_tags", "+ table teams", "+ table players"] },
    { name: "many changes on populated tables", models: manyChanges(f), before: BASE_ROWS,
      changes: ["+ table audit", "+ column users.nickname", "- column users.ratio", "~ column users.name (type", "~ column users.handle (nullable)",
        "- index ix_users_name on users", "+ index ix_users_born on users", dialect === "sqlite" ? "+ foreign key (editor_id) on posts" : "+ foreign key fk_posts_editor_id_users on posts",
        "+ foreign key fk_lefts_right on lefts", "+ foreign key fk_uses_code on uses"] },
    { name: "keys and drops", models: keysAndDrops(f), before: STEP2_ROWS,
      changes: ["- table teams", "- table players", "- table audit", "- table lefts", "+ primary key (a, b) on pairs", "- column users.nickname"] },
    { name: "renames", models: renamed(f),
      args: ["--rename-table", "pairs:couples", "--rename-table", "regions:areas", "--rename-column", "users.wakes:wakes_at"],
      renamedTables: { pairs: "couples", regions: "areas" },
      changes: ["~ table pairs renamed to couples", "~ table regions renamed to areas", "~ column users.wakes (renamed to wakes_at)"] },
    { name: "one column", models: oneColumn(f), changes: ["+ column users.motto"] },
    { name: "one enum value", models: oneEnumValue(f), changes: [dialect === "postgresql" ? "+ enum value mood.bored" : "~ column users.mood (type)"] },
  ];
}

/** What each step's revision file must say, beyond the properties runSteps checks. */
function inspect(dialect: DialectName) {
  return ({ step, generated }: StepRecord): void => {
    const { source } = generated;
    const up = body(source, "upgrade");
    const calls = opCalls(source, "upgrade");
    switch (step.name) {
      case "every object kind":
        expect(calls.filter((c) => c === "op.createTable")).toHaveLength(10);
        if (dialect === "postgresql") expect(up).toContain('await op.createEnum("mood", ["happy", "sad", "meh"]);');
        // The teams <-> players cycle: one foreign key after both tables (SQLite checks no references at CREATE TABLE).
        if (dialect === "sqlite") expect(calls).not.toContain("op.createForeignKey");
        else expect(up).toContain('await op.createForeignKey("fk_teams_captain", "teams", "players", ["captain_id"], ["id"]);');
        break;
      case "many changes on populated tables":
        expect(up).toContain("// WARNING: drops column users.ratio and its data");
        expect(up).toContain("// WARNING: makes users.handle NOT NULL with no default");
        if (dialect === "sqlite") {
          // SQLite keeps unnamed constraints unnamed; the downgrade finds one by what it is.
          expect(up).not.toMatch(/"uq_users_ref_code"|"ck_users_level"/);
          expect(body(source, "downgrade")).toContain('batch.dropConstraint(null, "foreignkey", { columns: ["editor_id"], refTable: "users", refColumns: ["id"] });');
        } else {
          // Unnamed constraints are named by convention, so the downgrade can drop them.
          expect(up).toMatch(/"uq_users_ref_code"/);
          expect(up).toMatch(/"ck_users_level"/);
          expect(body(source, "downgrade")).toMatch(/dropConstraint\("fk_posts_editor_id_users", ("posts", )?"foreignkey"\)/);
        }
        if (dialect === "sqlite") expect(calls).toContain("op.batchAlterTable");
        else {
          expect(calls).not.toContain("op.batchAlterTable");
          // referrals points at users.ref_code, which this step makes unique: its foreign key comes after.
          expect(up.indexOf('await op.createForeignKey("fk_referrals_code", "referrals", "users", ["code"], ["ref_code"]);'))
            .toBeGreaterThan(up.indexOf('"uq_users_ref_code"'));
        }
        break;
      case "keys and drops":
        expect(up).toContain("// WARNING: drops table teams and all its rows");
        expect(up).toContain("// WARNING: changes users.name to a type that may not hold every existing value");
        if (dialect !== "sqlite") {
          // MySQL refuses to change the type of either side of a foreign key: it is dropped first and made again after.
          expect(up).toMatch(/dropConstraint\("fk_shops_region", "shops", "foreignkey"\)[\s\S]*alterColumn\("regions", "id"[\s\S]*createForeignKey\("fk_shops_region"/);
        }
        if (dialect === "postgresql") {
          // Keys that foreign keys depend on are re-made between their drop and their creation.
          expect(up).toMatch(/dropConstraint\("fk_pt_tag"[\s\S]*dropConstraint\("pk_tags", "tags", "primary"\)[\s\S]*createPrimaryKey\("tags_pk"[\s\S]*createForeignKey\("fk_pt_tag"/);
          expect(up).toMatch(/dropConstraint\("fk_uses_code"[\s\S]*dropConstraint\("uq_codes_code2"[\s\S]*createUniqueConstraint\("uq_codes_code3"[\s\S]*createForeignKey\("fk_uses_code"/);
        }
        if (dialect === "postgresql") {
          expect(up).toContain('await op.dropEnumValue("mood", "meh");');
          expect(up).toContain('await op.dropEnum("level_kind");');
          expect(body(source, "downgrade")).toContain('await op.addEnumValue("mood", "meh", { after: "sad" });');
        }
        break;
      case "renames":
        expect(up).toContain('await op.renameTable("pairs", "couples");');
        expect(up).toContain('await op.renameTable("regions", "areas");');
        // shops' foreign key follows the renamed table: nothing to drop and create.
        expect(up).not.toContain('"foreignkey"');
        expect(up).toMatch(/alterColumn\("users", "wakes", \{ newName: "wakes_at"/);
        expect(calls).not.toContain("op.dropTable");
        expect(calls).not.toContain("op.createTable");
        expect(calls.filter((c) => c.endsWith("dropColumn"))).toEqual([]);
        break;
      case "one column":
        expect(calls).toEqual(["op.addColumn"]);
        expect(up).toContain('await op.addColumn("users", "motto", varchar(60));');
        break;
      case "one enum value":
        if (dialect === "postgresql") expect(up.trim()).toBe('await op.addEnumValue("mood", "bored", { after: "angry" });');
        else expect(calls).toEqual(["op.alterColumn"]);
        break;
    }
  };
}

describe.concurrent("autogenerate: a schema through every kind of change", () => {
  for (const dialect of DIALECTS) {
    describe.skipIf(skip.get(dialect))(dialect, () => {
      it("no false diffs, path independence and reversibility at every step; generated files type-check", { timeout: 240_000 }, async () => {
        const project = await ModelProject.open(dialect);
        try {
          await runSteps(project, steps(dialect), { inspect: inspect(dialect) });
          expect(await typecheck(project.dir)).toBe("");
        } finally {
          await project.close();
        }
      });

      it("autoincrement switched on and off on a populated table", { timeout: 120_000 }, async () => {
        const project = await ModelProject.open(dialect);
        const model = (auto: boolean): string =>
          `export const counters = table("counters", { id: integer().primaryKey()${auto ? ".autoIncrement()" : ""}, n: integer() });`;
        try {
          // Switched off again by the downgrade.
          await runSteps(project, [
            { name: "plain key", models: model(false) },
            { name: "autoincrement on", models: model(true), before: ["INSERT INTO counters (id, n) VALUES (5, 1), (9, 2)"],
              changes: ["~ column counters.id (autoIncrement)"] },
          ]);
        } finally {
          await project.close();
        }
      });
    });
  }
});
