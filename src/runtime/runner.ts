/**
 * Where compiled statements go: a live connection, or offline SQL text.
 * Everything above this line is the same for both modes, which is what
 * makes `--sql` output equal to what an online run executes.
 */
import type { Connection, Dialect, Statement } from "../dialects/dialect.js";
import { UnsupportedOperationError } from "../errors.js";

export interface StatementRunner {
  readonly dialect: Dialect;
  readonly online: boolean;
  run(statement: Statement): Promise<void>;
  /** Statements that go together (a revision's bookkeeping): one round trip online, one after another offline. */
  runAll(statements: readonly Statement[]): Promise<void>;
  query<Row = Record<string, unknown>>(statement: Statement): Promise<Row[]>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /** ddlLockTimeout for the statements that follow (null: the database's default again). */
  setLockWait(timeoutMs: number | null): Promise<void>;
  /** A comment in offline output (progress markers); nothing online. */
  comment(text: string): void;
}

export function onlineRunner(connection: Connection): StatementRunner {
  return {
    dialect: connection.dialect,
    online: true,
    run: (statement) => connection.execute(statement),
    runAll: (statements) => connection.executeAll(statements),
    query: (statement) => connection.query(statement),
    begin: () => connection.begin(),
    commit: () => connection.commit(),
    rollback: () => connection.rollback(),
    setLockWait: (timeoutMs) => connection.setLockWait(timeoutMs),
    comment: () => {},
  };
}

/**
 * Writes each statement, parameters inlined, terminated by `;`. `session`: statements the script starts with, after
 * the dialect's preamble, as the online run's connection starts with them (a tenant's schema).
 */
export function offlineRunner(
  dialect: Dialect, write: (text: string) => void, session: readonly Statement[] = [],
): StatementRunner {
  let started = false;
  const emit = (sqlText: string): void => {
    if (!started) {
      started = true;
      if (dialect.offlinePreamble) write(`${dialect.offlinePreamble};\n\n`);
      for (const statement of session) emit(dialect.inline(statement));
    }
    write(`${sqlText.trimEnd().replace(/;$/, "")};\n\n`);
  };
  return {
    dialect,
    online: false,
    run: async (statement) => emit(dialect.inline(statement)),
    runAll: async (statements) => { for (const statement of statements) emit(dialect.inline(statement)); },
    query: async () => {
      throw new UnsupportedOperationError("op.query() needs a live database; it cannot run with --sql (offline mode)");
    },
    begin: async () => { if (dialect.offlineTransaction) emit(dialect.offlineTransaction.begin); },
    commit: async () => { if (dialect.offlineTransaction) emit(dialect.offlineTransaction.commit); },
    rollback: async () => {},
    setLockWait: async (timeoutMs) => { for (const statement of dialect.lockWait(timeoutMs)) emit(dialect.inline(statement)); },
    comment: (text) => write(`-- ${text.replace(/\n/g, " ")}\n\n`),
  };
}
