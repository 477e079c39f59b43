/**
 * Finds out which database servers answer before any test runs, tells the
 * suites through the environment (ATHANOR_TEST_SERVERS), and says clearly
 * what is skipped. With CI=true a missing server fails the run instead.
 */
import { serverUrls, probeServer } from "../helpers/servers.js";

export default async function setup(): Promise<void> {
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
}
