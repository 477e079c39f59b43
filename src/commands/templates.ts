/** The project templates `migrate init` can write (kept apart from init itself, so listing them loads nothing). */
export interface TemplateSpec {
  readonly description: string;
  /** target file (relative to the project) → template file (relative to templates/). */
  readonly files: Readonly<Record<string, string>>;
  /** Script directories below the init directory ("" is the directory itself). */
  readonly scriptDirs: readonly string[];
}

export const TEMPLATES: Readonly<Record<string, TemplateSpec>> = {
  generic: {
    description: "one database: migrate.config.ts, models.ts and a script directory",
    files: { "migrate.config.ts": "generic/migrate.config.ts", "models.ts": "generic/models.ts" },
    scriptDirs: [""],
  },
  multidb: {
    description: "several databases in one config (main, analytics), each with its own models and script directory; pick one with -n NAME",
    files: {
      "migrate.config.ts": "multidb/migrate.config.ts",
      "models.ts": "generic/models.ts",
      "analytics.models.ts": "multidb/analytics.models.ts",
    },
    scriptDirs: ["main", "analytics"],
  },
};

export function listTemplates(): { name: string; description: string }[] {
  return Object.entries(TEMPLATES).map(([name, spec]) => ({ name, description: spec.description }));
}
