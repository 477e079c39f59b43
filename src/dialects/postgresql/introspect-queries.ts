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

/**
 * The tables to read: ordinary and partitioned tables of the schema, partitions
 * included (a partition is a table whose columns are its parent's).
 * is_child: a partition or an INHERITS child, whose inherited columns and
 * constraints are the parent's, not its own.
 */
const TARGET = `target AS (
  SELECT c.oid, c.relname, n.nspname, c.relispartition, c.relkind, c.relpersistence, c.reloptions, c.relpartbound,
         (c.relispartition OR EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = c.oid)) AS is_child
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = COALESCE($1::text, current_schema())
     AND c.relkind IN ('r', 'p')
     AND ($2::jsonb IS NULL OR c.relname IN (SELECT jsonb_array_elements_text($2::jsonb))))`;

/** A name as the catalog would print it: bare when the search path finds it, else schema-qualified. */
const visibleName = (name: string, schema: string, visible: string): string =>
  `CASE WHEN ${visible} THEN ${name} ELSE ${schema} || '.' || ${name} END`;

/**
 * The comment on a table (objsubid 0) or column, looked up through
 * pg_description's index. A LEFT JOIN instead lets the planner, which
 * guesses one row for pg_description, rescan all of it per column: a
 * nested loop of columns × comments, most of the cost of the whole read.
 */
const comment = (objoid: string, objsubid: string): string => `(SELECT d.description FROM pg_catalog.pg_description d
   WHERE d.objoid = ${objoid} AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = ${objsubid})`;

/**
 * Tables with their options: UNLOGGED, PARTITION BY (pg_get_partkeydef), the
 * parent and bound of a partition, INHERITS parents in order (qualified when
 * in another schema).
 */
const TABLES = `WITH ${TARGET},
parents AS (
  SELECT h.inhrelid, array_agg(p.relname ORDER BY h.inhseqno)::text[] AS parents,
         array_agg(pn.nspname ORDER BY h.inhseqno)::text[] AS parent_schemas
    FROM pg_catalog.pg_inherits h JOIN pg_catalog.pg_class p ON p.oid = h.inhparent
    JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
   GROUP BY h.inhrelid)
SELECT t.relname AS name, t.nspname AS schema, t.nspname = current_schema() AS is_default, ${comment("t.oid", "0")} AS comment,
       t.relpersistence = 'u' AS unlogged, array_to_string(t.reloptions, ', ') AS with,
       CASE WHEN t.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(t.oid) END AS partition_by,
       CASE WHEN t.relispartition THEN pg_catalog.pg_get_expr(t.relpartbound, t.oid) END AS partition_bound,
       COALESCE(ps.parents, '{}') AS parents, COALESCE(ps.parent_schemas, '{}') AS parent_schemas
  FROM target t LEFT JOIN parents ps ON ps.inhrelid = t.oid
 ORDER BY t.relname`;

/**
 * Columns a table declares itself: none of a partition's, and only the local
 * ones of an INHERITS child. owns_sequence: a serial column, whose sequence
 * pg_depend ties to it with an 'a'uto dependency (an identity's is 'i'nternal);
 * the sequence's options come along for both. collation: only where it is not
 * the type's default. Unordered: sorting ten thousand rows this wide costs
 * the server a third of the query, the caller sorts by position instead.
 */
const COLUMNS = `WITH ${TARGET}
SELECT t.relname AS table_name, a.attnum AS position, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type_sql,
       ty.typname AS type_name, tn.nspname AS type_schema, ty.typtype AS type_type, NOT a.attnotnull AS nullable,
       pg_get_expr(ad.adbin, ad.adrelid) AS default_sql, a.attidentity AS identity, a.attgenerated AS generated,
       seq.deptype = 'a' AS owns_sequence, format_type(q.seqtypid, NULL) AS sequence_type, q.seqstart::text AS sequence_start,
       q.seqincrement::text AS sequence_increment, q.seqmin::text AS sequence_min, q.seqmax::text AS sequence_max,
       q.seqcache::text AS sequence_cache, q.seqcycle AS sequence_cycle,
       CASE WHEN a.attcollation <> ty.typcollation AND a.attcollation <> 0
            THEN ${visibleName("co.collname", "con.nspname", "pg_catalog.pg_collation_is_visible(co.oid)")} END AS collation,
       ${comment("t.oid", "a.attnum")} AS comment
  FROM target t
  JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
  JOIN pg_catalog.pg_namespace tn ON tn.oid = ty.typnamespace
  LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation AND a.attcollation <> ty.typcollation
  LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace
  LEFT JOIN LATERAL (
    SELECT dep.deptype, dep.objid FROM pg_catalog.pg_depend dep
     WHERE (a.attidentity <> '' OR ad.adbin IS NOT NULL)
       AND dep.classid = 'pg_catalog.pg_class'::regclass AND dep.refclassid = 'pg_catalog.pg_class'::regclass
       AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum AND dep.deptype IN ('a', 'i')
       AND EXISTS (SELECT 1 FROM pg_catalog.pg_class s WHERE s.oid = dep.objid AND s.relkind = 'S')
     LIMIT 1) seq ON true
  LEFT JOIN pg_catalog.pg_sequence q ON q.seqrelid = seq.objid
 WHERE NOT t.relispartition AND (a.attislocal OR NOT t.is_child)`;

