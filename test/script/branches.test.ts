import { describe, expect, it } from "vitest";
import { TargetError } from "../../src/errors.js";
import { planDowngrade, planUpgrade, resolveRevision, type Step } from "../../src/script/targets.js";
import { graphOf } from "./helpers.js";

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

describe("two branches from a common base", () => {
  // base ← a1 (alpha) ← a2 ; base ← b1 (beta) ← b2
  const g = graphOf(
    ["base0"],
    ["a1", { down: "base0", labels: ["alpha"] }],
    ["a2", { down: "a1" }],
    ["b1", { down: "base0", labels: ["beta"] }],
    ["b2", { down: "b1" }],
  );

  it("refuses head while several heads exist, suggesting a label", () => {
    expect(targetError(() => planUpgrade(g, [], "head"))).toBe(
      "multiple heads: a2, b2; use 'heads' or name one, e.g. alpha@head",
    );
  });

  it("upgrades to heads with the rows of each step", () => {
    const steps = planUpgrade(g, [], "heads");
    expect(ids(steps)).toEqual(["base0", "a1", "a2", "b1", "b2"]);
    expect(rowsTrail(steps)).toEqual([">base0", "base0>a1", "a1>a2", "a2>a2,b1", "a2,b1>a2,b2"]);
  });

  it("resolves labels, LABEL@head and LABEL@REV", () => {
    expect(resolveRevision(g, "alpha")).toBe("a1");
    expect(resolveRevision(g, "alpha@head")).toBe("a2");
    expect(resolveRevision(g, "beta@b2")).toBe("b2");
    expect(targetError(() => resolveRevision(g, "alpha@b2"))).toBe("revision b2 is not on branch 'alpha'");
    expect(targetError(() => resolveRevision(g, "gamma@head"))).toBe("unknown branch label 'gamma'");
    expect(ids(planUpgrade(g, [], "alpha@head"))).toEqual(["base0", "a1", "a2"]);
    expect(ids(planUpgrade(g, ["a2"], "beta"))).toEqual(["b1"]);
  });

  it("steps with LABEL@+N and refuses an ambiguous +N", () => {
    expect(ids(planUpgrade(g, ["a2"], "beta@+1"))).toEqual(["b1"]);
    expect(ids(planUpgrade(g, ["a2", "b1"], "beta@+1"))).toEqual(["b2"]);
    expect(ids(planUpgrade(g, [], "+1"))).toEqual(["base0"]);
    expect(targetError(() => planUpgrade(g, [], "+2"))).toBe(
      "'+2' is ambiguous: base0 has several children (a1, b1); use REV+N or LABEL@+N",
    );
    expect(targetError(() => planUpgrade(g, ["a1", "b1"], "+1"))).toMatch(/'\+1' is ambiguous: a1, b1 are all current/);
    expect(targetError(() => planUpgrade(g, ["a2"], "alpha@+1"))).toMatch(/only 0 revisions remain above the current revision of branch 'alpha'/);
  });

  it("downgrades one branch and leaves the other untouched", () => {
    const rows = ["a2", "b2"];
    expect(rowsTrail(planDowngrade(g, rows, "alpha@-1"))).toEqual(["a2,b2>a1,b2"]);
    expect(ids(planDowngrade(g, rows, "a1"))).toEqual(["a2"]);
    expect(ids(planDowngrade(g, rows, "a2-2"))).toEqual(["a2", "a1"]);
    expect(rowsTrail(planDowngrade(g, rows, "alpha@base"))).toEqual(["a2,b2>a1,b2", "a1,b2>b2"]);
    expect(ids(planDowngrade(g, rows, "beta@-2"))).toEqual(["b2", "b1"]);
    expect(targetError(() => planDowngrade(g, rows, "-1"))).toMatch(/'-1' is ambiguous: a2, b2 are all current; use REV-N or LABEL@-N/);
  });

  it("downgrades both branches to a shared revision or to base", () => {
    expect(ids(planDowngrade(g, ["a2", "b2"], "base0"))).toEqual(["b2", "b1", "a2", "a1"]);
    expect(rowsTrail(planDowngrade(g, ["a2", "b1"], "base"))).toEqual(["a2,b1>a2", "a2>a1", "a1>base0", "base0>"]);
  });
});

