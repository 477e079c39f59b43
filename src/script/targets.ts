/**
 * Run planning with Alembic's semantics. The database state is its version
 * rows; the applied set A is everything below them. An upgrade adds the
 * ancestors of the targets to A, a downgrade removes what lies above the
 * targets, and each step records the rows before and after it so that the
 * runner can update the version table revision by revision.
 */
import { TargetError } from "../errors.js";
import type { RevisionGraph } from "./graph.js";
import type { RevisionHeader } from "./revision.js";
import {
  labelMembers, parseTarget, plural, stepBack, stepForward, topsWithin, type RelativeAnchor, type Target,
} from "./target-spec.js";
import { appliedFromRows, describeRows, headsOf, sortByPosition } from "./version-rows.js";

export { resolveRevision } from "./target-spec.js";
export { headsOf } from "./version-rows.js";
export { resolveHistoryRange } from "./history-range.js";

export interface Step {
  readonly revision: RevisionHeader;
  readonly direction: "upgrade" | "downgrade";
  readonly rowsBefore: readonly string[];
  readonly rowsAfter: readonly string[];
}

export function planUpgrade(graph: RevisionGraph, rows: readonly string[], target: string): Step[] {
  const applied = appliedFromRows(graph, rows);
  const targets = upgradeTargets(graph, applied, parseTarget(graph, target), target);
  // ancestors() iterates in topological order, so parents (and dependencies) come first.
  const added = [...graph.ancestors(targets)].filter((id) => !applied.has(id));
  const current = new Set(headsOf(graph, applied));
  return added.map((id) => {
    const revision = graph.get(id);
    const rowsBefore = sortByPosition(graph, current);
    for (const parent of revision.downRevisions) current.delete(parent);
    current.add(id);
    return { revision, direction: "upgrade", rowsBefore, rowsAfter: sortByPosition(graph, current) };
  });
}

export function planDowngrade(graph: RevisionGraph, rows: readonly string[], target: string): Step[] {
  const applied = appliedFromRows(graph, rows);
  const removed = downgradeRemovals(graph, applied, parseTarget(graph, target), target);
  const remaining = new Set(applied);
  const current = new Set(headsOf(graph, applied));
  // descendants() iterates in topological order; children must be reverted first.
  return [...removed].filter((id) => applied.has(id)).reverse().map((id) => {
    const revision = graph.get(id);
    const rowsBefore = sortByPosition(graph, current);
    remaining.delete(id);
    current.delete(id);
    for (const parent of revision.downRevisions) {
      if (remaining.has(parent) && !graph.children(parent).some((c) => remaining.has(c))) current.add(parent);
    }
    return { revision, direction: "downgrade", rowsBefore, rowsAfter: sortByPosition(graph, current) };
  });
}

/**
 * The rows after stamping `targets` one after the other: a target already
 * applied cuts away what lies above it, any other is added with its
 * ancestors. With `purge` the current rows are ignored, even unknown ones.
 */
export function planStamp(graph: RevisionGraph, rows: readonly string[], targets: readonly string[], purge: boolean): string[] {
  let applied = purge ? new Set<string>() : appliedFromRows(graph, rows, "; use --purge to replace it");
  for (const spec of targets) {
    const target = parseTarget(graph, spec);
    if (target.kind === "base") {
      applied = new Set();
    } else if (target.kind === "branchBase") {
      const cut = graph.descendants([graph.labelled(target.label)!]);
      applied = new Set([...applied].filter((id) => !cut.has(id)));
    } else if (target.kind === "revisions") {
      for (const id of target.ids) {
        if (applied.has(id)) {
          const cut = graph.descendants([id], false);
          applied = new Set([...applied].filter((a) => !cut.has(a)));
        } else {
          for (const ancestor of graph.ancestors([id])) applied.add(ancestor);
        }
      }
    } else {
      throw new TargetError(`cannot stamp '${spec}': give revisions, 'head', 'heads' or 'base', not a relative target`);
    }
  }
  return headsOf(graph, applied);
}

