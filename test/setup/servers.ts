/**
 * Finds out which database servers answer before any test runs, tells the
 * suites through the environment (ATHANOR_TEST_SERVERS), and says clearly
 * what is skipped. With CI=true a missing server fails the run instead.
 *
 * It also creates the log every CLI run of the suite appends its output to
 * (named by ATHANOR_TEST_OUTPUT_LOG, see test/helpers/secrets.ts), and its
 * teardown fails the run when a test password appears anywhere in it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findLeaks, OUTPUT_LOG_ENV } from "../helpers/secrets.js";
import { serverUrls, probeServer } from "../helpers/servers.js";

export default async function setup(): Promise<() => void> {
  const logDir = mkdtempSync(join(tmpdir(), "athanor-output-"));
  const log = join(logDir, "cli-output.log");
  process.env[OUTPUT_LOG_ENV] = log;
  const ci = process.env.CI === "true";
  const available: string[] = ["sqlite"];
  const missing: string[] = [];
  for (const [dialect, url] of Object.entries(serverUrls())) {
    const problem = await probeServer(dialect as "postgresql" | "mysql", url);
    if (problem === null) available.push(dialect);
    else missing.push(`${dialect} (${problem})`);
  }
  process.env.ATHANOR_TEST_SERVERS = available.join(",");
  if (missing.length > 0) {
    const message = `database servers not reachable: ${missing.join("; ")}`;
    if (ci) throw new Error(`${message}. CI=true requires the PostgreSQL and MySQL suites.`);
    process.stderr.write(
      `\n*** SKIPPING the ${missing.map((m) => m.split(" ")[0]).join(" and ")} suites: ${message}.\n` +
      "*** Start the servers (see .ci/run) or set ATHANOR_TEST_PG_URL / ATHANOR_TEST_MYSQL_URL to run them.\n\n");
  } else {
    process.stderr.write(`\nTesting against: ${available.join(", ")}\n\n`);
  }
  return () => {
    const leaks = findLeaks(log);
    if (leaks.length > 0) {
      // vitest reports an error thrown here but still exits 0: set the exit code too. The log is kept for a look.
      process.exitCode = 1;
      throw new Error(`a test password was printed by the CLI (log: ${log}):\n${leaks.join("\n")}`);
    }
    rmSync(logDir, { recursive: true, force: true });
  };
}
