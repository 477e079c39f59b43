// The online runs' second floor: Node and the driver athanor uses, applying the offline SQL read from stdin
// statement by statement (one round trip each, as the database's own client does), and nothing else. What
// athanor takes beyond this is its own; what this takes beyond the client is Node's and the driver's.
//   node bench/lib/driver-apply.js <dialect> <url> < script.sql
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { ROOT } from "./project.js";

const require = createRequire(`${ROOT}/package.json`);
const [dialect, url] = process.argv.slice(2);
// athanor's offline scripts end every statement with ";" at the end of a line, and put comments on lines of
// their own; nothing else in them (the benchmark's revisions hold no string with ";\n") ends a line that way.
const statements = readFileSync(0, "utf8").split(/;\n/)
  .map((text) => text.split("\n").filter((line) => !line.startsWith("--")).join("\n").trim())
  .filter((text) => text.length > 0);

const clients = {
  postgresql: async () => {
    const client = new (require("pg").Client)({ connectionString: url });
    await client.connect();
    return { run: (sql) => client.query(sql), close: () => client.end() };
  },
  mysql: async () => {
    const connection = await require("mysql2/promise").createConnection(url);
    return { run: (sql) => connection.query(sql), close: () => connection.end() };
  },
  sqlite: async () => {
    const db = new (require("better-sqlite3"))(url.replace(/^sqlite:\/\//, ""));
    return { run: async (sql) => db.exec(sql), close: async () => db.close() };
  },
};

const client = await clients[dialect]();
for (const sql of statements) await client.run(sql);
await client.close();
