/** Reading several schemas of one database as one Schema (autogenerate's models in other schemas, pull --schema). */
import type { Connection, QueryFn } from "../dialects/dialect.js";
import type { Schema } from "../schema/ir.js";
import { tableKey } from "./compare.js";

/**
 * Each named schema read with the dialect's fixed set of bulk queries, after `first` (the connection's own schema,
 * already read) if given, or the connection's own schema when none is named; a table or enum met twice counts once
 * (the connection's own schema named explicitly reads back as schema null, as a model without `schema`).
 */
export async function readSchemas(connection: Connection, schemas: readonly string[], first?: Schema): Promise<Schema> {
  const query: QueryFn = (statement) => connection.query(statement);
  const start = first ?? (schemas.length === 0 ? await connection.dialect.introspect(query) : { tables: [], enums: [] });
  const seen = new Set(start.tables.map((t) => tableKey(t)));
  const tables = [...start.tables];
  const enums = [...start.enums];
  for (const schema of new Set(schemas)) {
    const read = await connection.dialect.introspect(query, { schema });
    for (const table of read.tables) if (!seen.has(tableKey(table))) { seen.add(tableKey(table)); tables.push(table); }
    for (const e of read.enums) if (!enums.some((x) => x.name === e.name && x.schema === e.schema)) enums.push(e);
  }
  return { tables, enums };
}
