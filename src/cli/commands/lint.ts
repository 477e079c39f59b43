import type { Command } from "commander";
import { actionContext } from "../context.js";
import { EXIT_DIFFERENCES, ExitRequest } from "../exit.js";
import { lintJson } from "../json-shapes.js";
import { UsageError } from "../../errors.js";
import { describeImpact, isSeverity, type Severity } from "../../operations/lock-impact.js";
import type { LintReport } from "../../commands/lint.js";
import type { Output } from "../output.js";

export function register(program: Command): void {
  program.command("lint")
    .description("report the locks each op of the revisions takes on live tables; exit 1 when one would block writes (for CI)")
    .argument("[range]", "revisions to lint, like history -r (e.g. base:head, current:); default: those not yet applied")
    .option("--fail-on <severity>", "info, warning or blocking: the least severity that fails (default: config lint.failOn, else blocking)")
    .option("--min-rows <n>", "fail only on tables of more rows than this (default: config lint.minRows, else 0)")
    .option("--offline", "do not connect: no row estimates (every blocking op counts), a recent server version assumed")
    .action(async (range: string | undefined, _opts: unknown, command: Command) => {
      const { options, flags, output } = actionContext(command);
      const failOn = flags.failOn as string | undefined;
      if (failOn !== undefined && !isSeverity(failOn)) throw new UsageError(`--fail-on ${failOn}: expected info, warning or blocking`);
      const minRowsFlag = flags.minRows as string | undefined;
      const minRows = minRowsFlag === undefined ? undefined : Number(minRowsFlag);
      if (minRows !== undefined && !(Number.isInteger(minRows) && minRows >= 0)) {
        throw new UsageError(`--min-rows ${minRowsFlag}: expected a whole number`);
      }
      const { lint } = await import("../../commands/lint.js");
      const reports = await lint({ ...options, range, failOn: failOn as Severity | undefined, minRows, offline: Boolean(flags.offline) });
      // --json (global; it was lint's own before every command had it): the same document, now with command and ok.
      if (output.json) output.document(lintJson(reports));
      else for (const report of reports) print(report, output);
      if (reports.some((r) => r.failures > 0)) throw new ExitRequest(EXIT_DIFFERENCES);
    });
}

function print(report: LintReport, output: Output): void {
  const who = report.database ? `[${report.database}] ` : "";
  const where = report.online ? `${report.dialect}${report.serverVersion ? ` ${report.serverVersion}` : ""}`
    : `${report.dialect}, offline: row counts unknown`;
  output.out(`${who}Lock report (${where}):`);
  if (report.revisions.length === 0) output.out("  no revisions to lint");
  for (const revision of report.revisions) {
    output.out(`  ${revision.revision}  ${revision.message}`);
    if (revision.ops.length === 0) output.out("    (no ops)");
    for (const op of revision.ops) {
      output.out(`    ${op.op}`);
      for (const i of op.impacts) {
        output.out(`      ${i.fails ? "FAIL " : ""}${i.severity}: ${describeImpact(i, i.rows)}`);
      }
    }
    if (!revision.complete) output.out("    (the rest of the upgrade needs the database: op.query; not reported)");
  }
  output.out(report.failures === 0
    ? `${who}No op at or above "${report.failOn}" blocks writes on a table of more than ${report.minRows} rows.`
    : `${who}${report.failures} op(s) at or above "${report.failOn}" would block writes on a table of more than ${report.minRows} rows${
      report.online ? "" : " (or of unknown size)"}.`);
}
