/**
 * Passwords never printed: a password in DATABASE_URL, in --url and in the
 * config's url (and in a `password=` query parameter), for a connection that
 * fails and one that succeeds, across upgrade / current / history / check /
 * --sql runs, errors and --raiseerr traces, and in generated revision files.
 * Besides the checks here, every CLI run of the suite is logged and the
 * global teardown fails the run if a test password appears in that log.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectCleanError } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project, type CliResult } from "../helpers/project.js";
import { ALL_TEST_PASSWORDS, findLeaks, TEST_PASSWORDS } from "../helpers/secrets.js";

const { unreachable: PW, accepted: PW_OK, query: PW_QUERY } = TEST_PASSWORDS;

type Source = "DATABASE_URL" | "--url" | "config";

/** Runs `args` with the URL given by `source`. */
function runWith(project: Project, url: string, source: Source, args: string[]): Promise<CliResult> {
  if (source === "DATABASE_URL") return project.run(args, { DATABASE_URL: url });
  if (source === "--url") return project.run([...args, "--url", url]);
  return project.run(args);
}

function configWith(url: string | null, extra = ""): string {
  return `export default { ${url ? `url: ${JSON.stringify(url)}, ` : ""}migrations: "./migrations"${extra} };\n`;
}

function expectNoPassword(result: CliResult, context: string): void {
  for (const pw of ALL_TEST_PASSWORDS) {
    expect(result.stdout + result.stderr, `${context}: printed ${pw}`).not.toContain(pw);
  }
}

/** Every file of the project but its config (which holds the URL on purpose) is free of passwords. */
function expectCleanFiles(project: Project): void {
  for (const file of project.files()) {
    const text = readFileSync(join(project.dir, "migrations/versions", file), "utf8");
    for (const pw of ALL_TEST_PASSWORDS) expect(text, `${file} holds ${pw}`).not.toContain(pw);
  }
}

const OFFLINE = [["upgrade", "head", "--sql"], ["downgrade", "5ec000000002:base", "--sql"], ["stamp", "head", "--sql"]];
const ONLINE = [["upgrade", "head"], ["current"], ["history", "-v"], ["history", "-i"], ["check"], ["upgrade", "head", "--raiseerr"]];

function writeRevisions(project: Project): void {
  project.writeRevision({ id: "5ec000000001", down: null, upgrade: '  await op.createTable("s1", { id: integer().primaryKey(), name: varchar(20) });',
    downgrade: '  await op.dropTable("s1");' });
  project.writeRevision({ id: "5ec000000002", down: "5ec000000001", upgrade: '  await op.bulkInsert("s1", [{ id: 1, name: "x" }]);',
    downgrade: '  await op.execute("DELETE FROM s1");' });
}

const MODELS = 'import { table, integer, varchar } from "athanor/schema";\nexport const s1 = table("s1", { id: integer().primaryKey(), name: varchar(20) });\n';

describe("a connection that fails (unreachable host)", () => {
  const url = `postgresql://u:${PW}@127.0.0.1:1/x?application_name=a&password=${PW_QUERY}`;
  for (const source of ["DATABASE_URL", "--url", "config"] as const) {
    it(`password in ${source}`, async () => {
      const project = new Project(url, { config: configWith(source === "config" ? url : null, ', models: "./models.ts"') });
      try {
        writeRevisions(project);
        writeFileSync(join(project.dir, "models.ts"), MODELS);
        for (const args of ONLINE) {
          const result = await runWith(project, url, source, args);
          const context = `${source}: migrate ${args.join(" ")}`;
          expectNoPassword(result, context);
          if (args.includes("--raiseerr")) expect(result.code, context).toBe(1);
          else if (args.join(" ") === "history -v") expect(result.stderr, context).toContain("applied dates unavailable: cannot connect to postgresql://u:***@127.0.0.1:1/x");
          else expect(expectCleanError(result), context).toContain("127.0.0.1:1");
        }
        for (const args of OFFLINE) expectNoPassword(await runWith(project, url, source, args), `${source}: migrate ${args.join(" ")}`);
      } finally {
        project.remove();
      }
    });
  }

  it("a config that fails to load with its URL in the error", async () => {
    const project = new Project(url, { config: `const url = ${JSON.stringify(url)};\nthrow new Error("cannot use " + url);\n` });
    try {
      const line = expectCleanError(await project.run(["current"]), [PW, PW_QUERY]);
      expect(line).toContain("cannot use postgresql://u:***@127.0.0.1:1/x");
    } finally {
      project.remove();
    }
  });
});

describe.skipIf(await skipWithoutServer("postgresql"))("a connection that succeeds (PostgreSQL trusts loopback, whatever the password)", () => {
  let db: ScratchDatabase;
  let url: string;
  beforeAll(async () => {
    db = await createScratchDatabase("postgresql");
    const parsed = new URL(db.url);
    parsed.password = PW_OK;
    parsed.searchParams.set("password", PW_QUERY);
    url = parsed.toString();
  });
  afterAll(async () => { await db?.drop(); });

  for (const source of ["DATABASE_URL", "--url", "config"] as const) {
    it(`password in ${source}`, async () => {
      const project = new Project(url, { config: configWith(source === "config" ? url : null, ', models: "./models.ts"') });
      try {
        writeRevisions(project);
        writeFileSync(join(project.dir, "models.ts"), MODELS);
        for (const args of [...ONLINE, ...OFFLINE, ["revision", "--autogenerate", "-m", "secret check"], ["downgrade", "base"]]) {
          const result = await runWith(project, url, source, args);
          const context = `${source}: migrate ${args.join(" ")}`;
          expectNoPassword(result, context);
          expect(result.code, `${context}\n${result.stderr}`).toBe(0);
        }
        expectCleanFiles(project);
        // A failing revision's error, and the stack trace of --raiseerr.
        project.writeRevision({ id: "5ec000000003", down: "5ec000000002", upgrade: '  await op.execute("SELECT no_such_column FROM s1");' });
        rmSync(join(project.dir, "migrations/versions", project.files().find((f) => f.includes("secret_check"))!));
        for (const args of [["upgrade", "head"], ["upgrade", "head", "--raiseerr"]]) {
          const result = await runWith(project, url, source, args);
          expect(result.code).toBe(1);
          expect(result.stderr).toContain("no_such_column");
          expectNoPassword(result, `${source}: failing migrate ${args.join(" ")}`);
        }
        await runWith(project, url, source, ["downgrade", "base"]);
      } finally {
        project.remove();
      }
    });
  }
});

describe("the suite-wide check", () => {
  it("finds a password in the log, also percent-encoded, and nothing in a clean one", () => {
    const dir = mkdtempSync(join(tmpdir(), "athanor-leaks-"));
    try {
      const log = join(dir, "log");
      writeFileSync(log, "### migrate current\nerror: cannot connect to postgresql://u:***@h/x\n");
      expect(findLeaks(log)).toEqual([]);
      writeFileSync(log, `ok\nurl=postgresql://u:${encodeURIComponent("p@ss word")}@h/x\n`, { flag: "a" });
      expect(findLeaks(log, ["p@ss word"])).toEqual([expect.stringContaining("p%40ss%20word")]);
      expect(readdirSync(dir)).toEqual(["log"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
