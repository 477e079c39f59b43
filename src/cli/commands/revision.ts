import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { actionContext, collect } from "../context.js";
import { revisionWrittenJson } from "../json-shapes.js";
import { printChanges } from "../changes.js";
import { canPrompt, terminalAskRename } from "../rename-prompt.js";

export function register(program: Command): void {
  program.command("revision")
    .description("write a new revision file and print its path")
    .requiredOption("-m, --message <message>", "what the revision does")
    .option("--autogenerate", "fill the revision from the differences between the models and the database")
    .option("--baseline", "with --autogenerate: compare the models with an empty database, so the revision creates the whole schema")
    .option("--rename-table <old:new>", "with --autogenerate: a table renamed, not dropped and added (repeatable)", collect, [])
    .option("--rename-column <table.old:new>", "with --autogenerate: a column renamed, not dropped and added (repeatable)", collect, [])
    .option("--no-interactive", "with --autogenerate: never ask about possible renames, even on a terminal")
    .option("--rev-id <id>", "use this revision id instead of a random one")
    .option("--head <rev>", "the revision to build on (base: a new root)", "head")
    .option("--splice", "allow --head to name a revision that is not a head")
    .option("--branch-label <label>", "a branch label for the new revision", collect, [])
    .option("--depends-on <rev>", "a revision this one depends on (repeatable)", collect, [])
    .option("--version-path <dir>", "folder under migrations/versions to write into")
    .action(async (_opts: unknown, command: Command) => {
      const { options, flags, output } = actionContext(command);
      const common = {
        ...options,
        message: flags.message as string,
        revId: flags.revId as string | undefined,
        head: flags.head as string,
        splice: Boolean(flags.splice),
        branchLabels: flags.branchLabel as string[],
        dependsOn: flags.dependsOn as string[],
        versionPath: flags.versionPath as string | undefined,
      };
      const tableRenames = flags.renameTable as string[];
      const columnRenames = flags.renameColumn as string[];
      const { revision } = await import("../../commands/revision.js");
      // Questions only where someone can answer them: a terminal on stdin and stderr, and not --no-interactive.
      const prompter = flags.autogenerate && !flags.baseline && flags.interactive !== false && canPrompt() ? terminalAskRename() : null;
      const result = await revision({
        ...common,
        autogenerate: Boolean(flags.autogenerate),
        baseline: Boolean(flags.baseline),
        renames: { tables: tableRenames.map(parseTableRename), columns: columnRenames.map(parseColumnRename) },
        ...(prompter ? { askRename: prompter.ask } : {}),
      }).finally(() => prompter?.close());
      if (result.changes) await printChanges(result.changes, output, "Detected no changes");
      const dropsAll = "dropsAllTables" in result ? result.dropsAllTables : null;
      if (dropsAll) {
        output.error(`warning: the models declare no table, so this revision drops all ${dropsAll} table${dropsAll === 1 ? "" : "s"} of the database`);
      }
      if (output.json) output.document(revisionWrittenJson(result, Boolean(flags.autogenerate)));
      else output.out(result.path);
    });
}

function parseTableRename(spec: string): { from: string; to: string } {
  const [from, to, extra] = spec.split(":");
  if (!from || !to || extra !== undefined) throw new UsageError(`--rename-table ${spec}: expected OLD:NEW`);
  return { from, to };
}

function parseColumnRename(spec: string): { table: string; from: string; to: string } {
  const match = /^([^:]+)\.([^.:]+):([^:]+)$/.exec(spec);
  if (!match) throw new UsageError(`--rename-column ${spec}: expected TABLE.OLD:NEW`);
  return { table: match[1]!, from: match[2]!, to: match[3]! };
}
