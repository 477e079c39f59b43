/**
 * SIGINT (Ctrl-C) and SIGTERM (a deploy being stopped) while a command runs:
 * one line on stderr and an exit at once with the shell's code for a signal,
 * 128 + its number (130, 143).
 *
 * Nothing is undone by hand, on purpose: exiting closes the database
 * connections, and the database itself then rolls back the open transaction
 * and drops the session's locks (PostgreSQL's advisory lock, MySQL's
 * GET_LOCK; on a Galera cluster the next run takes the lock row over, see
 * dialects/mysql/galera-lock.ts); SQLite's write lock ends with the process, and the next
 * connection to the file rolls the unfinished transaction back from its
 * journal. So the database is left at the last committed revision boundary,
 * where DDL is transactional. On MySQL, DDL that already ran stays, and the
 * history's `running` row makes `migrate current` and `upgrade` report it.
 */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

type HandledSignal = keyof typeof SIGNAL_EXIT_CODES;

/** Installs the handlers; returns a function that removes them. */
export function exitOnSignals(writeLine: (line: string) => void): () => void {
  const handlers = new Map<HandledSignal, () => void>();
  for (const signal of Object.keys(SIGNAL_EXIT_CODES) as HandledSignal[]) {
    const handler = (): void => {
      writeLine(`error: interrupted by ${signal}; the open transaction is rolled back and the migration lock released ` +
        "as the connection closes (run 'migrate current' to see where the database stands)");
      process.exit(SIGNAL_EXIT_CODES[signal]);
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
