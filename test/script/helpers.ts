/** Builders for revision headers and graphs in tests. */
import { RevisionGraph } from "../../src/script/graph.js";
import type { RevisionHeader } from "../../src/script/revision.js";

export interface RevSpec {
  down?: string | string[] | null;
  labels?: string[];
  dependsOn?: string[];
  transactional?: boolean;
}

export function header(revision: string, spec: RevSpec = {}): RevisionHeader {
  const down = spec.down ?? null;
  return {
    revision,
    downRevisions: down === null ? [] : typeof down === "string" ? [down] : down,
    branchLabels: spec.labels ?? [],
    dependsOn: spec.dependsOn ?? [],
    transactional: spec.transactional ?? true,
    message: `revision ${revision}`,
    createDate: null,
    path: `/versions/${revision}_x.ts`,
  };
}

/** A graph from `[id, spec]` pairs, in the given file order. */
export function graphOf(...revs: [string, RevSpec?][]): RevisionGraph {
  return RevisionGraph.build(revs.map(([id, spec]) => header(id, spec)));
}

/** A linear chain r0000 ← r0001 ← … of `n` revisions. */
export function chain(n: number, prefix = "r"): RevisionHeader[] {
  return Array.from({ length: n }, (_, i) => header(`${prefix}${String(i).padStart(4, "0")}`, {
    down: i === 0 ? null : `${prefix}${String(i - 1).padStart(4, "0")}`,
  }));
}

export function revisionSource(revision: string, down: string | null, extra = ""): string {
  return `/**
 * message of ${revision}
 *
 * Revision ID: ${revision}
 * Revises: ${down ?? ""}
 * Create Date: 2026-11-21 10:00:00.000000
 */
import type { Op } from "athanor";

export const revision = "${revision}";
export const downRevision: string | string[] | null = ${down === null ? "null" : `"${down}"`};
export const branchLabels: string[] = [];
export const dependsOn: string[] = [];
${extra}
export async function upgrade(op: Op): Promise<void> {
  await op.execute("SELECT 1 -- not a comment to us");
}

export async function downgrade(op: Op): Promise<void> {
  await op.execute('SELECT 2');
}
`;
}
