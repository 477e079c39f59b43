/**
 * The revision graph: revisions linked by downRevision (the history proper)
 * and dependsOn (cross-branch prerequisites). Queries take and return ids;
 * internally everything runs on positions in topological order.
 */
import { TargetError } from "../errors.js";
import { buildGraphIndex, type GraphIndex } from "./graph-index.js";
import type { RevisionHeader } from "./revision.js";

export class RevisionGraph {
  private labelCache: (readonly string[])[] | null = null;

  private constructor(private readonly index: GraphIndex) {}

  /** Validates the headers (duplicates, unknown parents, cycles, labels); throws RevisionGraphError. */
  static build(headers: readonly RevisionHeader[]): RevisionGraph {
    return new RevisionGraph(buildGraphIndex(headers));
  }

  get size(): number {
    return this.index.headers.length;
  }

  has(id: string): boolean {
    return this.index.position.has(id);
  }

  get(id: string): RevisionHeader {
    return this.index.headers[this.positionOf(id)]!;
  }

  /** Position of a revision in topological order; handy for sorting ids parents-first. */
  positionOf(id: string): number {
    const pos = this.index.position.get(id);
    if (pos === undefined) throw new TargetError(`unknown revision '${id}'`);
    return pos;
  }

  /** All revisions, parents before children. */
  all(): RevisionHeader[] {
    return [...this.index.headers];
  }

  /** All revisions, newest first: the reverse of all(). */
  historyOrder(): RevisionHeader[] {
    return [...this.index.headers].reverse();
  }

  /** Revisions that no revision names as downRevision (dependsOn does not count). */
  heads(): string[] {
    return this.idsWhere((pos) => this.index.children[pos]!.length === 0);
  }

  bases(): string[] {
    return this.idsWhere((pos) => this.index.parents[pos]!.length === 0);
  }

  branchPoints(): string[] {
    return this.idsWhere((pos) => this.index.children[pos]!.length > 1);
  }

  /** Revisions that name `id` as a downRevision. */
  children(id: string): string[] {
    return this.ids(this.index.children[this.positionOf(id)]!);
  }

  /** The resolved dependsOn targets of `id` (a label names the revision carrying it). */
  dependenciesOf(id: string): string[] {
    return this.ids(this.index.dependencies[this.positionOf(id)]!);
  }

  isMerge(id: string): boolean {
    return this.index.parents[this.positionOf(id)]!.length > 1;
  }

  /** The revision carrying a branch label, or undefined. */
  labelled(label: string): string | undefined {
    const pos = this.index.labels.get(label);
    return pos === undefined ? undefined : this.index.headers[pos]!.revision;
  }

  /** Every branch label, in the order of the revisions carrying them. */
  labelNames(): string[] {
    return [...this.index.labels].sort((a, b) => a[1] - b[1]).map(([label]) => label);
  }

  /** Revisions reachable through downRevision and dependsOn, `ids` included unless `inclusive` is false. */
  ancestors(ids: Iterable<string>, inclusive = true): Set<string> {
    return this.reach(ids, inclusive, [this.index.parents, this.index.dependencies]);
  }

  /** Revisions from which `ids` are reachable through downRevision and dependsOn. */
  descendants(ids: Iterable<string>, inclusive = true): Set<string> {
    return this.reach(ids, inclusive, [this.index.children, this.index.dependents]);
  }

  /** Revisions above `ids` through downRevision only (a branch label's reach). */
  downRevisionDescendants(ids: Iterable<string>, inclusive = true): Set<string> {
    return this.reach(ids, inclusive, [this.index.children]);
  }

  /**
   * Branch labels that apply to a revision: a label on R covers R and every
   * revision above it through downRevision, as in Alembic.
   */
  labelsOf(id: string): string[] {
    return [...this.labelTable()[this.positionOf(id)]!];
  }

  /** One pass in topological order: labels flow from each revision to its children. */
  private labelTable(): (readonly string[])[] {
    if (this.labelCache) return this.labelCache;
    const { headers, parents } = this.index;
    const table: (readonly string[])[] = new Array(headers.length);
    const none: readonly string[] = [];
    headers.forEach((h, pos) => {
      const inherited = parents[pos]!.map((p) => table[p]!).filter((labels) => labels.length > 0);
      if (h.branchLabels.length === 0 && inherited.length <= 1) {
        // Sharing the parent's array keeps a long labelled chain linear in memory.
        table[pos] = inherited[0] ?? none;
      } else {
        table[pos] = [...new Set([...inherited.flat(), ...h.branchLabels])];
      }
    });
    this.labelCache = table;
    return table;
  }

  private reach(ids: Iterable<string>, inclusive: boolean, edgeSets: readonly (readonly (readonly number[])[])[]): Set<string> {
    const starts = [...ids].map((id) => this.positionOf(id));
    const seen = new Uint8Array(this.size);
    const stack: number[] = [];
    for (const pos of starts) {
      if (!seen[pos]) {
        seen[pos] = 1;
        stack.push(pos);
      }
    }
    while (stack.length > 0) {
      const pos = stack.pop()!;
      for (const edges of edgeSets) {
        for (const next of edges[pos]!) {
          if (!seen[next]) {
            seen[next] = 1;
            stack.push(next);
          }
        }
      }
    }
    if (!inclusive) for (const pos of starts) seen[pos] = 0;
    return new Set(this.idsWhere((pos) => seen[pos] === 1));
  }

  private idsWhere(test: (pos: number) => boolean): string[] {
    const out: string[] = [];
    this.index.headers.forEach((h, pos) => {
      if (test(pos)) out.push(h.revision);
    });
    return out;
  }

  private ids(positions: readonly number[]): string[] {
    return positions.map((pos) => this.index.headers[pos]!.revision);
  }
}
