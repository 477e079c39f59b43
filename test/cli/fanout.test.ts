/**
 * A fleet of databases in one config (a config function listing its tenants
 * from a file, as one would from a catalog table): 20 SQLite databases and 3
 * PostgreSQL ones, migrated with --jobs. One PostgreSQL tenant already has the
 * table revision r2 creates, so r2 fails there only. The others must reach
 * head, the failed one stay at r1 (a revision boundary: one transaction per
 * revision), the summary and the exit status say so, and the runs really
 * overlap: every r1 counts the r1s running at that moment in the process.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { query, tablesOf, versionRows } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project } from "../helpers/project.js";
import { runOnTerminal } from "../helpers/pty.js";

const SQLITE_COUNT = 20;
const FAILING = "pg_b";

/** r1 records how many r1s run at once (up to 200 ms for a second one to arrive), in peaks.txt. */
const PEAK_PROBE = `
  const g = globalThis as unknown as { fanoutActive?: number };
  g.fanoutActive = (g.fanoutActive ?? 0) + 1;
  let peak = g.fanoutActive;
  for (let waited = 0; waited < 200 && peak < 2; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    peak = Math.max(peak, g.fanoutActive);
  }
  if (process.env.FANOUT_PEAKS) appendFileSync(process.env.FANOUT_PEAKS, peak + "\\n");
  g.fanoutActive -= 1;
`;

