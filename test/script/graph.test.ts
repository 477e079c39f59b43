import { describe, expect, it } from "vitest";
import { RevisionGraphError, TargetError } from "../../src/errors.js";
import { RevisionGraph } from "../../src/script/graph.js";
import { chain, graphOf, header } from "./helpers.js";

function buildError(...headers: Parameters<typeof RevisionGraph.build>[0][number][]): string {
  try {
    RevisionGraph.build(headers);
  } catch (error) {
    expect(error).toBeInstanceOf(RevisionGraphError);
    const message = (error as Error).message;
    expect(message).not.toContain("\n");
    return message;
  }
  throw new Error("expected a RevisionGraphError");
}

describe("RevisionGraph.build validation", () => {
  it("rejects a duplicate revision id, naming both files", () => {
    const a = { ...header("a1"), path: "/v/one.ts" };
    const b = { ...header("a1"), path: "/v/two.ts" };
    expect(buildError(a, b)).toBe("duplicate revision id 'a1' in /v/one.ts and /v/two.ts");
  });

  it("rejects an unknown downRevision or dependsOn, naming both revisions", () => {
    expect(buildError(header("a1", { down: "zz" }))).toMatch(/a1 \(\/versions\/a1_x\.ts\) revises unknown revision 'zz'/);
    expect(buildError(header("a1"), header("b1", { dependsOn: ["nope"] }))).toMatch(/b1 .* depends on unknown revision 'nope'/);
  });

  it("rejects cycles, naming the revisions in the cycle", () => {
    const message = buildError(header("base0"), header("a1", { down: "c3" }), header("b2", { down: "a1" }), header("c3", { down: "b2" }));
    expect(message).toMatch(/^revision cycle: /);
    for (const id of ["a1", "b2", "c3"]) expect(message).toContain(id);
    expect(message).not.toContain("base0");
    expect(buildError(header("s1", { down: "s1" }))).toBe("revision cycle: s1 -> s1 (each revises or depends on the next)");
  });

  it("finds a cycle made through dependsOn", () => {
    expect(buildError(header("a1", { dependsOn: ["b1"] }), header("b1", { down: "a1" }))).toMatch(/revision cycle: (a1 -> b1 -> a1|b1 -> a1 -> b1)/);
  });

  it("rejects a branch label used twice or equal to a revision id", () => {
    expect(buildError(header("a1", { labels: ["x"] }), header("b1", { labels: ["x"] })))
      .toMatch(/branch label 'x' is used by both a1 .* and b1 /);
    expect(buildError(header("a1", { labels: ["b1"] }), header("b1"))).toMatch(/branch label 'b1' of a1 .* is also a revision id/);
  });

  it("builds an empty graph", () => {
    const g = RevisionGraph.build([]);
    expect(g.size).toBe(0);
    expect(g.heads()).toEqual([]);
  });
});

describe("RevisionGraph queries", () => {
  // base ← a ← b ← m (merge of b and c) ← d ; a ← c ; x (independent, depends on a)
  const g = graphOf(
    ["m", { down: ["b", "c"] }],
    ["d", { down: "m" }],
    ["c", { down: "a" }],
    ["b", { down: "a", labels: ["bee"] }],
    ["a", { down: "base" }],
    ["base"],
    ["x", { dependsOn: ["a"], labels: ["other"] }],
  );

  it("orders parents first, deterministically", () => {
    const order = g.all().map((h) => h.revision);
    expect(order).toEqual(["base", "a", "c", "b", "m", "d", "x"]);
    expect(g.historyOrder().map((h) => h.revision)).toEqual([...order].reverse());
    expect(g.size).toBe(7);
  });

  it("reports heads, bases, branch points, children and merges", () => {
    expect(g.heads()).toEqual(["d", "x"]);
    expect(g.bases()).toEqual(["base", "x"]);
    expect(g.branchPoints()).toEqual(["a"]);
    expect(g.children("a")).toEqual(["c", "b"]);
    expect(g.isMerge("m")).toBe(true);
    expect(g.isMerge("d")).toBe(false);
    expect(g.dependenciesOf("x")).toEqual(["a"]);
  });

  it("get/has with exact ids only", () => {
    expect(g.get("a").revision).toBe("a");
    expect(g.has("a")).toBe(true);
    expect(g.has("zz")).toBe(false);
    expect(() => g.get("zz")).toThrow(TargetError);
    expect(() => g.get("zz")).toThrow("unknown revision 'zz'");
  });

  it("follows downRevision and dependsOn for ancestors and descendants", () => {
    expect([...g.ancestors(["x"])].sort()).toEqual(["a", "base", "x"]);
    expect([...g.ancestors(["m"], false)].sort()).toEqual(["a", "b", "base", "c"]);
    expect([...g.descendants(["a"], false)].sort()).toEqual(["b", "c", "d", "m", "x"]);
    expect([...g.descendants(["b"])].sort()).toEqual(["b", "d", "m"]);
  });

  it("applies labels to the labelled revision and downRevision descendants only", () => {
    expect(g.labelsOf("b")).toEqual(["bee"]);
    expect(g.labelsOf("m")).toEqual(["bee"]);
    expect(g.labelsOf("d")).toEqual(["bee"]);
    expect(g.labelsOf("c")).toEqual([]);
    expect(g.labelsOf("x")).toEqual(["other"]);
    expect(g.labelled("bee")).toBe("b");
    expect(g.labelNames()).toEqual(["bee", "other"]);
  });

  it("resolves a dependsOn naming a branch label to the labelled revision", () => {
    const h = graphOf(["a1", { labels: ["alpha"] }], ["b1", { dependsOn: ["alpha"] }]);
    expect(h.dependenciesOf("b1")).toEqual(["a1"]);
    expect(h.all().map((r) => r.revision)).toEqual(["a1", "b1"]);
  });

  it("handles a 5,000-revision chain without recursion", () => {
    const big = RevisionGraph.build(chain(5000).reverse());
    expect(big.heads()).toEqual(["r4999"]);
    expect(big.bases()).toEqual(["r0000"]);
    expect(big.ancestors(["r4999"]).size).toBe(5000);
    expect(big.descendants(["r0000"], false).size).toBe(4999);
    expect(big.all()[0]!.revision).toBe("r0000");
    expect(big.labelsOf("r4999")).toEqual([]);
  });

  it("reports a cycle in a long chain", () => {
    const headers = chain(5000);
    headers[0] = header("r0000", { down: "r4999" });
    expect(() => RevisionGraph.build(headers)).toThrow(/revision cycle: r\d{4} -> /);
  });
});
