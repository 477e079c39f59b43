/** How revisions are shown: Alembic's one-line and verbose forms. */
import type { RevisionInfo } from "../commands/inspect.js";

function parents(rev: RevisionInfo): string {
  return rev.downRevisions.length === 0 ? "<base>" : rev.downRevisions.join(", ");
}

function marks(rev: RevisionInfo, showCurrent: boolean): string {
  const tags: string[] = [];
  if (rev.labels.length > 0) tags.push(`(${rev.labels.join(", ")})`);
  if (rev.isHead) tags.push("(head)");
  if (rev.isBranchPoint) tags.push("(branchpoint)");
  if (rev.isMerge) tags.push("(mergepoint)");
  if (showCurrent && rev.isCurrent) tags.push("(current)");
  return tags.length > 0 ? ` ${tags.join(" ")}` : "";
}

/** `9b1c2d3e4f5a -> 3f2a9c1b7d4e (head), add users` */
export function historyLine(rev: RevisionInfo, showCurrent = false): string {
  return `${parents(rev)} -> ${rev.revision}${marks(rev, showCurrent)}, ${rev.message}`;
}

/** `3f2a9c1b7d4e (head)` */
export function revisionLine(rev: RevisionInfo, showCurrent = false): string {
  return `${rev.revision}${marks(rev, showCurrent)}`;
}

/** `9b1c2d3e4f5a (branchpoint) -> 3f2a9c1b7d4e, 7c8d9e0f1a2b` */
export function branchLine(rev: RevisionInfo): string {
  return `${rev.revision}${marks(rev, false)} -> ${rev.children.join(", ")}`;
}

export function verboseBlock(rev: RevisionInfo, showCurrent = false): string {
  const lines = [`Rev: ${rev.revision}${marks(rev, showCurrent)}`];
  if (rev.downRevisions.length > 1) lines.push(`Merges: ${rev.downRevisions.join(", ")}`);
  else lines.push(`Parent: ${parents(rev)}`);
  if (rev.dependsOn.length > 0) lines.push(`Also depends on: ${rev.dependsOn.join(", ")}`);
  if (rev.children.length > 1) lines.push(`Branches into: ${rev.children.join(", ")}`);
  if (rev.labels.length > 0) lines.push(`Branch names: ${rev.labels.join(", ")}`);
  if (!rev.transactional) lines.push("Transactional: no");
  lines.push(`Path: ${rev.path}`);
  if (rev.createDate) lines.push(`Create Date: ${rev.createDate}`);
  if (rev.appliedAt) lines.push(`Applied: ${rev.appliedAt}`);
  lines.push("", `    ${rev.message}`, "");
  return lines.join("\n");
}
