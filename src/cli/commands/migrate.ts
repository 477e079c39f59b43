import type { Command } from "commander";
import { actionContext, type ActionContext } from "../context.js";
import type { MigrateFleetReport, MigrateOptions, MigrateReport } from "../../commands/migrate.js";
import { EXIT_ERROR, ExitRequest } from "../exit.js";
import { rowsText, summaryLines } from "../fleet-summary.js";
import { createProgress } from "../progress.js";
import { migrateJson } from "../json-shapes.js";

export function register(program: Command): void {
  program.command("upgrade")
    .description("apply revisions up to TARGET (default head)")
    .argument("[target]", "head, heads, a revision, +N, REV+N, LABEL@head; with --sql a range FROM:TO", "head")
    .option("--sql", "print the SQL instead of running it (no database connection)")
    .option("--tag <tag>", "a tag handed to a config written as a function")
    .option("--strict", "refuse to run when an applied revision file was edited or deleted since it ran")
    .option("--force", "run although an earlier run failed halfway (after you repaired the database)")
    .action(async (target: string, _opts: unknown, command: Command) => {
      const context = actionContext(command);
      const { upgrade } = await import("../../commands/migrate.js");
      await run(context, (progress) => upgrade({ ...context.options, ...progress, target, sql: Boolean(context.flags.sql),
        tag: context.flags.tag as string | undefined, strict: Boolean(context.flags.strict), force: Boolean(context.flags.force) }));
    });

  program.command("downgrade")
    .description("revert revisions down to TARGET")
    .argument("<target>", "-N, a revision, REV-N, base; with --sql a range FROM:TO")
    .option("--sql", "print the SQL instead of running it (no database connection)")
    .option("--tag <tag>", "a tag handed to a config written as a function")
    .option("--force", "run although an earlier run failed halfway (after you repaired the database)")
    .action(async (target: string, _opts: unknown, command: Command) => {
      const context = actionContext(command);
      const { downgrade } = await import("../../commands/migrate.js");
      await run(context, (progress) => downgrade({ ...context.options, ...progress, target, sql: Boolean(context.flags.sql),
        tag: context.flags.tag as string | undefined, force: Boolean(context.flags.force) }));
    });
}

type ProgressOptions = Pick<MigrateOptions, "onProgress" | "log">;

/** Runs the command with the progress display, then prints the summary of a multi-database run; exit 1 if one failed. */
async function run(context: ActionContext, command: (progress: ProgressOptions) => Promise<MigrateFleetReport>): Promise<void> {
  const { output, flags } = context;
  const offline = Boolean(flags.sql);
  const progress = createProgress(output, {
    quiet: Boolean(flags.quiet),
    offline,
    doneLine: (report) => doneLine(report as MigrateReport),
    warnings: (report) => (report as MigrateReport).warnings,
  });
  let report: MigrateFleetReport;
  try {
    // Progress comes from the events alone, not from `log`, so the live display owns stderr while it is up.
    report = await command({ onProgress: progress.onProgress, log: undefined });
  } finally {
    progress.close();
  }
  if (output.json) output.document(migrateJson(report, offline ? context.written() : null));
  else if (report.databases.length > 1 && !offline) {
    for (const line of summaryLines(report, summaryWords)) output.out(line);
  }
  if (!report.ok) throw new ExitRequest(EXIT_ERROR);
}

function doneLine(report: MigrateReport): string {
  const at = rowsText(report.endRows);
  return report.steps.length === 0 ? `Nothing to do; the database is at ${at}` : `Done; the database is at ${at}`;
}

const summaryWords = {
  ok: (r: MigrateReport) => (r.steps.length === 0 ? `nothing to do, at ${rowsText(r.endRows)}`
    : `${rowsText(r.startRows)} -> ${rowsText(r.endRows)}, ${r.steps.length} ${r.steps.length === 1 ? "revision" : "revisions"}`),
  group: (r: MigrateReport) => `at ${rowsText(r.endRows)}`,
  stopped: (r: MigrateReport) => {
    const where = r.endRows === null ? "where, unknown (the database could not be read)" : `at ${rowsText(r.endRows)}`;
    const boundary = r.atBoundary === true ? " (a revision boundary)" : r.atBoundary === false ? " (inside the failed revision: repair it)" : "";
    const kept = r.steps.length > 0 ? `, ${r.steps.length} applied before it` : "";
    return `${r.error?.revision ? `in ${r.error.revision}, ` : ""}stopped ${where}${boundary}${kept}`;
  },
} satisfies Parameters<typeof summaryLines<MigrateReport>>[1];
