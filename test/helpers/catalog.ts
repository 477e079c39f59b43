/**
 * Reads what a database's catalog says about its schema, in a form tests can
 * compare: tables, columns, indexes and foreign keys, sorted. This is the
 * test suite's own reading, independent of athanor's code.
 */
export interface CatalogColumn { name: string; type: string; nullable: boolean; default: string | null }
export interface CatalogIndex { name: string; columns: string[]; unique: boolean }
export interface CatalogTable { name: string; columns: CatalogColumn[]; indexes: CatalogIndex[]; foreignKeys: string[] }
export type Catalog = Record<string, CatalogTable>;

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export async function readCatalog(dialect: "postgresql" | "mysql" | "sqlite", query: Query, exclude: string[] = []): Promise<Catalog> {
  const catalog = dialect === "postgresql" ? await readPostgres(query) : dialect === "mysql" ? await readMysql(query) : await readSqlite(query);
  for (const name of exclude) delete catalog[name];
  for (const table of Object.values(catalog)) {
    table.indexes.sort((a, b) => a.name.localeCompare(b.name));
    table.foreignKeys.sort();
  }
  return catalog;
}

function table(catalog: Catalog, name: string): CatalogTable {
  return (catalog[name] ??= { name, columns: [], indexes: [], foreignKeys: [] });
}

async function readPostgres(query: Query): Promise<Catalog> {
  const catalog: Catalog = {};
  for (const r of await query(`select c.relname as t, a.attname as c, format_type(a.atttypid, a.atttypmod) as type,
      not a.attnotnull as nullable, pg_get_expr(d.adbin, d.adrelid) as def, a.attidentity as ident
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    left join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
    where n.nspname = current_schema() and c.relkind = 'r' order by c.relname, a.attnum`)) {
    const def = r.ident ? `identity:${r.ident}` : (r.def as string | null);
    table(catalog, r.t as string).columns.push({ name: r.c as string, type: r.type as string, nullable: r.nullable as boolean, default: def });
  }
  for (const r of await query(`select t.relname as t, i.relname as name, ix.indisunique as uniq,
      array(select a.attname from unnest(ix.indkey) with ordinality k(attnum, ord)
        join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.ord)::text[] as cols
    from pg_index ix join pg_class i on i.oid = ix.indexrelid join pg_class t on t.oid = ix.indrelid
    join pg_namespace n on n.oid = t.relnamespace where n.nspname = current_schema()`)) {
    table(catalog, r.t as string).indexes.push({ name: r.name as string, columns: r.cols as string[], unique: r.uniq as boolean });
  }
  for (const r of await query(`select c.relname as t, pg_get_constraintdef(k.oid) as def, k.conname as name
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and k.contype = 'f'`)) {
    table(catalog, r.t as string).foreignKeys.push(`${r.name}: ${r.def}`);
  }
  return catalog;
}

async function readMysql(query: Query): Promise<Catalog> {
  const catalog: Catalog = {};
  for (const r of await query(`select table_name as t, column_name as c, column_type as type, is_nullable as nullable,
      column_default as def, extra from information_schema.columns where table_schema = database()
      order by table_name, ordinal_position`)) {
    const def = String(r.extra ?? "").includes("auto_increment") ? "auto_increment" : (r.def as string | null);
    table(catalog, r.t as string).columns.push({ name: r.c as string, type: r.type as string, nullable: r.nullable === "YES", default: def });
  }
  const indexes = new Map<string, CatalogIndex & { t: string }>();
  for (const r of await query(`select table_name as t, index_name as name, non_unique as nu, column_name as c
      from information_schema.statistics where table_schema = database() order by table_name, index_name, seq_in_index`)) {
    const key = `${r.t}.${r.name}`;
    if (!indexes.has(key)) indexes.set(key, { t: r.t as string, name: r.name as string, columns: [], unique: Number(r.nu) === 0 });
    indexes.get(key)!.columns.push(r.c as string);
  }
  for (const { t, ...index } of indexes.values()) table(catalog, t).indexes.push(index);
  for (const r of await query(`select k.table_name as t, k.constraint_name as name,
      group_concat(k.column_name order by k.ordinal_position) as cols, k.referenced_table_name as rt,
      group_concat(k.referenced_column_name order by k.ordinal_position) as rcols, rc.delete_rule as del
    from information_schema.key_column_usage k join information_schema.referential_constraints rc
      on rc.constraint_schema = k.constraint_schema and rc.constraint_name = k.constraint_name
    where k.table_schema = database() and k.referenced_table_name is not null
    group by k.table_name, k.constraint_name, k.referenced_table_name, rc.delete_rule`)) {
    table(catalog, r.t as string).foreignKeys.push(`${r.name}: (${r.cols}) -> ${r.rt}(${r.rcols}) on delete ${r.del}`);
  }
  return catalog;
}

async function readSqlite(query: Query): Promise<Catalog> {
  const catalog: Catalog = {};
  const tables = await query(`select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by name`);
  for (const { name } of tables) {
    const t = table(catalog, name as string);
    for (const c of await query(`select * from pragma_table_info(?)`, [name])) {
      t.columns.push({ name: c.name as string, type: c.type as string, nullable: !c.notnull && !c.pk, default: c.dflt_value as string | null });
    }
    for (const ix of await query(`select * from pragma_index_list(?)`, [name])) {
      const cols = await query(`select name from pragma_index_info(?) order by seqno`, [ix.name]);
      t.indexes.push({ name: ix.name as string, columns: cols.map((c) => c.name as string), unique: Boolean(ix.unique) });
    }
    for (const fk of await query(`select * from pragma_foreign_key_list(?)`, [name])) {
      t.foreignKeys.push(`(${fk.from}) -> ${fk.table}(${fk.to}) on delete ${fk.on_delete}`);
    }
  }
  return catalog;
}
