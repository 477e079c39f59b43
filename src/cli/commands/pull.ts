import type { Command } from "commander";
import { actionContext, collect } from "../context.js";
import { pullJson } from "../json-shapes.js";

export function register(program: Command): void {
  program.command("pull")
    .description("read the live database and write the models module that describes it (or print it as mermaid or json)")
    .option("--out <file>", "write the models module here instead of the config's models path")
    .option("--force", "replace an existing models module")
    .option("--schema <name>", "read this schema (MySQL: database) instead of the connection's own (repeatable)", collect, [])
    .option("--format <format>", "ts (a models module), mermaid (an erDiagram on stdout) or json (the schema on stdout)", "ts")
    .action(async (_opts: unknown, command: Command) => {
      const { options, flags, output } = actionContext(command);
      const { pull } = await import("../../commands/pull.js");
      const result = await pull({
        ...options,
        format: flags.format as "ts" | "mermaid" | "json",
        out: flags.out as string | undefined,
        force: Boolean(flags.force),
        schemas: flags.schema as string[],
      });
      for (const warning of result.warnings) output.error(`warning: ${warning}`);
      if (output.json) return output.document(pullJson(result));
      if (result.text !== null) output.write(result.text);
      if (result.path !== null) output.out(result.path);
    });
}
