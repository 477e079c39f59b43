/**
 * The target grammar (`head`, `heads`, `base`, ids and prefixes, branch
 * labels, `LABEL@REV`, `LABEL@head`, `+N`, `-N`, `REV±N`, `LABEL@±N`,
 * `LABEL@base`), parsed against the graph into a Target that the planners
 * interpret with the database's current rows.
 */
import { TargetError } from "../errors.js";
import type { RevisionGraph } from "./graph.js";
import { RESERVED_TARGET_WORDS } from "./revision-ids.js";

export type Target =
  | { readonly kind: "base" }
  /** `keyword`: from head/heads/LABEL@head, which may name revisions not applied yet. */
  | { readonly kind: "revisions"; readonly ids: readonly string[]; readonly keyword: boolean }
  | { readonly kind: "relative"; readonly from: RelativeAnchor; readonly steps: number }
  /** `LABEL@base`: below the revision carrying LABEL. */
  | { readonly kind: "branchBase"; readonly label: string };

export type RelativeAnchor =
  | { readonly kind: "current" }
  | { readonly kind: "label"; readonly label: string }
  | { readonly kind: "revision"; readonly id: string };

const MIN_PREFIX = 4;
const MAX_LISTED = 10;

export function parseTarget(graph: RevisionGraph, spec: string): Target {
  const s = spec.trim();
  if (s === "base") return { kind: "base" };
  if (s === "heads") return { kind: "revisions", ids: graph.heads(), keyword: true };
  if (s === "head") return { kind: "revisions", ids: graph.size === 0 ? [] : [singleHead(graph, graph.heads())], keyword: true };
  // An exact id or label wins over the relative forms, so a label like `release-2` still works.
  if (graph.has(s) || graph.labelled(s) !== undefined) return { kind: "revisions", ids: [resolveRevision(graph, s)], keyword: false };
  let m = /^([+-])(\d+)$/.exec(s);
  if (m) return { kind: "relative", from: { kind: "current" }, steps: signed(m[1]!, m[2]!) };
  m = /^([^@]+)@([+-])(\d+)$/.exec(s);
  if (m) {
    labelMembers(graph, m[1]!);
    return { kind: "relative", from: { kind: "label", label: m[1]! }, steps: signed(m[2]!, m[3]!) };
  }
  m = /^([^@]+)@base$/.exec(s);
  if (m) {
    labelMembers(graph, m[1]!);
    return { kind: "branchBase", label: m[1]! };
  }
  m = /^(.+?)([+-])(\d+)$/.exec(s);
  if (m) return { kind: "relative", from: { kind: "revision", id: resolveRevision(graph, m[1]!) }, steps: signed(m[2]!, m[3]!) };
  return { kind: "revisions", ids: [resolveRevision(graph, s)], keyword: /@head$/.test(s) };
}

function signed(sign: string, digits: string): number {
  const n = Number(digits);
  return sign === "-" ? -n : n;
}

/**
 * One revision: a full id, a unique prefix of 4+ characters, a branch label
 * (its revision), `head` (the only head), `LABEL@head`, or `LABEL@REV` with
 * REV looked up among the revisions the label applies to.
 */
export function resolveRevision(graph: RevisionGraph, spec: string): string {
  const s = spec.trim();
  if (s === "") throw new TargetError("empty revision: give a revision id, a prefix, a branch label or 'head'");
  if (graph.has(s)) return s;
  const labelled = graph.labelled(s);
  if (labelled !== undefined) return labelled;
  if (s === "head") {
    if (graph.size === 0) throw new TargetError("there are no revisions in the versions directory");
    return singleHead(graph, graph.heads());
  }
  if (RESERVED_TARGET_WORDS.has(s)) throw new TargetError(`'${s}' does not name a single revision`);
  const at = s.indexOf("@");
  if (at < 0) return matchPrefix(graph, s, null);
  const label = s.slice(0, at);
  const rest = s.slice(at + 1);
  const members = labelMembers(graph, label);
  if (rest === "head") return singleHead(graph, topsWithin(graph, members), label);
  return matchPrefix(graph, rest, { label, members });
}

