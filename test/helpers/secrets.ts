/**
 * The passwords tests put into database URLs, and the suite-wide check that
 * none of them was ever printed: every CLI run (test/helpers/project.ts)
 * appends its stdout and stderr to the file named by OUTPUT_LOG_ENV, and the
 * global setup's teardown (test/setup/servers.ts) fails the run when
 * findLeaks finds one of these in it. Use these constants wherever a test
 * writes a password into a URL, so the check covers it.
 */
import { appendFileSync, existsSync, readFileSync } from "node:fs";

export const TEST_PASSWORDS = Object.freeze({
  /** For hosts nothing listens on. */
  unreachable: "S3cretPw9",
  /** Inside URLs too malformed to parse. */
  malformed: "Hunter2pw",
  /** A wrong password the server refuses. */
  wrong: "Wr0ngPassw0rd",
  /** A password the server accepts (PostgreSQL on loopback trusts, whatever the password). */
  accepted: "Acc3ptedPw7x",
  /** In a `password=`-like query parameter. */
  query: "Qu3ryParamPw5",
});

export const ALL_TEST_PASSWORDS: readonly string[] = Object.values(TEST_PASSWORDS);

/** The environment variable naming the suite's output log (set by the global setup). */
export const OUTPUT_LOG_ENV = "ATHANOR_TEST_OUTPUT_LOG";

/** Appends one CLI run's output to the suite's log; its command line is logged with the passwords blanked. */
export function logOutput(args: readonly string[], stdout: string, stderr: string): void {
  const log = process.env[OUTPUT_LOG_ENV];
  if (!log) return;
  const command = ALL_TEST_PASSWORDS.reduce((text, pw) => text.split(pw).join("<pw>"), args.join(" "));
  appendFileSync(log, `### migrate ${command}\n${stdout}\n--- stderr\n${stderr}\n`);
}

/** The test passwords found in the log, each with the first line that shows it. */
export function findLeaks(logPath: string, passwords: readonly string[] = ALL_TEST_PASSWORDS): string[] {
  if (!existsSync(logPath)) return [];
  const lines = readFileSync(logPath, "utf8").split("\n");
  const leaks: string[] = [];
  for (const password of passwords) {
    for (const variant of new Set([password, encodeURIComponent(password)])) {
      const line = lines.find((l) => l.includes(variant));
      if (line !== undefined) leaks.push(`"${variant}" in: ${line.slice(0, 300)}`);
    }
  }
  return leaks;
}
