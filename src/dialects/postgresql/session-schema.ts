/**
 * A tenant's schema on PostgreSQL (the config's `schema`): the run's session puts it first on its search_path, so
 * unqualified names (the tables of revisions and models, the version and history tables) resolve and are created
 * there, and current_schema(), which introspection reads as the default schema, is it.
 *
 * public stays on the path after it: that is where CREATE EXTENSION usually puts its types, functions and operator
 * classes (citext, uuid-ossp, pg_trgm, PostGIS), which a tenant's columns and indexes use unqualified, as the
 * application's own `SET search_path TO tenant, public` does. Nothing is created in public (CREATE goes to the
 * first schema of the path) nor read from it by introspection or the version table lookup.
 */
import type { SessionSchemaSql } from "../dialect.js";
import { statement } from "../shared/syntax.js";
import { postgresSyntax } from "./quote.js";

export const postgresSessionSchema: SessionSchemaSql = {
  use: (schema) => {
    const path = schema === "public" ? ["public"] : [schema, "public"];
    // SET, not SET LOCAL: the session keeps it across the run's transactions (transactionPerMigration, revisions
    // outside any).
    return [statement(`SET search_path TO ${path.map((name) => postgresSyntax.quoteIdentifier(name)).join(", ")}`, [])];
  },
  create: (schema) => statement(`CREATE SCHEMA IF NOT EXISTS ${postgresSyntax.quoteIdentifier(schema)}`, []),
};