function matchPrefix(graph: RevisionGraph, spec: string, branch: { label: string; members: ReadonlySet<string> } | null): string {
  const onBranch = branch ? ` on branch '${branch.label}'` : "";
  if (graph.has(spec)) {
    if (!branch || branch.members.has(spec)) return spec;
    throw new TargetError(`revision ${spec} is not on branch '${branch.label}'`);
  }
  if (spec.length < MIN_PREFIX) {
    throw new TargetError(`unknown revision '${spec}' (a prefix needs at least ${MIN_PREFIX} characters)`);
  }
  const pool = branch ? branch.members : graph.all().map((h) => h.revision);
  const matches = [...pool].filter((id) => id.startsWith(spec));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new TargetError(`unknown revision '${spec}'${onBranch}`);
  throw new TargetError(`ambiguous revision prefix '${spec}'${onBranch} matches ${listIds(matches)}; give more characters`);
}

/** `head` when there must be exactly one; several → an error suggesting how to pick. */
export function singleHead(graph: RevisionGraph, heads: readonly string[], label?: string): string {
  if (heads.length === 1) return heads[0]!;
  if (heads.length === 0) throw new TargetError(label ? `branch '${label}' has no head` : "there are no revisions");
  if (label) throw new TargetError(`branch '${label}' has multiple heads: ${listIds(heads)}; name one`);
  const labelled = heads.map((h) => graph.labelsOf(h)[0]).find((l) => l !== undefined);
  const example = labelled ? `${labelled}@head` : heads[0]!;
  throw new TargetError(`multiple heads: ${listIds(heads)}; use 'heads' or name one, e.g. ${example}`);
}

/** Revisions a branch label applies to: its revision and everything above it through downRevision. */
export function labelMembers(graph: RevisionGraph, label: string): Set<string> {
  const revision = graph.labelled(label);
  if (revision === undefined) throw new TargetError(`unknown branch label '${label}'`);
  return graph.downRevisionDescendants([revision]);
}

/** Members of `set` that have no downRevision child inside `set` (its heads), in topological order. */
export function topsWithin(graph: RevisionGraph, set: ReadonlySet<string>): string[] {
  const tops = [...set].filter((id) => !graph.children(id).some((child) => set.has(child)));
  return tops.sort((a, b) => graph.positionOf(a) - graph.positionOf(b));
}

/**
 * Walks `n` revisions up through downRevision children. `from` null means
 * "below `firstChoices`" (an empty database starts at the bases). A fork on
 * the way is ambiguous; running out of revisions says how many remain.
 */
export function stepForward(
  graph: RevisionGraph, from: string | null, firstChoices: readonly string[], n: number, spec: string, where: string,
): string | null {
  let current = from;
  for (let i = 0; i < n; i++) {
    const choices = current === null ? firstChoices : graph.children(current);
    if (choices.length === 0) {
      throw new TargetError(`cannot resolve '${spec}': only ${plural(i, "revision remains", "revisions remain")} above ${where}`);
    }
    if (choices.length > 1) {
      const at = current === null ? `there are several bases (${listIds(choices)})` : `${current} has several children (${listIds(choices)})`;
      throw new TargetError(`'${spec}' is ambiguous: ${at}; use REV+N or LABEL@+N`);
    }
    current = choices[0]!;
  }
  return current;
}

/**
 * Walks `n` steps down through downRevision from `start`; a merge steps back
 * to all of its parents. Returns the revisions stepped off and the frontier
 * reached (empty: below the bases). Each revision is visited once.
 */
export function stepBack(
  graph: RevisionGraph, start: readonly string[], n: number, shortfall: (available: number) => string,
): { dropped: string[]; frontier: string[] } {
  const visited = new Set<string>(start);
  const dropped: string[] = [];
  let frontier = [...start];
  for (let i = 0; i < n; i++) {
    if (frontier.length === 0) throw new TargetError(shortfall(i));
    const next: string[] = [];
    for (const id of frontier) {
      dropped.push(id);
      for (const parent of graph.get(id).downRevisions) {
        if (!visited.has(parent)) {
          visited.add(parent);
          next.push(parent);
        }
      }
    }
    frontier = next;
  }
  return { dropped, frontier };
}

export function listIds(ids: readonly string[]): string {
  if (ids.length === 0) return "none";
  const shown = ids.slice(0, MAX_LISTED).join(", ");
  return ids.length > MAX_LISTED ? `${shown} and ${ids.length - MAX_LISTED} more` : shown;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