describe("target forms that look alike", () => {
  const g = graphOf(["aaaa01"], ["aaaa02", { down: "aaaa01", labels: ["release-2"] }], ["aaaa03", { down: "aaaa02" }], ["aaaa04", { down: "aaaa03" }]);

  it("prefers an exact label over the REV-N reading", () => {
    expect(resolveRevision(g, "release-2")).toBe("aaaa02");
    expect(ids(planUpgrade(g, [], "release-2"))).toEqual(["aaaa01", "aaaa02"]);
    expect(ids(planUpgrade(g, [], "release-2+1"))).toEqual(["aaaa01", "aaaa02", "aaaa03"]);
  });

  it("accepts LABEL@REV+N, head-N and REV-N in an upgrade", () => {
    expect(ids(planUpgrade(g, ["aaaa01"], "release-2@aaaa03+1"))).toEqual(["aaaa02", "aaaa03", "aaaa04"]);
    expect(ids(planDowngrade(g, ["aaaa04"], "head-2"))).toEqual(["aaaa04", "aaaa03"]);
    expect(ids(planUpgrade(g, [], "aaaa04-2"))).toEqual(["aaaa01", "aaaa02"]);
    expect(targetError(() => resolveRevision(g, "release-2@aaaa01"))).toBe("revision aaaa01 is not on branch 'release-2'");
  });

  it("treats a downgrade to LABEL@head like head: nothing to do", () => {
    expect(planDowngrade(g, ["aaaa02"], "release-2@head")).toEqual([]);
  });
});

describe("a merge", () => {
  // base ← a, base ← b, m merges a and b, n above m
  const g = graphOf(["base0"], ["a", { down: "base0" }], ["b", { down: "base0" }], ["m", { down: ["a", "b"] }], ["n", { down: "m" }]);

  it("upgrades through the merge, collapsing its parents' rows", () => {
    expect(rowsTrail(planUpgrade(g, [], "m"))).toEqual([">base0", "base0>a", "a>a,b", "a,b>m"]);
    expect(ids(planUpgrade(g, ["a"], "head"))).toEqual(["b", "m", "n"]);
    expect(ids(planUpgrade(g, ["a", "b"], "a+1"))).toEqual(["m"]);
  });

  it("steps back from a merge to all of its parents", () => {
    expect(rowsTrail(planDowngrade(g, ["m"], "-1"))).toEqual(["m>a,b"]);
    expect(ids(planDowngrade(g, ["n"], "-3"))).toEqual(["n", "m", "b", "a"]);
    expect(ids(planDowngrade(g, ["m"], "-3"))).toEqual(["m", "b", "a", "base0"]);
    expect(targetError(() => planDowngrade(g, ["m"], "-4"))).toBe("cannot downgrade 4 revisions: only 3 are applied");
  });

  it("downgrades to one parent of a merge, keeping the other parent", () => {
    expect(rowsTrail(planDowngrade(g, ["n"], "a"))).toEqual(["n>m", "m>a,b"]);
  });
});

describe("dependsOn across independent branches", () => {
  // a1 ← a2 (alpha) ; b1 ← b2 (beta), b1 depends on a1
  const g = graphOf(
    ["a1", { labels: ["alpha"] }],
    ["a2", { down: "a1" }],
    ["b1", { labels: ["beta"], dependsOn: ["a1"] }],
    ["b2", { down: "b1" }],
  );

  it("applies the dependency first and keeps both rows", () => {
    const steps = planUpgrade(g, [], "b1");
    expect(ids(steps)).toEqual(["a1", "b1"]);
    expect(steps.at(-1)!.rowsAfter).toEqual(["a1", "b1"]);
    expect(g.heads()).toEqual(["a2", "b2"]);
  });

  it("reverts dependents before their dependency", () => {
    expect(ids(planDowngrade(g, ["a2", "b2"], "alpha@base"))).toEqual(["b2", "b1", "a2", "a1"]);
    expect(rowsTrail(planDowngrade(g, ["a2", "b2"], "beta@base"))).toEqual(["a2,b2>a2,b1", "a2,b1>a2"]);
    // Descendants follow dependsOn: what depends on a1 lies above it, like a2.
    expect(ids(planDowngrade(g, ["a1", "b2"], "a1"))).toEqual(["b2", "b1"]);
    expect(ids(planDowngrade(g, ["a2", "b2"], "alpha@-1"))).toEqual(["a2"]);
  });

  it("keeps targets that depend on one another when downgrading to both", () => {
    expect(ids(planDowngrade(g, ["a2", "b2"], "b1"))).toEqual(["b2"]);
  });
});
