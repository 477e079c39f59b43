import { describe, expect, it } from "vitest";
import { TargetError } from "../../src/errors.js";
import { RevisionGraph } from "../../src/script/graph.js";
import { planDowngrade, planUpgrade, resolveRevision, type Step } from "../../src/script/targets.js";
import { chain, graphOf } from "./helpers.js";

const ids = (steps: Step[]) => steps.map((s) => s.revision.revision);
const rowsTrail = (steps: Step[]) => steps.map((s) => `${s.rowsBefore.join(",")}>${s.rowsAfter.join(",")}`);

function targetError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TargetError);
    return (error as Error).message;
  }
  throw new Error("expected a TargetError");
}

describe("a linear history", () => {
  const g = RevisionGraph.build(chain(5));
  const [r0, r1, r2, r3, r4] = ["r0000", "r0001", "r0002", "r0003", "r0004"];

  it("upgrades to head with the rows before and after each step", () => {
    const steps = planUpgrade(g, [], "head");
    expect(ids(steps)).toEqual([r0, r1, r2, r3, r4]);
    expect(steps.every((s) => s.direction === "upgrade")).toBe(true);
    expect(rowsTrail(steps)).toEqual([`>${r0}`, `${r0}>${r1}`, `${r1}>${r2}`, `${r2}>${r3}`, `${r3}>${r4}`]);
  });

  it("plans nothing for a target already applied", () => {
    expect(planUpgrade(g, [r4], "head")).toEqual([]);
    expect(planUpgrade(g, [r3], r1)).toEqual([]);
    expect(planUpgrade(g, [r3], "base")).toEqual([]);
  });

  it("resolves ids, prefixes and their errors", () => {
    expect(ids(planUpgrade(g, [r1], r3))).toEqual([r2, r3]);
    expect(resolveRevision(g, "r0003")).toBe(r3);
    expect(resolveRevision(g, "head")).toBe(r4);
    expect(targetError(() => resolveRevision(g, "r000"))).toBe(
      "ambiguous revision prefix 'r000' matches r0000, r0001, r0002, r0003, r0004; give more characters",
    );
    expect(targetError(() => resolveRevision(g, "r00"))).toMatch(/unknown revision 'r00' \(a prefix needs at least 4 characters\)/);
    expect(targetError(() => planUpgrade(g, [], "zzzz9"))).toBe("unknown revision 'zzzz9'");
    expect(targetError(() => resolveRevision(g, "heads"))).toMatch(/does not name a single revision/);
  });

  it("resolves a unique prefix of 4 or more characters", () => {
    const h = graphOf(["3f2a9c1b7d4e"], ["9b1c2d3e4f5a", { down: "3f2a9c1b7d4e" }]);
    expect(resolveRevision(h, "9b1c")).toBe("9b1c2d3e4f5a");
    expect(ids(planUpgrade(h, [], "3f2a9"))).toEqual(["3f2a9c1b7d4e"]);
  });

  it("steps forward with +N and REV+N", () => {
    expect(ids(planUpgrade(g, [], "+2"))).toEqual([r0, r1]);
    expect(ids(planUpgrade(g, [r1], "+2"))).toEqual([r2, r3]);
    expect(ids(planUpgrade(g, [], "r0001+2"))).toEqual([r0, r1, r2, r3]);
    expect(planUpgrade(g, [r1], "+0")).toEqual([]);
    expect(targetError(() => planUpgrade(g, [r1], "+9"))).toMatch(/only 3 revisions remain above current/);
    expect(targetError(() => planUpgrade(g, [r3], "+2"))).toMatch(/only 1 revision remains above current/);
    expect(targetError(() => planUpgrade(g, [r1], "-1"))).toMatch(/moves down; use downgrade/);
  });

  it("downgrades by -N, REV-N, to a revision and to base", () => {
    const one = planDowngrade(g, [r4], "-1");
    expect(ids(one)).toEqual([r4]);
    expect(one[0]!.direction).toBe("downgrade");
    expect(rowsTrail(one)).toEqual([`${r4}>${r3}`]);
    expect(ids(planDowngrade(g, [r4], "-5"))).toEqual([r4, r3, r2, r1, r0]);
    expect(ids(planDowngrade(g, [r4], "r0003-1"))).toEqual([r4, r3]);
    expect(ids(planDowngrade(g, [r4], r2))).toEqual([r4, r3]);
    expect(ids(planDowngrade(g, [r4], "r0001+1"))).toEqual([r4, r3]);
    expect(rowsTrail(planDowngrade(g, [r1], "base"))).toEqual([`${r1}>${r0}`, `${r0}>`]);
  });

  it("rejects impossible downgrades", () => {
    expect(targetError(() => planDowngrade(g, [r4], "-6"))).toBe("cannot downgrade 6 revisions: only 5 are applied");
    expect(targetError(() => planDowngrade(g, [], "-1"))).toBe("cannot downgrade 1 revision: only 0 are applied");
    expect(targetError(() => planDowngrade(g, [r1], r3))).toBe("r0003 is not applied; current heads: r0001");
    expect(targetError(() => planDowngrade(g, [], r3))).toBe("r0003 is not applied; current heads: none (empty database)");
    expect(targetError(() => planDowngrade(g, [r1], "+1"))).toMatch(/moves up; use upgrade/);
  });

  it("does nothing for a downgrade to head or heads", () => {
    expect(planDowngrade(g, [r1], "head")).toEqual([]);
    expect(planDowngrade(g, [r4], "heads")).toEqual([]);
    expect(planDowngrade(g, [r4], r4)).toEqual([]);
  });

  it("refuses rows that are not in the graph", () => {
    expect(targetError(() => planUpgrade(g, ["dead00"], "head"))).toBe(
      "database is at revision dead00, which is not in the versions directory",
    );
    expect(targetError(() => planDowngrade(g, ["dead00", "beef00"], "base"))).toMatch(/revisions dead00, beef00, which are not/);
  });
});

describe("a 5,000-revision chain", () => {
  const g = RevisionGraph.build(chain(5000));

  it("plans a full upgrade and downgrade", () => {
    const up = planUpgrade(g, [], "head");
    expect(up).toHaveLength(5000);
    expect(up[4999]!.rowsAfter).toEqual(["r4999"]);
    expect(up[2500]!.rowsBefore).toEqual(["r2499"]);
    const down = planDowngrade(g, ["r4999"], "base");
    expect(down).toHaveLength(5000);
    expect(down[0]!.revision.revision).toBe("r4999");
    expect(down[4999]!.rowsAfter).toEqual([]);
  });

  it("plans relative moves along the whole chain", () => {
    expect(planUpgrade(g, [], "+4999").at(-1)!.revision.revision).toBe("r4998");
    expect(planDowngrade(g, ["r4999"], "-4999").at(-1)!.revision.revision).toBe("r0001");
    expect(planUpgrade(g, ["r0000"], "r4998")).toHaveLength(4998);
  });
});
