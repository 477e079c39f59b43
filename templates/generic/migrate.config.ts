import { defineConfig } from "athanor";

// athanor configuration. Relative paths resolve against this file's folder.
// The URL can be overridden by the DATABASE_URL environment variable or --url.
export default defineConfig({
  url: "{{url}}",
  models: "./models.ts",             // module whose exported tables are the target schema
  migrations: "./{{migrations}}",    // script directory: script.ts.tmpl and versions/
  versionTable: "migrate_version",
  compareType: true,
  compareServerDefault: true,
  transactionPerMigration: false,    // false: one transaction for the whole run
  fileTemplate: "{rev}_{slug}",
  postWrite: [],                     // e.g. ["prettier --write {path}"]
});