/** `A:B` → {from: A, to: B}; `B` → {from: null, to: B}. For offline `--sql` runs. */
export function parseRange(spec: string): { from: string | null; to: string } {
  const parts = spec.split(":").map((part) => part.trim());
  if (parts.length > 2) throw new TargetError(`'${spec}' is not a range: expected FROM:TO`);
  if (parts.length === 1) {
    if (parts[0] === "") throw new TargetError("empty target");
    return { from: null, to: parts[0]! };
  }
  const [from, to] = parts as [string, string];
  if (to === "") throw new TargetError(`range '${spec}' needs an end, e.g. ${from || "base"}:head`);
  return { from: from === "" ? null : from, to };
}

function upgradeTargets(graph: RevisionGraph, applied: ReadonlySet<string>, target: Target, spec: string): string[] {
  switch (target.kind) {
    case "base":
    case "branchBase":
      return [];
    case "revisions":
      return [...target.ids];
    case "relative": {
      const { from, steps } = target;
      if (steps === 0) return [];
      if (steps < 0) {
        if (from.kind !== "revision") throw new TargetError(`'${spec}' moves down; use downgrade ${spec}`);
        return stepBack(graph, [from.id], -steps, (k) => `cannot resolve '${spec}': only ${plural(k, "revision lies", "revisions lie")} at or below ${from.id}`).frontier;
      }
      const start = relativeStart(graph, applied, from, spec, "+");
      const reached = stepForward(graph, start.id, start.firstChoices, steps, spec, start.where);
      return reached === null ? [] : [reached];
    }
  }
}

function downgradeRemovals(graph: RevisionGraph, applied: ReadonlySet<string>, target: Target, spec: string): Set<string> {
  switch (target.kind) {
    case "base":
      return new Set(applied);
    case "branchBase":
      return graph.descendants([graph.labelled(target.label)!]);
    case "revisions":
      if (!target.keyword) requireApplied(graph, applied, target.ids);
      return graph.descendants(target.ids, false);
    case "relative": {
      const { from, steps } = target;
      if (steps === 0) return new Set();
      if (steps > 0) {
        if (from.kind !== "revision") throw new TargetError(`'${spec}' moves up; use upgrade ${spec}`);
        const reached = stepForward(graph, from.id, [], steps, spec, from.id)!;
        requireApplied(graph, applied, [reached]);
        return graph.descendants([reached], false);
      }
      const start = relativeStart(graph, applied, from, spec, "-");
      if (from.kind === "revision") requireApplied(graph, applied, [from.id]);
      const starts = start.id === null ? [] : [start.id];
      const shortfall = (k: number) => `cannot downgrade ${plural(-steps, "revision", "revisions")}: only ${plural(k, "is", "are")} applied`;
      return graph.descendants(stepBack(graph, starts, -steps, shortfall).dropped);
    }
  }
}

/**
 * Where a relative move starts: the database's single head, the applied head
 * of a branch label, or a revision. `id` null means below everything
 * (`firstChoices` are then the first revisions a `+1` could reach).
 */
function relativeStart(
  graph: RevisionGraph, applied: ReadonlySet<string>, from: RelativeAnchor, spec: string, sign: "+" | "-",
): { id: string | null; firstChoices: readonly string[]; where: string } {
  if (from.kind === "revision") return { id: from.id, firstChoices: [], where: from.id };
  let tops: string[];
  let firstChoices: readonly string[];
  let where: string;
  if (from.kind === "current") {
    tops = headsOf(graph, applied);
    firstChoices = graph.bases();
    where = "current";
  } else {
    const members = labelMembers(graph, from.label);
    tops = topsWithin(graph, new Set([...members].filter((id) => applied.has(id))));
    firstChoices = [graph.labelled(from.label)!];
    where = `the current revision of branch '${from.label}'`;
  }
  if (tops.length > 1) {
    throw new TargetError(`'${spec}' is ambiguous: ${describeRows(tops)} are all current; use REV${sign}N or LABEL@${sign}N`);
  }
  return { id: tops[0] ?? null, firstChoices, where };
}

function requireApplied(graph: RevisionGraph, applied: ReadonlySet<string>, ids: readonly string[]): void {
  for (const id of ids) {
    if (!applied.has(id)) {
      throw new TargetError(`${id} is not applied; current heads: ${describeRows(headsOf(graph, applied))}`);
    }
  }
}
