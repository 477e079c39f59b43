/** `init` and `list-templates`: create a project's config, models and script directory. */
import { existsSync, readdirSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CONFIG_NAMES } from "../config/load.js";
import { UsageError } from "../errors.js";
import { TEMPLATES } from "./templates.js";

const TEMPLATE_ROOT = fileURLToPath(new URL("../../templates/", import.meta.url));
const SCRIPT_FILES = ["migrations/script.ts.tmpl", "migrations/README.md"];

const DIALECT_URLS: Readonly<Record<string, [string, string]>> = {
  sqlite: ["sqlite:///app.db", "sqlite:///analytics.db"],
  postgresql: ["postgresql://postgres@127.0.0.1:5432/app", "postgresql://postgres@127.0.0.1:5432/analytics"],
  mysql: ["mysql://root@127.0.0.1:3306/app", "mysql://root@127.0.0.1:3306/analytics"],
};

export interface InitOptions {
  readonly directory?: string;
  readonly template?: string;
  readonly dialect?: string;
  readonly cwd?: string;
}

export interface InitResult {
  readonly created: readonly string[];
  /** Files left alone because they already existed (models modules). */
  readonly kept: readonly string[];
}

export async function init(options: InitOptions = {}): Promise<InitResult> {
  const cwd = options.cwd ?? process.cwd();
  const spec = TEMPLATES[options.template ?? "generic"];
  if (!spec) throw new UsageError(`unknown template "${options.template}" (available: ${Object.keys(TEMPLATES).join(", ")})`);
  const urls = DIALECT_URLS[options.dialect ?? "sqlite"];
  if (!urls) throw new UsageError(`unknown dialect "${options.dialect}" (available: ${Object.keys(DIALECT_URLS).join(", ")})`);
  const directory = resolve(cwd, options.directory ?? "migrations");
  // Check everything before writing anything: a refused init leaves no trace.
  if (existsSync(directory) && readdirSync(directory).length > 0) {
    throw new UsageError(`directory ${directory} is not empty; choose another directory or empty it`);
  }
  const existingConfig = CONFIG_NAMES.map((name) => join(cwd, name)).find((path) => existsSync(path));
  if (existingConfig) throw new UsageError(`${existingConfig} already exists; this folder already has an athanor project`);

  const values = { url: urls[0], analyticsUrl: urls[1], migrations: relative(cwd, directory).split("\\").join("/") || "." };
  const created: string[] = [];
  const kept: string[] = [];
  for (const [target, source] of Object.entries(spec.files)) {
    const path = join(cwd, target);
    if (existsSync(path)) { kept.push(path); continue; }
    await writeFile(path, fill(await readTemplate(source), values), { flag: "wx" });
    created.push(path);
  }
  for (const sub of spec.scriptDirs) {
    const scriptDir = join(directory, sub);
    await mkdir(join(scriptDir, "versions"), { recursive: true });
    created.push(join(scriptDir, "versions") + "/");
    for (const file of SCRIPT_FILES) {
      const path = join(scriptDir, file.replace(/^migrations\//, ""));
      await writeFile(path, await readTemplate(`generic/${file}`), { flag: "wx" });
      created.push(path);
    }
  }
  return { created, kept };
}

async function readTemplate(relativePath: string): Promise<string> {
  return readFile(join(TEMPLATE_ROOT, relativePath), "utf8");
}

/** Only the init placeholders are filled; the revision template's own {{...}} stay. */
function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(url|analyticsUrl|migrations)\}\}/g, (_m, key: string) => values[key]!);
}
