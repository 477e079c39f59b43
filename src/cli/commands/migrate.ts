import type { Command } from "commander";
import { actionContext } from "../context.js";
import { migrateJson } from "../json-shapes.js";
import type { MigrateReport } from "../../commands/migrate.js";
import type { Output } from "../output.js";

export function register(program: Command): void {
  program.command("upgrade")
    .description("apply revisions up to TARGET (default head)")
    .argument("[target]", "head, heads, a revision, +N, REV+N, LABEL@head; with --sql a range FROM:TO", "head")
    .option("--sql", "print the SQL instead of running it (no database connection)")
    .option("--tag <tag>", "a tag handed to a config written as a function")
    .option("--strict", "refuse to run when an applied revision file was edited or deleted since it ran")
    .option("--force", "run although an earlier run failed halfway (after you repaired the database)")
    .action(async (target: string, _opts: unknown, command: Command) => {
      const { options, flags, output, written } = actionContext(command);
      const { upgrade } = await import("../../commands/migrate.js");
      const reports = await upgrade({ ...options, target, sql: Boolean(flags.sql), tag: flags.tag as string | undefined,
        strict: Boolean(flags.strict), force: Boolean(flags.force) });
      summarise(reports, output, Boolean(flags.sql));
      if (output.json) output.document(migrateJson("upgrade", reports, flags.sql ? written() : null));
    });

  program.command("downgrade")
    .description("revert revisions down to TARGET")
    .argument("<target>", "-N, a revision, REV-N, base; with --sql a range FROM:TO")
    .option("--sql", "print the SQL instead of running it (no database connection)")
    .option("--tag <tag>", "a tag handed to a config written as a function")
    .option("--force", "run although an earlier run failed halfway (after you repaired the database)")
    .action(async (target: string, _opts: unknown, command: Command) => {
      const { options, flags, output, written } = actionContext(command);
      const { downgrade } = await import("../../commands/migrate.js");
      const reports = await downgrade({ ...options, target, sql: Boolean(flags.sql), tag: flags.tag as string | undefined,
        force: Boolean(flags.force) });
      summarise(reports, output, Boolean(flags.sql));
      if (output.json) output.document(migrateJson("downgrade", reports, flags.sql ? written() : null));
    });
}

function summarise(reports: readonly MigrateReport[], output: Output, offline: boolean): void {
  for (const report of reports) {
    const who = report.database ? `[${report.database}] ` : "";
    for (const warning of report.warnings) output.error(`${who}warning: ${warning} (use --strict to refuse)`);
    if (offline) continue;
    const at = report.endRows.length === 0 ? "base" : report.endRows.join(", ");
    output.info(report.steps.length === 0 ? `${who}Nothing to do; the database is at ${at}` : `${who}Done; the database is at ${at}`);
  }
}
