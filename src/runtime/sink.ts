/**
 * The OperationSink behind `op`: compiles each operation for the dialect,
 * runs its statements, and remembers what of the current revision has been
 * applied so a failure can say exactly where it stopped.
 */
import { describeOperation } from "../operations/describe.js";
import type { OperationSink } from "../operations/facade.js";
import type { Operation } from "../operations/operation.js";
import type { DefinitionSource } from "./definitions.js";
import type { StatementRunner } from "./runner.js";

/**
 * Lets the event loop run before the next op: a SIGINT/SIGTERM handler
 * (src/cli/signals.ts) only runs from the event loop, and with SQLite every
 * statement is synchronous, so `await` alone never yields to it: without
 * this, Ctrl-C during a SQLite run was ignored until the run had finished.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class RecordingSink implements OperationSink {
  readonly applied: string[] = [];
  /** The op under way when an error is thrown, if any. */
  current: string | null = null;
  /** The kind of that op. */
  currentKind: Operation["kind"] | null = null;
  /** Statements of the revision sent so far: none means a failure left the database as the revision found it. */
  sent = 0;

  constructor(private readonly runner: StatementRunner, private readonly definitions: DefinitionSource) {}

  get dialect() { return this.runner.dialect.name; }

  async run(op: Operation): Promise<void> {
    await yieldToEventLoop();
    const description = describeOperation(op);
    this.current = description;
    this.currentKind = op.kind;
    const context = await this.definitions.contextFor(op);
    const statements = this.runner.dialect.compile(op, context);
    for (const statement of statements) {
      this.sent++;
      await this.runner.run(statement);
    }
    this.definitions.applied(op);
    this.applied.push(description);
    this.current = null;
    this.currentKind = null;
  }

  async query<Row = Record<string, unknown>>(sqlText: string, params: readonly unknown[]): Promise<Row[]> {
    this.current = `query ${JSON.stringify(sqlText.slice(0, 60))}`;
    const rows = await this.runner.query<Row>({ sql: sqlText, params });
    this.current = null;
    return rows;
  }
}