/** Key columns by position through unnest ... WITH ORDINALITY, so composite keys keep their order. */
const keyColumns = (keys: string, rel: string): string => `ARRAY(
  SELECT a.attname FROM unnest(${keys}) WITH ORDINALITY k(attnum, ord)
    JOIN pg_catalog.pg_attribute a ON a.attrelid = ${rel} AND a.attnum = k.attnum ORDER BY k.ord)::text[]`;

/**
 * Primary keys, uniques, foreign keys, checks and exclusion constraints the
 * table declares itself: not those a partition or child inherits (conislocal),
 * nor the copies PostgreSQL makes of a foreign key for each partition of the
 * table it references (conparentid). NOT NULL is a column property, not read here.
 * Definitions are printed without pretty-printing: that is the text which,
 * run again, stores the same expression (the pretty one drops casts'
 * parentheses, and re-parsing it nests the casts differently). A check's
 * pretty text comes too: a model that wrote just that needs no asking
 * (canonical.ts), where the plain text's parentheses would send every such
 * table through a temp table.
 */
const CONSTRAINTS = `WITH ${TARGET}
SELECT t.relname AS table_name, con.conname AS name, con.contype AS type,
       ${keyColumns("con.conkey", "con.conrelid")} AS columns,
       rn.nspname AS ref_schema, rc.relname AS ref_table,
       ${keyColumns("con.confkey", "con.confrelid")} AS ref_columns,
       con.confdeltype AS on_delete, con.confupdtype AS on_update, con.confmatchtype AS match,
       con.condeferrable AS deferrable, con.condeferred AS deferred, con.convalidated AS validated,
       COALESCE((to_jsonb(ci) ->> 'indnullsnotdistinct')::boolean, false) AS nulls_not_distinct,
       CASE WHEN con.contype IN ('c', 'x') THEN pg_get_constraintdef(con.oid) END AS definition,
       CASE WHEN con.contype = 'c' THEN pg_get_constraintdef(con.oid, true) END AS pretty
  FROM target t
  JOIN pg_catalog.pg_constraint con ON con.conrelid = t.oid AND con.contype IN ('p', 'u', 'f', 'c', 'x')
       AND con.conislocal AND con.conparentid = 0
  LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
  LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
  LEFT JOIN pg_catalog.pg_index ci ON ci.indexrelid = con.conindid AND con.contype = 'u'
 ORDER BY t.relname, con.conname`;

/**
 * Indexes that no constraint owns (the ones behind PRIMARY KEY, UNIQUE and
 * EXCLUDE are the constraints themselves), nor a partition's indexes that are
 * attached to an index of its parent (the parent's index makes them).
 * Per key: the column's name, or NULL plus its expression text from
 * pg_get_indexdef for expression keys (only for those: pg_get_indexdef is most
 * of the query's cost); its operator class where not the type's default
 * (visible name, else qualified); its collation where not the column's
 * (for an expression key, read from the whole definition, which names it
 * only where it is not the expression's own: see introspect-read.ts); indoption's DESC and
 * NULLS FIRST bits. INCLUDE columns are those past indnkeyatts.
 * The predicate, as the expression keys, is printed without pretty-printing
 * (see CONSTRAINTS). Arrays with nothing to say (no expression key, no
 * non-default opclass, collation or option, no INCLUDE) come as NULL: parsing
 * thousands of arrays of NULLs and zeros is most of the reading's cost.
 */
