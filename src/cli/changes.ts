/** Prints detected changes, coloured when the terminal takes colour: + added, - removed, ~ changed. */
import type { ChangeLine } from "../autogenerate/summary.js";
import type { Output } from "./output.js";

export async function printChanges(changes: readonly ChangeLine[], output: Output, none: string, sink: "info" | "out" = "info"): Promise<void> {
  const { default: chalk } = await import("chalk");
  const paint = { "+": chalk.green, "-": chalk.red, "~": chalk.yellow } as const;
  if (changes.length === 0) {
    output[sink](none);
    return;
  }
  for (const change of changes) output[sink](paint[change.sign](`${change.sign} ${change.text}`));
}
