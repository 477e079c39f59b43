import type { Command } from "commander";
import { actionContext } from "../context.js";
import { branchLine, historyLine, revisionLine, verboseBlock } from "../format.js";
import { currentJson, revisionListJson, type JsonRevisionList } from "../json-shapes.js";
import type { DatabaseRevisions } from "../../commands/inspect.js";
import type { Output } from "../output.js";

export function register(program: Command): void {
  program.command("current")
    .description("the database's current revision(s)")
    .option("-v, --verbose", "show each revision's details")
    .action(async (_opts: unknown, command: Command) => {
      const { options, flags, output } = actionContext(command);
      const { current } = await import("../../commands/inspect.js");
      const reports = await current(options);
      if (output.json) return output.document(currentJson(reports));
      for (const report of reports) {
        if (reports.length > 1 || report.database) output.out(`[${report.database}]`);
        for (const rev of report.revisions) output.out(flags.verbose ? verboseBlock(rev) : revisionLine(rev));
        for (const id of report.unknown) output.out(`${id} (not in the versions directory)`);
        if (report.failure) output.out(`FAILED: ${report.failure}`);
        if (report.rows.length === 0) output.info(`${report.database ? `[${report.database}] ` : ""}No revision applied (the database is at base)`);
      }
    });

  program.command("history")
    .description("the revision graph, newest first")
    .option("-r, --rev-range <range>", "only revisions in FROM:TO (base, head, current or revisions)")
    .option("-v, --verbose", "show each revision's details")
    .option("-i, --indicate-current", "mark the database's current revision(s)")
    .action(async (_opts: unknown, command: Command) => {
      const { options, flags, output } = actionContext(command);
      const { history } = await import("../../commands/inspect.js");
      const showCurrent = Boolean(flags.indicateCurrent);
      print("history", await history({ ...options, range: flags.revRange as string | undefined, indicateCurrent: showCurrent,
        verbose: Boolean(flags.verbose) }), output,
        (rev) => (flags.verbose ? verboseBlock(rev, showCurrent) : historyLine(rev, showCurrent)));
    });

  program.command("heads")
    .description("the current heads of the revision graph")
    .option("-v, --verbose", "show each revision's details")
    .action(async (_opts: unknown, command: Command) => {
      const { options, flags, output } = actionContext(command);
      const { heads } = await import("../../commands/inspect.js");
      print("heads", await heads(options), output, (rev) => (flags.verbose ? verboseBlock(rev) : revisionLine(rev)));
    });

  program.command("branches")
    .description("the branch points of the revision graph")
    .option("-v, --verbose", "show each revision's details")
    .action(async (_opts: unknown, command: Command) => {
      const { options, flags, output } = actionContext(command);
      const { branches } = await import("../../commands/inspect.js");
      print("branches", await branches(options), output, (rev) => (flags.verbose ? verboseBlock(rev) : branchLine(rev)));
    });

  program.command("show")
    .description("one revision's details")
    .argument("<rev>", "a revision, prefix, label, head or heads")
    .action(async (rev: string, _opts: unknown, command: Command) => {
      const { options, output } = actionContext(command);
      const { show } = await import("../../commands/inspect.js");
      print("show", await show({ ...options, revision: rev }), output, (info) => verboseBlock(info));
    });
}

/** One write for the whole listing: thousands of revisions, one line each, must not cost a system call each. */
function print(
  command: JsonRevisionList["command"], results: readonly DatabaseRevisions[], output: Output,
  line: (rev: DatabaseRevisions["revisions"][number]) => string,
): void {
  if (output.json) return output.document(revisionListJson(command, results));
  const lines: string[] = [];
  for (const result of results) {
    if (results.length > 1 || result.database) lines.push(`[${result.database}]`);
    for (const rev of result.revisions) lines.push(line(rev));
  }
  if (lines.length > 0) output.out(lines.join("\n"));
}
