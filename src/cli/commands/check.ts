import type { Command } from "commander";
import { actionContext } from "../context.js";
import { printChanges, printDiff } from "../changes.js";
import { EXIT_DIFFERENCES, ExitRequest } from "../exit.js";
import { checkJson } from "../json-shapes.js";

export function register(program: Command): void {
  program.command("check")
    .description("exit 0 if the models and the database agree, else list the differences and exit 1")
    .option("--diff", "after the list, a unified diff of each differing table's DDL (database against models)")
    .action(async (opts: { diff?: boolean }, command: Command) => {
      const { options, output } = actionContext(command);
      const { check } = await import("../../commands/autogenerate.js");
      const reports = await check({ ...options, diff: Boolean(opts.diff) });
      const differences = reports.reduce((n, report) => n + report.operations.length, 0);
      if (output.json) output.document(checkJson(reports));
      else for (const report of reports) {
        const who = report.database ? `[${report.database}] ` : "";
        if (report.changes.length > 0) output.out(`${who}The models and the database differ:`);
        await printChanges(report.changes, output, `${who}No differences: the models and the database agree.`, "out");
        if (report.diff) await printDiff(report.diff, output);
      }
      if (differences > 0) throw new ExitRequest(EXIT_DIFFERENCES);
    });
}
