/**
 * Validates a set of revision headers and lays them out as integer-indexed
 * adjacency lists in topological order, which the graph queries walk. Every
 * step is linear (or n·log n for the deterministic ordering) and iterative,
 * so 5,000-revision chains neither slow down nor overflow the stack.
 */
import { RevisionGraphError } from "../errors.js";
import type { RevisionHeader } from "./revision.js";

export interface GraphIndex {
  /** Headers in topological order (parents first); positions below index this array. */
  readonly headers: readonly RevisionHeader[];
  readonly position: ReadonlyMap<string, number>;
  /** downRevision edges, by position. */
  readonly parents: readonly (readonly number[])[];
  readonly children: readonly (readonly number[])[];
  /** dependsOn edges (labels resolved to the labelled revision), by position. */
  readonly dependencies: readonly (readonly number[])[];
  readonly dependents: readonly (readonly number[])[];
  /** Branch label → position of the revision carrying it. */
  readonly labels: ReadonlyMap<string, number>;
}

const describe = (h: RevisionHeader) => `${h.revision} (${h.path})`;

/**
 * Shared by every revision without such edges (most have no dependencies, heads no children): thousands of
 * empty arrays cost more to build than the rest of the index. Frozen, so no caller can fill it by mistake.
 */
const NONE: readonly number[] = Object.freeze([]);

export function buildGraphIndex(input: readonly RevisionHeader[]): GraphIndex {
  const byId = new Map<string, number>();
  input.forEach((h, i) => {
    const earlier = byId.get(h.revision);
    if (earlier !== undefined) {
      throw new RevisionGraphError(`duplicate revision id '${h.revision}' in ${input[earlier]!.path} and ${h.path}`);
    }
    byId.set(h.revision, i);
  });

  const labelOwner = new Map<string, number>();
  input.forEach((h, i) => {
    for (const label of h.branchLabels) {
      const other = labelOwner.get(label);
      if (other !== undefined && other !== i) {
        throw new RevisionGraphError(`branch label '${label}' is used by both ${describe(input[other]!)} and ${describe(h)}`);
      }
      if (byId.has(label)) {
        throw new RevisionGraphError(`branch label '${label}' of ${describe(h)} is also a revision id`);
      }
      labelOwner.set(label, i);
    }
  });

  const parentsByFile = input.map((h) => h.downRevisions.map((id) => {
    const p = byId.get(id);
    if (p === undefined) throw new RevisionGraphError(`${describe(h)} revises unknown revision '${id}'`);
    return p;
  }));
  const depsByFile = input.map((h) => {
    if (h.dependsOn.length === 0) return NONE;
    const deps = h.dependsOn.map((id) => {
      const d = byId.get(id) ?? labelOwner.get(id);
      if (d === undefined) throw new RevisionGraphError(`${describe(h)} depends on unknown revision '${id}'`);
      return d;
    });
    return deps.length <= 1 ? deps : [...new Set(deps)];
  });

  const order = topologicalOrder(input, parentsByFile, depsByFile);
  const position = new Map<string, number>();
  const fileToPos = new Array<number>(input.length);
  order.forEach((file, pos) => {
    fileToPos[file] = pos;
    position.set(input[file]!.revision, pos);
  });
  const remap = (lists: readonly (readonly number[])[]) =>
    order.map((file) => (lists[file]!.length === 0 ? NONE : lists[file]!.map((f) => fileToPos[f]!)));
  const parents = remap(parentsByFile);
  const dependencies = remap(depsByFile);
  const labels = new Map<string, number>();
  for (const [label, file] of labelOwner) labels.set(label, fileToPos[file]!);

  return {
    headers: order.map((file) => input[file]!),
    position,
    parents,
    children: invert(parents),
    dependencies,
    dependents: invert(dependencies),
    labels,
  };
}

/** Reverses adjacency lists; children come out in position order, so deterministically. */
function invert(lists: readonly (readonly number[])[]): (readonly number[])[] {
  const inverse: (readonly number[])[] = new Array(lists.length).fill(NONE);
  for (let from = 0; from < lists.length; from++) {
    for (const to of lists[from]!) {
      const list = inverse[to]!;
      if (list === NONE) inverse[to] = [from];
      else (list as number[]).push(from);
    }
  }
  return inverse;
}

/**
 * Kahn's algorithm over downRevision and dependsOn edges; among revisions
 * ready at the same time the earlier file wins, so the order is stable.
 */
function topologicalOrder(
  input: readonly RevisionHeader[], parents: readonly (readonly number[])[], deps: readonly (readonly number[])[],
): number[] {
  const n = input.length;
  // Most revisions have one parent and no dependencies: no set to build for them.
  const prerequisites = input.map((_, i) => (deps[i]!.length === 0 && parents[i]!.length <= 1 ? parents[i]!
    : [...new Set([...parents[i]!, ...deps[i]!])]));
  const waitingOn = prerequisites.map((list) => list.length);
  const unlocks = invert(prerequisites);
  const ready = new MinHeap();
  waitingOn.forEach((count, i) => {
    if (count === 0) ready.push(i);
  });
  const order: number[] = [];
  while (ready.size > 0) {
    const next = ready.pop();
    order.push(next);
    for (const child of unlocks[next]!) {
      if (--waitingOn[child]! === 0) ready.push(child);
    }
  }
  if (order.length < n) throw cycleError(input, prerequisites, waitingOn);
  return order;
}

/**
 * Every revision left unsorted waits on another unsorted one, so following
 * those waits from any of them must come back round: that loop is the cycle.
 */
function cycleError(
  input: readonly RevisionHeader[], prerequisites: readonly (readonly number[])[], waitingOn: number[],
): RevisionGraphError {
  let current = waitingOn.findIndex((count) => count > 0);
  const seenAt = new Map<number, number>();
  const path: number[] = [];
  while (!seenAt.has(current)) {
    seenAt.set(current, path.length);
    path.push(current);
    current = prerequisites[current]!.find((p) => waitingOn[p]! > 0)!;
  }
  const loop = path.slice(seenAt.get(current)!).map((i) => input[i]!.revision);
  return new RevisionGraphError(
    `revision cycle: ${[...loop, loop[0]].join(" -> ")} (each revises or depends on the next)`,
  );
}

/** A binary min-heap of integers (file indices). */
class MinHeap {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(value: number): void {
    const items = this.items;
    let i = items.push(value) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]! <= value) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = value;
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        let smallest = 2 * i + 1;
        if (smallest >= items.length) break;
        if (smallest + 1 < items.length && items[smallest + 1]! < items[smallest]!) smallest++;
        if (items[smallest]! >= last) break;
        items[i] = items[smallest]!;
        i = smallest;
      }
      items[i] = last;
    }
    return top;
  }
}
