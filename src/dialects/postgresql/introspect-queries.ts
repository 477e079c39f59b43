/**
 * The bulk pg_catalog queries behind PostgreSQL introspection: five per
 * call, whatever the number of tables. Each takes the same two parameters:
 * $1 the schema (NULL: current_schema()) and $2 a JSON array of table names
 * (NULL: every table). Table names travel as JSON because the connection
 * turns JS arrays into JSON text anyway (see shared/values.ts), and
 * jsonb_array_elements_text reads it back without any quoting of ours.
 *
 * Name arrays are cast to text[] so node-postgres parses them into JS arrays.
 */
import type { Statement } from "../dialect.js";

/** The tables to read: ordinary and partitioned tables (not their partitions) of the schema. */
const TARGET = `target AS (
  SELECT c.oid, c.relname, n.nspname
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = COALESCE($1::text, current_schema())
     AND c.relkind IN ('r', 'p') AND NOT c.relispartition
     AND ($2::jsonb IS NULL OR c.relname IN (SELECT jsonb_array_elements_text($2::jsonb))))`;

/**
 * The comment on a table (objsubid 0) or column, looked up through
 * pg_description's index. A LEFT JOIN instead lets the planner, which
 * guesses one row for pg_description, rescan all of it per column: a
 * nested loop of columns × comments, most of the cost of the whole read.
 */
const comment = (objoid: string, objsubid: string): string => `(SELECT d.description FROM pg_catalog.pg_description d
   WHERE d.objoid = ${objoid} AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = ${objsubid})`;

const TABLES = `WITH ${TARGET}
SELECT t.relname AS name, t.nspname AS schema, t.nspname = current_schema() AS is_default, ${comment("t.oid", "0")} AS comment
  FROM target t
 ORDER BY t.relname`;

/** owns_sequence: a serial column, whose sequence pg_depend ties to it with an 'a'uto dependency. */
const COLUMNS = `WITH ${TARGET}
SELECT t.relname AS table_name, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type_sql,
       ty.typname AS type_name, tn.nspname AS type_schema, ty.typtype AS type_type, NOT a.attnotnull AS nullable,
       pg_get_expr(ad.adbin, ad.adrelid) AS default_sql, a.attidentity AS identity, a.attgenerated AS generated,
       EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep JOIN pg_catalog.pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
                WHERE dep.classid = 'pg_catalog.pg_class'::regclass AND dep.refclassid = 'pg_catalog.pg_class'::regclass
                  AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum AND dep.deptype = 'a') AS owns_sequence,
       ${comment("t.oid", "a.attnum")} AS comment
  FROM target t
  JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
  JOIN pg_catalog.pg_namespace tn ON tn.oid = ty.typnamespace
  LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
 ORDER BY t.relname, a.attnum`;

/** Key columns by position through unnest ... WITH ORDINALITY, so composite keys keep their order. */
const keyColumns = (keys: string, rel: string): string => `ARRAY(
  SELECT a.attname FROM unnest(${keys}) WITH ORDINALITY k(attnum, ord)
    JOIN pg_catalog.pg_attribute a ON a.attrelid = ${rel} AND a.attnum = k.attnum ORDER BY k.ord)::text[]`;

/** Primary keys, uniques, foreign keys and checks. NOT NULL is a column property, not read here. */
const CONSTRAINTS = `WITH ${TARGET}
SELECT t.relname AS table_name, con.conname AS name, con.contype AS type,
       ${keyColumns("con.conkey", "con.conrelid")} AS columns,
       rn.nspname AS ref_schema, rc.relname AS ref_table,
       ${keyColumns("con.confkey", "con.confrelid")} AS ref_columns,
       con.confdeltype AS on_delete, con.confupdtype AS on_update,
       CASE WHEN con.contype = 'c' THEN pg_get_constraintdef(con.oid, true) END AS definition
  FROM target t
  JOIN pg_catalog.pg_constraint con ON con.conrelid = t.oid AND con.contype IN ('p', 'u', 'f', 'c')
  LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
  LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
 ORDER BY t.relname, con.conname`;

