/**
 * Removing a value from a PostgreSQL enum. PostgreSQL cannot drop an enum
 * label, so the type is rebuilt: rename the old type, create the new one
 * without the value, convert every column of the old type, drop the old
 * type. Which columns use the type is only known in the database, so the
 * whole rebuild is one PL/pgSQL `DO` block that finds them when it runs:
 * the same SQL works online and in offline `--sql` output.
 */
import type { DropEnumValueOp } from "../../operations/operation.js";
import { qualifiedTable, statement } from "../shared/syntax.js";
import type { Statement } from "../dialect.js";
import { postgresSyntax, quoteString } from "./quote.js";

export function dropEnumValueStatement(op: DropEnumValueOp): Statement {
  const type = quoteString(qualifiedTable(postgresSyntax, { name: op.name, schema: op.schema }));
  const value = quoteString(op.value);
  // Column defaults are read before the rename (pg_get_expr would name the
  // old type afterwards), dropped because they cannot be cast along with the
  // column, and restored as text: 'sad'::mood then means the new type.
  // A row still holding the value makes the cast fail, and the block with it.
  const body = `
DECLARE
  old_type oid := to_regtype(${type});
  type_schema text;
  type_name text;
  labels text;
  tables text[];
  columns text[];
  defaults text[];
  drops text[];
  rebuilds text[];
BEGIN
  IF old_type IS NULL THEN
    RAISE EXCEPTION 'type % does not exist', ${type};
  END IF;
  SELECT n.nspname, t.typname INTO type_schema, type_name
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.oid = old_type;
  SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) INTO labels
    FROM pg_enum e WHERE e.enumtypid = old_type AND e.enumlabel <> ${value};
  SELECT array_agg(a.attrelid::regclass::text ORDER BY a.attrelid, a.attnum),
         array_agg(quote_ident(a.attname) ORDER BY a.attrelid, a.attnum),
         array_agg(pg_get_expr(d.adbin, d.adrelid) ORDER BY a.attrelid, a.attnum)
    INTO tables, columns, defaults
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE a.atttypid = old_type AND a.attnum > 0 AND NOT a.attisdropped;
  -- Checks and indexes whose expressions name the type are re-parsed from their text by ALTER COLUMN TYPE,
  -- which would then name the renamed old type: drop them first, re-create them from today's text after.
  SELECT coalesce(array_agg(format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname)), '{}'),
         coalesce(array_agg(format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))), '{}')
    INTO drops, rebuilds
    FROM pg_constraint c
   WHERE c.contype = 'c' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_constraint'::regclass
     AND d.objid = c.oid AND d.refclassid = 'pg_type'::regclass AND d.refobjid = old_type);
  SELECT drops || coalesce(array_agg(format('DROP INDEX %s', i.indexrelid::regclass)), '{}'),
         rebuilds || coalesce(array_agg(pg_get_indexdef(i.indexrelid)), '{}')
    INTO drops, rebuilds
    FROM pg_index i
   WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = i.indexrelid
       AND d.refclassid = 'pg_type'::regclass AND d.refobjid = old_type);
  FOR i IN 1 .. coalesce(array_length(drops, 1), 0) LOOP
    EXECUTE drops[i];
  END LOOP;
  EXECUTE format('ALTER TYPE %I.%I RENAME TO %I', type_schema, type_name, 'athanor_old_' || old_type);
  EXECUTE format('CREATE TYPE %I.%I AS ENUM (%s)', type_schema, type_name, coalesce(labels, ''));
  FOR i IN 1 .. coalesce(array_length(tables, 1), 0) LOOP
    IF defaults[i] IS NOT NULL THEN
      EXECUTE format('ALTER TABLE %s ALTER COLUMN %s DROP DEFAULT', tables[i], columns[i]);
    END IF;
    EXECUTE format('ALTER TABLE %s ALTER COLUMN %s TYPE %I.%I USING %s::text::%I.%I',
      tables[i], columns[i], type_schema, type_name, columns[i], type_schema, type_name);
    IF defaults[i] IS NOT NULL THEN
      EXECUTE format('ALTER TABLE %s ALTER COLUMN %s SET DEFAULT %s', tables[i], columns[i], defaults[i]);
    END IF;
  END LOOP;
  FOR i IN 1 .. coalesce(array_length(rebuilds, 1), 0) LOOP
    EXECUTE rebuilds[i];
  END LOOP;
  EXECUTE format('DROP TYPE %I.%I', type_schema, 'athanor_old_' || old_type);
END`;
  return statement(`DO ${dollarQuote(body)}`);
}

/** `$tag$body$tag$` with a tag the body does not contain. */
function dollarQuote(body: string): string {
  let tag = "$athanor$";
  for (let n = 1; body.includes(tag); n += 1) tag = `$athanor${n}$`;
  return `${tag}${body}\n${tag}`;
}
