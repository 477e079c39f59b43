import type { Command } from "commander";
import { actionContext } from "../context.js";
import type { StampReport } from "../../commands/stamp.js";
import { EXIT_ERROR, ExitRequest } from "../exit.js";
import { rowsText, summaryLines } from "../fleet-summary.js";
import { createProgress } from "../progress.js";
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
      const offline = Boolean(flags.sql);
      const progress = createProgress(output, {
        quiet: Boolean(flags.quiet),
        offline,
        doneLine: (report) => `Stamped ${rowsText((report as StampReport).before)} -> ${rowsText((report as StampReport).after)}`,
      });
      let report;
      try {
        report = await stamp({ ...options, revisions, purge: Boolean(flags.purge), sql: offline, onProgress: progress.onProgress });
      } finally {
        progress.close();
      }
      if (output.json) output.document(stampJson(report, offline ? written() : null));
      else if (report.databases.length > 1 && !offline) {
        for (const line of summaryLines(report, {
          ok: (r) => `${rowsText(r.before)} -> ${rowsText(r.after)}`,
          group: (r) => `at ${rowsText(r.after)}`,
          stopped: () => "not stamped",
        })) output.out(line);
      }
      if (!report.ok) throw new ExitRequest(EXIT_ERROR);
    });
}
