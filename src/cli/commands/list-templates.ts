import type { Command } from "commander";
import { actionContext } from "../context.js";
import { listTemplatesJson } from "../json-shapes.js";

export function register(program: Command): void {
  program.command("list-templates")
    .description("name the templates that init can use")
    .action(async (_opts: unknown, command: Command) => {
      const { output } = actionContext(command);
      const { listTemplates } = await import("../../commands/templates.js");
      if (output.json) return output.document(listTemplatesJson(listTemplates()));
      output.out("Available templates:\n");
      for (const t of listTemplates()) output.out(`${t.name} - ${t.description}`);
      output.out("\nTemplates are used via the 'init' command, e.g.:\n\n  migrate init --template generic ./migrations");
    });
}
