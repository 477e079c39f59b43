/**
 * V8 flags a process sets at run time. V8 refuses code-cache data made under
 * other flags (they are part of its check), so compile.ts names its cache
 * files after the flags in effect: the CLI, which raises the optimization
 * budget, and a program using the API each keep their own data instead of
 * replacing each other's on every run.
 */
import { setFlagsFromString } from "node:v8";

const setAtRunTime: string[] = [];

/** Sets V8 flags for the rest of this process (the CLI's own tuning; library code never calls it). */
export function setV8Flags(flags: string): void {
  setFlagsFromString(flags);
  setAtRunTime.push(flags);
}

/** The V8-relevant options of this process: its command line's and those set at run time. */
export function v8FlagsInEffect(): readonly string[] {
  return [...process.execArgv, ...setAtRunTime];
}
