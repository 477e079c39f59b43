import { describe, expect, it } from "vitest";
import { TargetError } from "../../src/errors.js";
import { RevisionGraph } from "../../src/script/graph.js";
import { headsOf, parseRange, planStamp, resolveHistoryRange } from "../../src/script/targets.js";
import { chain, graphOf } from "./helpers.js";

const linear = RevisionGraph.build(chain(5));
const branches = graphOf(
  ["base0"],
  ["a1", { down: "base0", labels: ["alpha"] }],
  ["a2", { down: "a1" }],
  ["b1", { down: "base0", labels: ["beta"] }],
  ["b2", { down: "b1" }],
  ["c1", { dependsOn: ["a1"], labels: ["gamma"] }],
);

describe("planStamp", () => {
  it("sets rows for heads, head, base and revisions", () => {
    expect(planStamp(linear, [], ["head"], false)).toEqual(["r0004"]);
    expect(planStamp(linear, ["r0004"], ["base"], false)).toEqual([]);
    expect(planStamp(linear, ["r0004"], ["r0002"], false)).toEqual(["r0002"]);
    expect(planStamp(linear, ["r0001"], ["r0003"], false)).toEqual(["r0003"]);
    expect(planStamp(branches, [], ["heads"], false)).toEqual(["a2", "b2", "c1"]);
  });

  it("stamps several targets in turn and keeps unrelated branches", () => {
    expect(planStamp(branches, [], ["a2", "b1"], false)).toEqual(["a2", "b1"]);
    expect(planStamp(branches, ["a2", "b2"], ["a1"], false)).toEqual(["a1", "b2"]);
    expect(planStamp(branches, ["a2", "b2"], ["alpha@base"], false)).toEqual(["b2"]);
    expect(planStamp(branches, [], ["c1"], false)).toEqual(["a1", "c1"]);
  });

  it("refuses unknown rows unless purging", () => {
    expect(() => planStamp(linear, ["dead00"], ["head"], false)).toThrow(
      "database is at revision dead00, which is not in the versions directory; use --purge to replace it",
    );
    expect(planStamp(linear, ["dead00"], ["r0001"], true)).toEqual(["r0001"]);
    expect(planStamp(linear, ["r0004"], ["r0001"], true)).toEqual(["r0001"]);
  });

  it("refuses relative targets and several heads for head", () => {
    expect(() => planStamp(linear, [], ["+1"], false)).toThrow(TargetError);
    expect(() => planStamp(branches, [], ["head"], false)).toThrow(/multiple heads/);
  });
});

describe("headsOf", () => {
  it("keeps rows hidden only by downRevision children", () => {
    expect(headsOf(branches, new Set(["base0", "a1", "b1"]))).toEqual(["a1", "b1"]);
    expect(headsOf(branches, new Set(["base0", "a1", "c1"]))).toEqual(["a1", "c1"]);
    expect(headsOf(branches, new Set())).toEqual([]);
  });
});

describe("parseRange", () => {
  it("splits FROM:TO", () => {
    expect(parseRange("base:head")).toEqual({ from: "base", to: "head" });
    expect(parseRange("ab12:cd34")).toEqual({ from: "ab12", to: "cd34" });
    expect(parseRange(":head")).toEqual({ from: null, to: "head" });
    expect(parseRange("head")).toEqual({ from: null, to: "head" });
  });

  it("rejects malformed ranges", () => {
    expect(() => parseRange("a:b:c")).toThrow(TargetError);
    expect(() => parseRange("base:")).toThrow(/needs an end/);
    expect(() => parseRange("")).toThrow(TargetError);
  });
});

describe("resolveHistoryRange", () => {
  const ids = (range: string | undefined, rows: string[] = []) =>
    resolveHistoryRange(linear, range, rows).map((h) => h.revision.slice(-1)).join("");

  it("lists everything newest first without a range", () => {
    expect(ids(undefined)).toBe("43210");
    expect(ids("")).toBe("43210");
    expect(ids(":")).toBe("43210");
    expect(ids("base:head")).toBe("43210");
  });

  it("keeps A and its descendants, and B and its ancestors (both ends included, as Alembic)", () => {
    expect(ids("r0001:r0003")).toBe("321");
    expect(ids(":r0002")).toBe("210");
    expect(ids("r0002:")).toBe("432");
    expect(ids("r0002")).toBe("210");
    expect(ids("base:base")).toBe("");
  });

  it("understands current", () => {
    expect(ids("current:", ["r0002"])).toBe("432");
    expect(ids(":current", ["r0002"])).toBe("210");
    expect(ids("current:", [])).toBe("43210");
    expect(() => ids("current:", ["dead00"])).toThrow(/not in the versions directory/);
  });

  it("lists several heads for head, and label ranges", () => {
    const list = (range: string) => resolveHistoryRange(branches, range, []).map((h) => h.revision);
    expect(list("base:head")).toHaveLength(6);
    expect(list("alpha@base:")).toEqual(["c1", "a2", "a1"]);
    expect(list(":beta@head")).toEqual(["b2", "b1", "base0"]);
  });
});
