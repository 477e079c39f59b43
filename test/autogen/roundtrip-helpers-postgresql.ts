/**
 * The PostgreSQL round-trip harness: builds models in a scratch schema with
 * the ops autogenerate would emit from an empty database, reads the catalog
 * back and compares it with the models exactly as produce.ts does (stored
 * form, equivalence, the database asked about defaults), plus the proposed
 * canonicalExpressions pass. Each case gets a schema of its own through
 * search_path, so "no schema" means that case's schema.
 */
import { compareSchemas, type CompareOptions } from "../../src/autogenerate/compare.js";
import { confirmDefaultChanges } from "../../src/autogenerate/confirm-defaults.js";
import type { Connection, QueryFn } from "../../src/dialects/dialect.js";
import { postgresqlDialect } from "../../src/dialects/postgresql/index.js";
import type { Operation } from "../../src/operations/operation.js";
import type { EnumType, Schema, Table } from "../../src/schema/ir.js";
import { apply } from "../dialects/fixtures.js";

export const EMPTY: Schema = { tables: [], enums: [] };
const comparison = postgresqlDialect.comparison;

export const compareOptions: CompareOptions = {
  compareType: true,
  compareServerDefault: true,
  equivalence: comparison.equivalence,
  enumTypes: comparison.enumTypes,
  batchAlterations: comparison.rebuildsTables,
};

export const schemaOf = (tables: readonly Table[], enums: readonly EnumType[] = []): Schema => ({ tables, enums });

export class RoundTrip {
  readonly query: QueryFn;

  constructor(readonly conn: Connection) {
    this.query = (statement) => conn.query(statement);
  }

  async run(...sqls: string[]): Promise<void> {
    for (const text of sqls) await this.conn.execute({ sql: text, params: [] });
  }

  /** A fresh schema that unqualified names resolve to from now on (plus any extra schemas the case names). */
  async useSchema(name: string, ...extra: string[]): Promise<void> {
    await this.run(`CREATE SCHEMA "${name}"`, ...extra.map((s) => `CREATE SCHEMA IF NOT EXISTS "${s}"`), `SET search_path TO "${name}"`);
  }

  /** What the first autogenerate against an empty database would create, run as a revision would. */
  async build(models: Schema): Promise<Operation[]> {
    const ops = compareSchemas(EMPTY, comparison.storedForm(models), compareOptions);
    await apply(this.conn, ...ops);
    return ops;
  }

  /** The current schema plus every schema the models name, as one Schema. */
  async introspect(models: Schema): Promise<Schema> {
    const schemas = new Set<string>();
    for (const t of models.tables) if (t.schema) schemas.add(t.schema);
    for (const e of models.enums) if (e.schema) schemas.add(e.schema);
    const parts = [await postgresqlDialect.introspect(this.query)];
    for (const schema of schemas) parts.push(await postgresqlDialect.introspect(this.query, { schema }));
    return { tables: parts.flatMap((p) => p.tables), enums: parts.flatMap((p) => p.enums) };
  }

  /**
   * The ops produce.ts would make: introspect, stored form, (optionally) the
   * canonicalExpressions pass, compare, then the defaults the database
   * confirms equal taken out.
   */
  async diff(models: Schema, options: { canonical?: boolean } = {}): Promise<Operation[]> {
    const database = await this.introspect(models);
    let target = comparison.storedForm(models);
    const canonical = (comparison as { canonicalExpressions?: Canonicalise }).canonicalExpressions;
    if (options.canonical !== false && canonical) target = await canonical(this.query, target, database);
    const ops = compareSchemas(database, target, compareOptions);
    return confirmDefaultChanges(ops, target, comparison, this.query);
  }

  async apply(ops: readonly Operation[]): Promise<void> {
    await apply(this.conn, ...ops);
  }
}

type Canonicalise = (query: QueryFn, models: Schema, database: Schema) => Promise<Schema>;
