/** Prints detected changes, coloured when the terminal takes colour: + added, - removed, ~ changed. */
import type { ChalkInstance } from "chalk";
import type { ChangeLine } from "../autogenerate/summary.js";
import type { Output } from "./output.js";

/**
 * chalk decides from stdout being a terminal and FORCE_COLOR; it ignores NO_COLOR (no-color.org), which is
 * honoured here unless FORCE_COLOR says otherwise.
 */
async function colours(): Promise<ChalkInstance> {
  const { default: chalk, Chalk } = await import("chalk");
  const noColor = (process.env.NO_COLOR ?? "") !== "" && process.env.FORCE_COLOR === undefined;
  return noColor ? new Chalk({ level: 0 }) : chalk;
}

export async function printChanges(changes: readonly ChangeLine[], output: Output, none: string, sink: "info" | "out" = "info"): Promise<void> {
  const chalk = await colours();
  const paint = { "+": chalk.green, "-": chalk.red, "~": chalk.yellow } as const;
  if (changes.length === 0) {
    output[sink](none);
    return;
  }
  for (const change of changes) output[sink](paint[change.sign](`${change.sign} ${change.text}`));
}

/** Prints a unified diff on stdout after a blank line, coloured as git colours one. */
export async function printDiff(diff: string, output: Output): Promise<void> {
  const chalk = await colours();
  const paint = (line: string): string => (line.startsWith("---") || line.startsWith("+++") ? chalk.bold(line)
    : line.startsWith("@@") ? chalk.cyan(line)
      : line.startsWith("-") ? chalk.red(line)
        : line.startsWith("+") ? chalk.green(line) : line);
  output.out("");
  for (const line of diff.replace(/\n$/, "").split("\n")) output.out(paint(line));
}
