import type { Command } from "commander";
import { actionContext, collect } from "../context.js";
import { mergeJson } from "../json-shapes.js";

export function register(program: Command): void {
  program.command("merge")
    .description("write a merge revision joining two or more revisions (e.g. heads)")
    .argument("<revisions...>", "revisions to join, or heads")
    .requiredOption("-m, --message <message>", "what the merge is for")
    .option("--rev-id <id>", "use this revision id instead of a random one")
    .option("--branch-label <label>", "a branch label for the merge revision", collect, [])
    .action(async (revisions: string[], _opts: unknown, command: Command) => {
      const { options, flags, output } = actionContext(command);
      const { merge } = await import("../../commands/revision.js");
      const result = await merge({
        ...options, revisions, message: flags.message as string, revId: flags.revId as string | undefined,
        branchLabels: flags.branchLabel as string[],
      });
      if (output.json) output.document(mergeJson(result));
      else output.out(result.path);
    });
}
