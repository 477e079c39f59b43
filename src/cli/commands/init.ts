import type { Command } from "commander";
import { actionContext } from "../context.js";
import { initJson } from "../json-shapes.js";

export function register(program: Command): void {
  program.command("init")
    .description("create migrate.config.ts, models.ts and a script directory")
    .argument("[directory]", "script directory to create", "migrations")
    .option("-t, --template <name>", "project template (see list-templates)", "generic")
    .option("--dialect <dialect>", "sqlite, postgresql or mysql", "sqlite")
    .action(async (directory: string, _opts: unknown, command: Command) => {
      const { flags, output } = actionContext(command);
      const { init } = await import("../../commands/init.js");
      const result = await init({ directory, template: flags.template as string, dialect: flags.dialect as string });
      for (const path of result.created) output.info(`Creating ${path} ... done`);
      for (const path of result.kept) output.info(`Keeping existing ${path}`);
      if (output.json) return output.document(initJson(result));
      output.info("Next: edit the config's url if needed, then 'migrate revision -m \"first revision\"'.");
    });
}