describe.skipIf(await skipWithoutServer("postgresql"))("a fleet of databases with --jobs", () => {
  let project: Project;
  let pg: ScratchDatabase[] = [];
  const names: string[] = [];
  const urls = new Map<string, string>();
  const peaks = (): number[] => readFileSync(join(project.dir, "peaks.txt"), "utf8").split("\n").filter(Boolean).map(Number);
  const env = (): Record<string, string> => ({ FANOUT_PEAKS: join(project.dir, "peaks.txt") });
  const dialectOf = (name: string): "postgresql" | "sqlite" => (name.startsWith("pg_") ? "postgresql" : "sqlite");

  beforeAll(async () => {
    pg = await Promise.all(["pg_a", "pg_b", "pg_c"].map(() => createScratchDatabase("postgresql")));
    project = new Project("", {
      config: [
        'import { readFileSync } from "node:fs";',
        "// The tenants are listed at run time, as a config would read them from a catalog table.",
        "export default async () => {",
        '  const tenants = JSON.parse(readFileSync(new URL("./tenants.json", import.meta.url), "utf8")) as [string, string][];',
        "  return { databases: Object.fromEntries(tenants.map(([name, url]) =>",
        '    [name, { url, migrations: "./migrations", transactionPerMigration: true, lockTimeout: 30 }])) };',
        "};",
        "",
      ].join("\n"),
    });
    ["pg_a", "pg_b", "pg_c"].forEach((name, i) => { names.push(name); urls.set(name, pg[i]!.url); });
    for (let i = 1; i <= SQLITE_COUNT; i++) {
      const name = `sqlite_${String(i).padStart(2, "0")}`;
      names.push(name);
      urls.set(name, `sqlite:///${join(project.dir, `${name}.db`)}`);
    }
    writeFileSync(join(project.dir, "tenants.json"), JSON.stringify(names.map((n) => [n, urls.get(n)])));
    const imports = 'import { appendFileSync } from "node:fs";';
    project.writeRevision({ id: "r1", message: "accounts", imports,
      upgrade: `${PEAK_PROBE}\n  await op.execute("CREATE TABLE accounts (id integer PRIMARY KEY)");`,
      downgrade: '  await op.execute("DROP TABLE accounts");' });
    project.writeRevision({ id: "r2", down: "r1", message: "invoices",
      upgrade: '  await op.execute("CREATE TABLE invoices (id integer PRIMARY KEY)");',
      downgrade: '  await op.execute("DROP TABLE invoices");' });
    project.writeRevision({ id: "r3", down: "r2", message: "payments", imports: 'import { existsSync } from "node:fs";',
      // Something else writing to stderr while the live display is up (see the terminal test).
      upgrade: '  if (existsSync("shout")) console.error("r3 says hello");\n  await op.execute("CREATE TABLE payments (id integer PRIMARY KEY)");',
      downgrade: '  await op.execute("DROP TABLE payments");' });
    await query(urls.get(FAILING)!, "CREATE TABLE invoices (id integer PRIMARY KEY)");
  }, 60_000);

  afterAll(async () => {
    await Promise.all(pg.map((db) => db.drop()));
    project?.remove();
  });

  it("runs up to N at once; a failure stops its own database only, at a boundary; exit 1 and a summary", async () => {
    const result = await project.run(["upgrade", "--jobs", "4"], env());
    expect(result.code, result.stderr).toBe(1);
    for (const name of names) {
      expect(await versionRows(dialectOf(name), urls.get(name)!), name).toEqual(name === FAILING ? ["r1"] : ["r3"]);
    }
    // r1 stayed (committed on its own), r2 rolled back: the database is at the boundary after r1.
    expect(await tablesOf("postgresql", urls.get(FAILING)!)).toEqual(["accounts", "invoices", "migrate_history", "migrate_version"]);
    // Several databases ran at once, never more than --jobs.
    expect(Math.max(...peaks())).toBeGreaterThanOrEqual(2);
    expect(Math.max(...peaks())).toBeLessThanOrEqual(4);

    const stdout = result.stdout.split("\n").filter(Boolean);
    expect(stdout[0]).toMatch(/^upgrade: 23 databases, 22 ok, 1 failed, 0 not started; 67 revisions applied; [\d.]+s with --jobs 4$/);
    expect(stdout).toContain("  22 ok at r3");
    const failure = stdout.find((line) => line.startsWith(`  [${FAILING}] FAILED`));
    expect(failure).toMatch(/FAILED, in r2, stopped at r1 \(a revision boundary\), 1 applied before it \([\d.]+s\): upgrade of revision r2 failed .*invoices.* already exists/);
    // Every progress line says which database it is about.
    const stderr = result.stderr.split("\n").filter(Boolean);
    expect(stderr.length).toBeGreaterThan(names.length);
    for (const line of stderr) expect(names, line).toContain(/^\[([^\]]+)\] /.exec(line)?.[1]);
    expect(stderr).toContain(`[sqlite_07] Running upgrade r1 -> r2, invoices`);
    expect(stderr.filter((line) => line.startsWith(`[${FAILING}] error: upgrade of revision r2 failed`))).toHaveLength(1);
  }, 60_000);

  it("the programmatic API returns the failure in the report instead of throwing", async () => {
    const { upgrade } = await import("../../src/commands/migrate.js");
    const report = await upgrade({ cwd: project.dir, jobs: 3 });
    expect(report.ok).toBe(false);
    expect(report.totals).toEqual({ databases: 23, ok: 22, failed: 1, notStarted: 0, revisionsApplied: 0 });
    const failed = report.databases.find((db) => db.status === "failed")!;
    expect(failed).toMatchObject({ database: FAILING, startRows: ["r1"], endRows: ["r1"], steps: [], atBoundary: true,
      error: { kind: "MigrationError", revision: "r2" } });
    expect(failed.error!.message).toMatch(/already exists/);
    expect(report.databases.map((db) => db.database)).toEqual(names);
    // Plain data: what a JSON summary prints.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  }, 60_000);

  it("downgrades the fleet; --fail-fast starts no more after a failure; -q keeps results and errors", async () => {
    const down = await project.run(["downgrade", "base", "--jobs", "4", "-q"], env());
    expect(down.code, down.stderr).toBe(0);
    expect(down.stderr).toBe("");
    expect(down.stdout.split("\n")[0]).toMatch(/^downgrade: 23 databases, 23 ok, 0 failed, 0 not started; 67 revisions applied/);
    for (const name of names) expect(await versionRows(dialectOf(name), urls.get(name)!), name).toEqual([]);

    const result = await project.run(["upgrade", "--jobs", "2", "--fail-fast", "-q"], env());
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(new RegExp(`^\\[${FAILING}\\] error: upgrade of revision r2 failed`))]);
    const totals = /^upgrade: 23 databases, (\d+) ok, 1 failed, (\d+) not started/.exec(result.stdout);
    expect(totals, result.stdout).not.toBeNull();
    const notStarted = Number(totals![2]);
    expect(notStarted).toBeGreaterThan(0);
    expect(Number(totals![1]) + 1 + notStarted).toBe(23);
    expect(result.stdout).toMatch(/not started \(--fail-fast\): .*sqlite_20|and \d+ more/);
    // The databases not started are untouched (still at base); the tail of the config order is among them.
    expect(await versionRows("sqlite", urls.get("sqlite_20")!)).toEqual([]);
    expect(await versionRows("postgresql", urls.get(FAILING)!)).toEqual(["r1"]);
  }, 60_000);

  it("current reads up to --jobs databases at once and prints them in config order", async () => {
    const result = await project.ok(["current", "--jobs", "4"]);
    const headers = result.stdout.split("\n").filter((line) => line.startsWith("["));
    expect(headers).toEqual(names.map((name) => `[${name}]`));
  }, 30_000);

  it("a bad option or target is one line, exit 1, and nothing runs", async () => {
    const jobs = await project.run(["upgrade", "--jobs", "two"], env());
    expect(jobs.code).toBe(1);
    expect(jobs.stderr.trim()).toBe("error: --jobs two: expected a whole number of at least 1");
    const target = await project.run(["upgrade", "nosuchrev", "--jobs", "4"], env());
    expect(target.code).toBe(1);
    expect(target.stderr.trim().split("\n")).toHaveLength(1);
    expect(target.stderr).toMatch(/^error: .*nosuchrev/);
    expect(target.stdout).toBe("");
    // Left at base by --fail-fast above: a run would have moved it.
    expect(await versionRows("sqlite", urls.get("sqlite_20")!)).toEqual([]);
  }, 30_000);

  it("on a terminal, a live display redrawn in place that leaves only the lasting lines behind", async () => {
    writeFileSync(join(project.dir, "shout"), "");
    const result = await runOnTerminal(project.dir, ["upgrade", "--jobs", "4"], [], 60_000);
    expect(result.code).toBe(1);
    expect(result.transcript).toMatch(/upgrade: \d+ done, \d+ running, \d+ failed, \d+ left of 23 \(--jobs 4\), 0:\d\d/);
    expect(result.transcript).toMatch(/\n {2}\[sqlite_\d\d\] (connecting|r\d -> r\d)/);
    expect(result.transcript).toContain("\x1b[J");
    // Replaying the cursor movements leaves the lasting lines on the screen, whole, and nothing of the display.
    const screen = replay(result.transcript);
    const shouts = screen.filter((line) => line === "r3 says hello").length;
    expect(shouts).toBeGreaterThan(0);
    expect(screen.filter((line) => line !== "r3 says hello"))
      .toEqual([expect.stringMatching(new RegExp(`^\\[${FAILING}\\] error: upgrade of revision r2 failed`))]);
    expect(result.stdout.split("\n")[0]).toMatch(/^upgrade: 23 databases, 22 ok, 1 failed, 0 not started/);
  }, 60_000);
});

/** A terminal of unbounded width: text, \n, \r, cursor up (ESC [ n A), erase to the end of the screen (ESC [ J). */
function replay(transcript: string): string[] {
  const screen: string[] = [""];
  let row = 0;
  let col = 0;
  for (let i = 0; i < transcript.length; i++) {
    const ch = transcript[i]!;
    if (ch === "\x1b") {
      const m = /^\x1b\[(\d*)([AJ])/.exec(transcript.slice(i));
      if (!m) throw new Error(`unexpected escape sequence at ${JSON.stringify(transcript.slice(i, i + 10))}`);
      if (m[2] === "A") row = Math.max(0, row - Number(m[1] || "1"));
      else {
        screen[row] = screen[row]!.slice(0, col);
        screen.length = row + 1;
      }
      i += m[0].length - 1;
    } else if (ch === "\n") {
      row += 1;
      col = 0;
      while (screen.length <= row) screen.push("");
    } else if (ch === "\r") {
      col = 0;
    } else {
      const line = screen[row]!.padEnd(col);
      screen[row] = line.slice(0, col) + ch + line.slice(col + 1);
      col += 1;
    }
  }
  return screen.filter((line) => line !== "");
}
