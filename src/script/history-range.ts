/**
 * `migrate history -r A:B`: the revisions from A up to B, both included (as Alembic lists them), newest first.
 */
import { TargetError } from "../errors.js";
import type { RevisionGraph } from "./graph.js";
import type { RevisionHeader } from "./revision.js";
import { labelMembers, resolveRevision } from "./target-spec.js";
import { appliedFromRows } from "./version-rows.js";

/**
 * Either side may be empty. A: `base` (or empty) for everything, `current`,
 * `LABEL@base` (the labelled revision and above), or a revision, which is
 * kept with its descendants. B: `head`,
 * `heads` (or empty) for everything, `current`, `base`, or a revision, whose
 * ancestors (B included) are kept. `head` does not insist on a single head
 * here: listing history must work while branches are open.
 */
export function resolveHistoryRange(
  graph: RevisionGraph, range: string | undefined, currentRows: readonly string[],
): RevisionHeader[] {
  const spec = range?.trim() ?? "";
  if (spec === "") return graph.historyOrder();
  const parts = spec.split(":").map((part) => part.trim());
  if (parts.length > 2) throw new TargetError(`'${spec}' is not a range: expected FROM:TO`);
  const [fromSpec, toSpec] = parts.length === 1 ? ["", parts[0]!] : (parts as [string, string]);

  const lower = lowerBound(graph, fromSpec, currentRows);
  const upper = upperBound(graph, toSpec, currentRows);
  return graph.historyOrder().filter((h) => (lower === null || lower.has(h.revision)) && (upper === null || upper.has(h.revision)));
}

/** null: no bound. */
function lowerBound(graph: RevisionGraph, spec: string, rows: readonly string[]): Set<string> | null {
  if (spec === "" || spec === "base") return null;
  if (spec === "current") {
    appliedFromRows(graph, rows);
    return rows.length === 0 ? null : graph.descendants(rows, true);
  }
  if (spec === "heads" || spec === "head") return new Set(graph.heads());
  // LABEL@base: the branch from its first revision on (what `downgrade LABEL@base` would revert).
  const branchBase = /^([^@]+)@base$/.exec(spec);
  if (branchBase) {
    labelMembers(graph, branchBase[1]!);
    return graph.descendants([graph.labelled(branchBase[1]!)!]);
  }
  return graph.descendants([resolveRevision(graph, spec)], true);
}

function upperBound(graph: RevisionGraph, spec: string, rows: readonly string[]): Set<string> | null {
  if (spec === "" || spec === "head" || spec === "heads") return null;
  if (spec === "base") return new Set();
  if (spec === "current") return appliedFromRows(graph, rows);
  return graph.ancestors([resolveRevision(graph, spec)]);
}