const INDEXES = `WITH ${TARGET},
keys AS MATERIALIZED (
  SELECT t.relname AS table_name, t.relispartition, i.indexrelid, i.indrelid, i.indnkeyatts, u.attnum, u.opc, u.coll, u.ord
    FROM target t JOIN pg_catalog.pg_index i ON i.indrelid = t.oid
   CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[], i.indcollation::oid[]) WITH ORDINALITY u(attnum, opc, coll, ord)
   WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                      WHERE con.conrelid = i.indrelid AND con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))),
per_index AS (
  SELECT k.indexrelid, min(k.table_name) AS table_name, bool_or(k.relispartition) AS relispartition,
         array_agg(a.attname ORDER BY k.ord) FILTER (WHERE k.ord <= k.indnkeyatts)::text[] AS columns,
         CASE WHEN bool_or(NOT oc.opcdefault AND k.ord <= k.indnkeyatts) THEN
         array_agg(CASE WHEN NOT oc.opcdefault THEN ${visibleName("oc.opcname", "ocn.nspname", "pg_catalog.pg_opclass_is_visible(oc.oid)")} END
                   ORDER BY k.ord) FILTER (WHERE k.ord <= k.indnkeyatts)::text[] END AS opclasses,
         CASE WHEN bool_or(k.attnum > 0 AND k.coll <> 0 AND k.coll <> a.attcollation AND k.ord <= k.indnkeyatts) THEN
         array_agg(CASE WHEN k.attnum > 0 AND k.coll <> 0 AND k.coll <> a.attcollation
                        THEN ${visibleName("co.collname", "con.nspname", "pg_catalog.pg_collation_is_visible(co.oid)")} END
                   ORDER BY k.ord) FILTER (WHERE k.ord <= k.indnkeyatts)::text[] END AS collations,
         (array_agg(a.attname ORDER BY k.ord) FILTER (WHERE k.ord > k.indnkeyatts))::text[] AS include
    FROM keys k
    LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = k.indrelid AND a.attnum = k.attnum AND k.attnum > 0
    LEFT JOIN pg_catalog.pg_opclass oc ON oc.oid = k.opc
    LEFT JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace
    LEFT JOIN pg_catalog.pg_collation co ON co.oid = k.coll
    LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace
   GROUP BY k.indexrelid)
SELECT p.table_name, ic.relname AS name, i.indisunique AS is_unique, am.amname AS method,
       p.columns, p.opclasses, p.collations, p.include,
       CASE WHEN EXISTS (SELECT 1 FROM unnest(i.indoption::int2[]) o WHERE o <> 0) THEN i.indoption::int2[] END AS options,
       CASE WHEN 0 = ANY (i.indkey::int2[]) THEN ARRAY(SELECT CASE WHEN i.indkey[k.ord - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k.ord::int, false) END
               FROM generate_series(1, i.indnkeyatts) k(ord) ORDER BY k.ord)::text[] END AS definitions,
       CASE WHEN 0 = ANY (i.indkey::int2[]) THEN pg_get_indexdef(i.indexrelid) END AS full_definition,
       CASE WHEN i.indisunique THEN COALESCE((to_jsonb(i) ->> 'indnullsnotdistinct')::boolean, false) ELSE false END AS nulls_not_distinct,
       array_to_string(ic.reloptions, ', ') AS with,
       pg_get_expr(i.indpred, i.indrelid) AS predicate
  FROM per_index p
  JOIN pg_catalog.pg_index i ON i.indexrelid = p.indexrelid
  JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_catalog.pg_am am ON am.oid = ic.relam
 WHERE NOT (p.relispartition AND EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = i.indexrelid))
 ORDER BY p.table_name, ic.relname`;

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

export interface TableRow {
  name: string; schema: string; is_default: boolean; comment: string | null; unlogged: boolean; with: string | null;
  partition_by: string | null; partition_bound: string | null; parents: string[]; parent_schemas: string[];
}
export interface ColumnRow {
  table_name: string; position: number; name: string; type_sql: string; type_name: string; type_schema: string; type_type: string; nullable: boolean;
  default_sql: string | null; identity: string; generated: string; owns_sequence: boolean | null; comment: string | null;
  sequence_type: string | null; sequence_start: string | null; sequence_increment: string | null; sequence_min: string | null;
  sequence_max: string | null; sequence_cache: string | null; sequence_cycle: boolean | null; collation: string | null;
}
export interface ConstraintRow {
  table_name: string; name: string; type: "p" | "u" | "f" | "c" | "x"; columns: string[];
  ref_schema: string | null; ref_table: string | null; ref_columns: string[];
  on_delete: string; on_update: string; match: string; deferrable: boolean; deferred: boolean; validated: boolean;
  nulls_not_distinct: boolean; definition: string | null; pretty: string | null;
}
export interface IndexRow {
  table_name: string; name: string; is_unique: boolean; method: string; columns: (string | null)[]; definitions: (string | null)[] | null;
  opclasses: (string | null)[] | null; collations: (string | null)[] | null; options: number[] | null; include: string[] | null;
  full_definition: string | null;
  nulls_not_distinct: boolean; with: string | null; predicate: string | null;
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
