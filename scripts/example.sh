#!/usr/bin/env bash
# The SQLite walk-through of the README: a new project, two hand-written
# revisions, upgrade, downgrade, printing each step. Needs no database server.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
migrate() { echo; echo "\$ migrate $*"; node "$root/bin/migrate.js" "$@"; }

work="${1:-$(mktemp -d "${TMPDIR:-/tmp}/athanor-example.XXXXXX")}"
mkdir -p "$work" && cd "$work"
echo "Example project in $work"

migrate init
first=$(node "$root/bin/migrate.js" -q revision -m "create users" --rev-id 1a2b3c4d5e6f)
echo; echo "\$ migrate revision -m \"create users\"   # wrote $first, filled in below"
# Fill in the empty upgrade/downgrade bodies the template left.
node - "$first" <<'JS'
const fs = require("node:fs");
const [path] = process.argv.slice(2);
let src = fs.readFileSync(path, "utf8");
src = src.replace('import type { Op } from "athanor";', 'import type { Op } from "athanor";\nimport { integer, varchar, boolean } from "athanor/schema";');
src = src.replace(/(upgrade\(op: Op\): Promise<void> \{\n)/, `$1  await op.createTable("users", {
    id: integer().primaryKey().autoIncrement(),
    email: varchar(255).notNull(),
    active: boolean().notNull().default(true),
  });
  await op.createIndex("ix_users_email", "users", ["email"], { unique: true });
  await op.bulkInsert("users", [{ email: "ada@example.com" }, { email: "alan@example.com" }]);`);
src = src.replace(/(downgrade\(op: Op\): Promise<void> \{\n)/, `$1  await op.dropTable("users");`);
fs.writeFileSync(path, src);
JS
cat "$first"

second=$(node "$root/bin/migrate.js" -q revision -m "add users.name" --rev-id 7f8e9d0c1b2a)
echo; echo "\$ migrate revision -m \"add users.name\"   # wrote $second, filled in below"
node - "$second" <<'JS'
const fs = require("node:fs");
const [path] = process.argv.slice(2);
let src = fs.readFileSync(path, "utf8");
src = src.replace('import type { Op } from "athanor";', 'import type { Op } from "athanor";\nimport { varchar } from "athanor/schema";');
src = src.replace(/(upgrade\(op: Op\): Promise<void> \{\n)/, `$1  await op.addColumn("users", "name", varchar(100));`);
src = src.replace(/(downgrade\(op: Op\): Promise<void> \{\n)/, `$1  await op.dropColumn("users", "name");`);
fs.writeFileSync(path, src);
JS

migrate history
migrate upgrade head --sql
migrate upgrade head
migrate current -v
echo; echo "\$ sqlite3 app.db .schema"; node -e '
const D = require(process.argv[1]); const db = new D("app.db", { readonly: true });
for (const r of db.prepare("select sql from sqlite_schema where sql is not null").all()) console.log(r.sql + ";");
console.log(db.prepare("select id, email, name, active from users").all());' "$root/node_modules/better-sqlite3"
migrate downgrade -1
migrate current
migrate downgrade base
migrate current
echo; echo "Done. The example project is in $work"
