import type { Command } from "commander";
import { actionContext } from "../context.js";
import { stampJson } from "../json-shapes.js";

export function register(program: Command): void {
  program.command("stamp")
    .description("set the version table to REV... without running migrations")
    .argument("<revisions...>", "revisions, head, heads or base")
    .option("--purge", "empty the version table first (also clears revisions the graph does not know)")
    .option("--sql", "print the SQL instead of running it")
    .action(async (revisions: string[], _opts: unknown, command: Command) => {
      const { options, flags, output, written } = actionContext(command);
      const { stamp } = await import("../../commands/stamp.js");
      const reports = await stamp({ ...options, revisions, purge: Boolean(flags.purge), sql: Boolean(flags.sql) });
      if (output.json) return output.document(stampJson(reports, flags.sql ? written() : null));
      if (flags.sql) return;
      for (const report of reports) {
        const who = report.database ? `[${report.database}] ` : "";
        const show = (rows: readonly string[]): string => (rows.length === 0 ? "base" : rows.join(", "));
        output.info(`${who}Stamped ${show(report.before)} -> ${show(report.after)}`);
      }
    });
}
