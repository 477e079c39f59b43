/**
 * Runs a revision's upgrade or downgrade without touching the database:
 * every op it calls is built and compiled for the dialect, as `--sql` would,
 * and what it does is followed on the IR, so each op compiles against the
 * tables as the ops before it left them. Two users:
 *
 *   - autogenerate checks the file it is about to write, from the database
 *     as it read it (never writing a revision that athanor would refuse);
 *   - a run where DDL commits at once (MySQL, `transactional = false`)
 *     checks each revision before its first statement, so an op that cannot
 *     be compiled stops the run with nothing of that revision applied,
 *     instead of half of it.
 */
import type { Dialect } from "../dialects/dialect.js";
import { applyOperation } from "../operations/apply.js";
import { describeOperation } from "../operations/describe.js";
import { createOp, type OperationSink } from "../operations/facade.js";
import { qualifiedName, type Operation, type TableRef } from "../operations/operation.js";
import type { Schema, Table } from "../schema/ir.js";
import type { DefinitionSource } from "./definitions.js";
import type { MigrationFunction } from "./revision-module.js";
import type { StatementRunner } from "./runner.js";
import { DATA_ONLY } from "./schema-tracker.js";

/**
 * Thrown into the revision's code where checking cannot go on without running it (op.query needs real rows;
 * a table's definition after raw DDL is unknown): what was checked up to there stands.
 */
export class CheckEnds extends Error {
  constructor() {
    super("the check of this revision ends here: what follows needs the database");
  }
}

export class CompileOnlySink implements OperationSink {
  /** The op under way when an error is thrown, if any. */
  current: string | null = null;
  /** The ops compiled so far. */
  readonly ops: Operation[] = [];

  constructor(private readonly target: Dialect, private readonly definitions: DefinitionSource) {}

  get dialect() { return this.target.name; }

  async run(op: Operation): Promise<void> {
    this.current = describeOperation(op);
    this.target.compile(op, await this.definitions.contextFor(op));
    this.definitions.applied(op);
    this.ops.push(op);
    this.current = null;
  }

  async query<Row>(): Promise<Row[]> {
    throw new CheckEnds();
  }
}

export type DryRunResult =
  | { readonly outcome: "compiled"; readonly ops: readonly Operation[] }
  | { readonly outcome: "ended" }
  | { readonly outcome: "refused"; readonly failedOp: string | null; readonly error: unknown };

/** Runs `fn` against a compile-only op; "ended": it needed the database before its end (see CheckEnds). */
export async function dryRun(fn: MigrationFunction, target: Dialect, definitions: DefinitionSource): Promise<DryRunResult> {
  const sink = new CompileOnlySink(target, definitions);
  try {
    await fn(createOp(sink));
    return { outcome: "compiled", ops: sink.ops };
  } catch (error) {
    if (error instanceof CheckEnds) return { outcome: "ended" };
    return { outcome: "refused", failedOp: sink.current, error };
  }
}

const key = (ref: TableRef): string => qualifiedName(ref);

/**
 * Table definitions for checking a revision before it runs online: read from the catalog when an op first
 * needs a table (as the revision finds it, since nothing runs meanwhile), then brought forward by the
 * revision's ops so far. A table that cannot be known this way (created by raw DDL, reached through a rename
 * of a table not read before) ends the check rather than refusing what the real run may well do.
 */
export function catalogAtStart(runner: StatementRunner): DefinitionSource {
  let schema: Schema = { tables: [], enums: [] };
  const read = new Set<string>();
  const done: Operation[] = [];
  const triggers = new Map<string, readonly string[]>();
  const find = (ref: TableRef): Table | undefined =>
    schema.tables.find((t) => key(t) === key(ref)) ?? schema.tables.find((t) => key(t) === key({ ...ref, schema: null }));
  return {
    async contextFor(op) {
      const refs = runner.dialect.tablesNeeded(op).filter((ref) => !read.has(key(ref)));
      if (refs.length > 0) {
        const states = await runner.dialect.tableStates((s) => runner.query(s), refs);
        for (const ref of refs) read.add(key(ref));
        for (const state of states) triggers.set(key(state.table), state.triggers);
        // What the catalog holds is what the revision found: the ops so far bring it to where they left it.
        const fresh = done.reduce(applyOperation, { tables: states.map((s) => s.table), enums: [] } as Schema);
        const replaced = new Set(fresh.tables.map((t) => key(t)));
        schema = { ...schema, tables: [...schema.tables.filter((t) => !replaced.has(key(t))), ...fresh.tables] };
      }
      return {
        table(ref) {
          const found = find(ref);
          if (!found) throw new CheckEnds();
          return { table: found, triggers: triggers.get(key(found)) ?? [] };
        },
      };
    },
    applied(op) {
      if (op.kind === "execute" && !DATA_ONLY.test(op.sql)) throw new CheckEnds();
      done.push(op);
      schema = applyOperation(schema, op);
    },
  };
}


/** What a revision's code asked for, op by op, without compiling or running anything (`migrate lint`). */
export interface RecordedRun {
  readonly ops: readonly Operation[];
  /** false: it needed the database (op.query) before its end; the ops before that stand. */
  readonly complete: boolean;
}

export async function recordOperations(fn: MigrationFunction, target: Dialect): Promise<RecordedRun> {
  const ops: Operation[] = [];
  const sink: OperationSink = {
    dialect: target.name,
    async run(op) { ops.push(op); },
    async query<Row>(): Promise<Row[]> { throw new CheckEnds(); },
  };
  try {
    await fn(createOp(sink));
    return { ops, complete: true };
  } catch (error) {
    if (error instanceof CheckEnds) return { ops, complete: false };
    throw error;
  }
}