/**
 * Indexes that no constraint owns (the ones behind PRIMARY KEY, UNIQUE and
 * EXCLUDE are the constraints themselves). Per key column: the column's name,
 * or NULL plus its expression text from pg_get_indexdef for expression columns
 * (only for those: pg_get_indexdef is most of the query's cost).
 * INCLUDE columns (past indnkeyatts) are not key columns and are left out.
 */
const INDEXES = `WITH ${TARGET}
SELECT t.relname AS table_name, ic.relname AS name, i.indisunique AS is_unique,
       ARRAY(SELECT a.attname FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
               LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0
              WHERE k.ord <= i.indnkeyatts ORDER BY k.ord)::text[] AS columns,
       ARRAY(SELECT CASE WHEN i.indkey[k.ord - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k.ord::int, true) END
               FROM generate_series(1, i.indnkeyatts) k(ord) ORDER BY k.ord)::text[] AS definitions,
       pg_get_expr(i.indpred, i.indrelid, true) AS predicate
  FROM target t
  JOIN pg_catalog.pg_index i ON i.indrelid = t.oid
  JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
 WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                    WHERE con.conrelid = i.indrelid AND con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
 ORDER BY t.relname, ic.relname`;

/**
 * Enum types: every one in the schema (without a table filter), plus any a
 * column of the read tables uses (whatever its schema, for the column's values).
 */
const ENUMS = `WITH ${TARGET}, used AS (
  SELECT DISTINCT a.atttypid AS oid FROM target t
    JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped)
SELECT ty.typname AS name, n.nspname AS schema, n.nspname = current_schema() AS is_default,
       n.nspname = COALESCE($1::text, current_schema()) AS in_target,
       ARRAY(SELECT e.enumlabel FROM pg_catalog.pg_enum e WHERE e.enumtypid = ty.oid ORDER BY e.enumsortorder)::text[] AS labels
  FROM pg_catalog.pg_type ty JOIN pg_catalog.pg_namespace n ON n.oid = ty.typnamespace
 WHERE ty.typtype = 'e'
   AND (ty.oid IN (SELECT oid FROM used)
        OR ($2::jsonb IS NULL AND n.nspname = COALESCE($1::text, current_schema())))
 ORDER BY n.nspname, ty.typname`;

export interface TableRow { name: string; schema: string; is_default: boolean; comment: string | null }
export interface ColumnRow {
  table_name: string; name: string; type_sql: string; type_name: string; type_schema: string; type_type: string; nullable: boolean;
  default_sql: string | null; identity: string; generated: string; owns_sequence: boolean; comment: string | null;
}
export interface ConstraintRow {
  table_name: string; name: string; type: "p" | "u" | "f" | "c"; columns: string[];
  ref_schema: string | null; ref_table: string | null; ref_columns: string[];
  on_delete: string; on_update: string; definition: string | null;
}
export interface IndexRow {
  table_name: string; name: string; is_unique: boolean; columns: (string | null)[]; definitions: (string | null)[]; predicate: string | null;
}
export interface EnumRow { name: string; schema: string; is_default: boolean; in_target: boolean; labels: string[] }

export interface CatalogQueries {
  readonly tables: Statement;
  readonly columns: Statement;
  readonly constraints: Statement;
  readonly indexes: Statement;
  readonly enums: Statement;
}

export function catalogQueries(schema: string | null, tables: readonly string[] | null): CatalogQueries {
  const params = [schema, tables === null ? null : JSON.stringify(tables)];
  const at = (sql: string): Statement => ({ sql, params });
  return { tables: at(TABLES), columns: at(COLUMNS), constraints: at(CONSTRAINTS), indexes: at(INDEXES), enums: at(ENUMS) };
}
