import type { Command } from "commander";
import { actionContext, collect } from "../context.js";

export function register(program: Command): void {
  program.command("revision")
    .description("write a new revision file and print its path")
    .requiredOption("-m, --message <message>", "what the revision does")
    .option("--rev-id <id>", "use this revision id instead of a random one")
    .option("--head <rev>", "the revision to build on (base: a new root)", "head")
    .option("--splice", "allow --head to name a revision that is not a head")
    .option("--branch-label <label>", "a branch label for the new revision", collect, [])
    .option("--depends-on <rev>", "a revision this one depends on (repeatable)", collect, [])
    .option("--version-path <dir>", "folder under migrations/versions to write into")
    .action(async (_opts: unknown, command: Command) => {
      const { options, flags, output } = actionContext(command);
      const { revision } = await import("../../commands/revision.js");
      const result = await revision({
        ...options,
        message: flags.message as string,
        revId: flags.revId as string | undefined,
        head: flags.head as string,
        splice: Boolean(flags.splice),
        branchLabels: flags.branchLabel as string[],
        dependsOn: flags.dependsOn as string[],
        versionPath: flags.versionPath as string | undefined,
      });
      output.out(result.path);
    });
}
