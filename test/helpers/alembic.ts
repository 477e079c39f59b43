/**
 * A throwaway Alembic project on disk, driven through the real `alembic`
 * (Debian's python3-alembic, which .ci/run installs), for the takeover test:
 * Alembic builds a database, athanor takes it over, and both must agree on
 * where it stands.
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { DialectName } from "../../src/dialects/dialect.js";
import type { CliResult } from "./project.js";

const execFileAsync = promisify(execFile);

/** The Python modules Alembic needs to reach each dialect (SQLite's driver comes with Python). */
const DRIVERS: Record<DialectName, readonly string[]> = {
  postgresql: ["psycopg2"],
  mysql: ["pymysql"],
  sqlite: [],
};

/**
 * `python3` first; then Debian's own interpreter, which is where apt installs python3-alembic when `python3` on
 * the PATH is another one (pyenv, a virtualenv). ATHANOR_TEST_PYTHON names one explicitly.
 */
const CANDIDATES = [process.env.ATHANOR_TEST_PYTHON, "python3", "/usr/bin/python3"].filter((p): p is string => Boolean(p));

const found = new Map<DialectName, string | null>();

/** A Python that imports alembic and the dialect's driver, or null. */
export function alembicPython(dialect: DialectName): string | null {
  if (!found.has(dialect)) {
    const modules = ["alembic", ...DRIVERS[dialect]].join(", ");
    const python = CANDIDATES.find((candidate) =>
      spawnSync(candidate, ["-c", `import ${modules}`], { stdio: "ignore", timeout: 30_000 }).status === 0) ?? null;
    found.set(dialect, python);
  }
  return found.get(dialect)!;
}

/** For describe.skipIf: true when Alembic (or its driver) is missing and CI is not "true"; in CI the suite runs and fails. */
export function skipWithoutAlembic(dialect: DialectName): boolean {
  return alembicPython(dialect) === null && process.env.CI !== "true";
}

/** athanor's URL spelled for SQLAlchemy: the same database, through the driver Debian packages. */
export function sqlalchemyUrl(url: string): string {
  return url.replace(/^postgres(ql)?:\/\//, "postgresql+psycopg2://").replace(/^(mysql|mariadb):\/\//, "mysql+pymysql://");
}

export interface AlembicRevision {
  readonly id: string;
  readonly down: string | null;
  readonly message: string;
  /** Body lines of upgrade() and downgrade(), indented by four spaces; none means `pass`. */
  readonly upgrade?: readonly string[];
  readonly downgrade?: readonly string[];
}

export class AlembicProject {
  readonly dir: string;
  readonly sqlalchemyUrl: string;
  private readonly python: string;

  constructor(readonly dialect: DialectName, url: string) {
    const python = alembicPython(dialect);
    if (python === null) {
      throw new Error(`no Python with alembic and ${DRIVERS[dialect].join(", ") || "sqlite3"} (tried ${CANDIDATES.join(", ")}): `
        + "install python3-alembic, python3-psycopg2 and python3-pymysql (.ci/run does)");
    }
    this.python = python;
    this.sqlalchemyUrl = sqlalchemyUrl(url);
    this.dir = mkdtempSync(join(tmpdir(), "athanor-alembic-"));
  }

  /** `alembic init alembic`, then points alembic.ini at the database. */
  async init(): Promise<void> {
    await this.ok(["init", "alembic"]);
    const ini = join(this.dir, "alembic.ini");
    const text = readFileSync(ini, "utf8");
    // configparser interpolates %: a password with one in it must be doubled.
    const replaced = text.replace(/^sqlalchemy\.url = .*$/m, `sqlalchemy.url = ${this.sqlalchemyUrl.replaceAll("%", "%%")}`);
    if (replaced === text) throw new Error(`no sqlalchemy.url line in ${ini}`);
    writeFileSync(ini, replaced);
  }

  /** A hand-written revision file, as an Alembic user keeps them in alembic/versions. */
  writeRevision(rev: AlembicRevision): string {
    const body = (lines: readonly string[] | undefined): string => (lines?.length ? lines.join("\n") : "    pass");
    const source = [
      `"""${rev.message}`,
      "",
      `Revision ID: ${rev.id}`,
      `Revises: ${rev.down ?? ""}`,
      "Create Date: 2024-05-01 12:00:00.000000",
      "",
      '"""',
      "from alembic import op",
      "import sqlalchemy as sa",
      "",
      "",
      "# revision identifiers, used by Alembic.",
      `revision = "${rev.id}"`,
      `down_revision = ${rev.down === null ? "None" : `"${rev.down}"`}`,
      "branch_labels = None",
      "depends_on = None",
      "",
      "",
      "def upgrade() -> None:",
      body(rev.upgrade),
      "",
      "",
      "def downgrade() -> None:",
      body(rev.downgrade),
      "",
    ].join("\n");
    const path = join(this.dir, "alembic/versions", `${rev.id}_${rev.message.toLowerCase().replace(/\W+/g, "_")}.py`);
    writeFileSync(path, source);
    return path;
  }

  /** `python3 -m alembic ARGS` in the project folder, to its end. */
  async run(args: readonly string[]): Promise<CliResult> {
    try {
      const { stdout, stderr } = await execFileAsync(this.python, ["-m", "alembic", ...args], {
        cwd: this.dir, env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" }, maxBuffer: 16 * 1024 * 1024,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
    }
  }

  async ok(args: readonly string[]): Promise<CliResult> {
    const result = await this.run(args);
    if (result.code !== 0) {
      throw new Error(`alembic ${args.join(" ")} exited ${result.code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
    }
    return result;
  }

  /** The revision ids `alembic current` printed, each with "(head)" when Alembic marks it so. */
  async current(): Promise<string[]> {
    const { stdout } = await this.ok(["current"]);
    return stdout.split("\n").map((line) => line.trim()).filter((line) => /^[0-9a-z_]+( \(head\))?$/i.test(line)).sort();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
