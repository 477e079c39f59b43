/**
 * What an operation does to a schema, computed on the IR alone. Offline runs
 * (`--sql`) use it to know a table's definition when a dialect needs one
 * (SQLite rebuilds, MySQL MODIFY) with no database to ask; tests use it to
 * predict catalogs.
 */
import type { Column, EnumType, IndexColumn, Schema, Table } from "../schema/ir.js";
import {
  dispatch, type AlterColumnOp, type DropConstraintOp, type Operation, type OperationHandlers, type TableAlteration,
  type TableRef,
} from "./operation.js";

type TableChange = (table: Table) => Table;

/** Applies an op to one table; null when the op is not about a single table's definition. */
export function applyToTable(table: Table, op: TableAlteration): Table {
  return tableHandlers[op.kind](table, op as never);
}

const tableHandlers: { readonly [K in TableAlteration["kind"]]: (t: Table, op: Extract<TableAlteration, { kind: K }>) => Table } = {
  addColumn: (t, op) => ({
    ...t,
    columns: [...t.columns, op.column],
    uniques: op.unique ? [...t.uniques, op.unique] : t.uniques,
    foreignKeys: op.foreignKey ? [...t.foreignKeys, op.foreignKey] : t.foreignKeys,
  }),
  dropColumn: (t, op) => dropColumn(t, op.name),
  alterColumn: (t, op) => alterColumn(t, op),
  createIndex: (t, op) => ({ ...t, indexes: [...t.indexes, op.index] }),
  dropIndex: (t, op) => ({ ...t, indexes: t.indexes.filter((i) => i.name !== op.name) }),
  createUniqueConstraint: (t, op) => ({ ...t, uniques: [...t.uniques, op.unique] }),
  createForeignKey: (t, op) => ({ ...t, foreignKeys: [...t.foreignKeys, op.foreignKey] }),
  createCheckConstraint: (t, op) => ({ ...t, checks: [...t.checks, op.check] }),
  createPrimaryKey: (t, op) => ({ ...t, primaryKey: op.primaryKey,
    columns: t.columns.map((c) => (op.primaryKey.columns.includes(c.name) ? { ...c, nullable: false } : c)) }),
  createConstraint: (t, op) => ({ ...t, constraints: [...t.constraints ?? [], op.constraint] }),
  dropConstraint: (t, op) => dropConstraint(t, op),
};

function alterColumn(table: Table, op: AlterColumnOp): Table {
  const { changes } = op;
  const newName = changes.newName ?? op.name;
  const rename = (names: readonly string[]): string[] => names.map((n) => (n === op.name ? newName : n));
  const renameKeys = (keys: readonly IndexColumn[]): IndexColumn[] => keys.map((k) => {
    if (typeof k === "string") return k === op.name ? newName : k;
    if (k.column === op.name) return { ...k, column: newName };
    return k.expression !== undefined ? { ...k, expression: expression(k.expression) } : k;
  });
  const columns = table.columns.map((c): Column => {
    if (c.name !== op.name) return c;
    const next: { -readonly [K in keyof Column]: Column[K] } = {
      ...c,
      name: newName,
      type: changes.type ?? c.type,
      nullable: changes.nullable ?? c.nullable,
      default: changes.default !== undefined ? changes.default : c.default,
      comment: changes.comment !== undefined ? changes.comment : c.comment,
      autoIncrement: changes.autoIncrement ?? c.autoIncrement,
    };
    // Optional attributes: null in a change removes them (the IR leaves a default attribute out).
    for (const key of ["identity", "generated", "collation", "charset", "onUpdate"] as const) {
      const value = changes[key];
      if (value === null) delete next[key];
      else if (value !== undefined) (next as Record<string, unknown>)[key] = value;
    }
    if (!next.autoIncrement) delete next.identity;
    return next;
  });
  if (newName === op.name) return { ...table, columns };
  const expression = (sql: string): string => renameIdentifier(sql, op.name, newName);
  return {
    ...table,
    columns,
    primaryKey: table.primaryKey ? { ...table.primaryKey, columns: rename(table.primaryKey.columns) } : null,
    indexes: table.indexes.map((i) => ({ ...i, columns: renameKeys(i.columns), where: i.where === null ? null : expression(i.where),
      ...(i.include ? { include: rename(i.include) } : {}) })),
    uniques: table.uniques.map((u) => ({ ...u, columns: rename(u.columns) })),
    foreignKeys: table.foreignKeys.map((f) => ({ ...f, columns: rename(f.columns) })),
    checks: table.checks.map((c) => ({ ...c, expression: expression(c.expression) })),
  };
}

/**
 * The column goes, and with it what uses it, as PostgreSQL's DROP COLUMN and
 * the SQLite rebuild do: the primary key, the indexes (by their columns or
 * their WHERE), the unique constraints and foreign keys over it, and the
 * CHECKs that name it. (MySQL differs for a multi-column index or unique:
 * it takes the column out and keeps the rest; and it refuses to drop a
 * column a foreign key uses. This models the PostgreSQL/SQLite result.)
 */
function dropColumn(table: Table, name: string): Table {
  const uses = (columns: readonly string[]): boolean => columns.includes(name);
  const keyUses = (keys: readonly IndexColumn[]): boolean => keys.some((k) => (typeof k === "string" ? k === name
    : k.column === name || (k.expression !== undefined && mentionsIdentifier(k.expression, name))));
  return {
    ...table,
    columns: table.columns.filter((c) => c.name !== name),
    primaryKey: table.primaryKey && uses(table.primaryKey.columns) ? null : table.primaryKey,
    indexes: table.indexes.filter((i) => !keyUses(i.columns) && !uses(i.include ?? []) && !(i.where !== null && mentionsIdentifier(i.where, name))),
    uniques: table.uniques.filter((u) => !uses(u.columns)),
    foreignKeys: table.foreignKeys.filter((f) => !uses(f.columns)),
    checks: table.checks.filter((c) => !mentionsIdentifier(c.expression, name)),
  };
}

/**
 * The constraint the op drops: by name, or (unnamed) by the definition it carries, so dropping one unnamed
 * constraint never removes the others of its kind.
 */
function dropConstraint(table: Table, op: DropConstraintOp): Table {
  const definition = op.definition;
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  const matches = <T extends { name: string | null }>(item: T, carried: T | undefined): boolean =>
    op.name !== null ? item.name === op.name : carried !== undefined && same(item, carried);
  switch (op.type) {
    case "unique": {
      const carried = definition?.type === "unique" ? definition.unique : undefined;
      return { ...table, uniques: table.uniques.filter((u) => !matches(u, carried)) };
    }
    case "foreignkey": {
      const carried = definition?.type === "foreignkey" ? definition.foreignKey : undefined;
      return { ...table, foreignKeys: table.foreignKeys.filter((f) => !matches(f, carried)) };
    }
    case "check": {
      const carried = definition?.type === "check" ? definition.check : undefined;
      return { ...table, checks: table.checks.filter((c) => !matches(c, carried)) };
    }
    case "primary": return { ...table, primaryKey: null };
    case "exclude": return { ...table, constraints: (table.constraints ?? []).filter((c) => c.name !== op.name) };
  }
}

const sameTable = (ref: TableRef) => (t: Table): boolean => t.name === ref.name && t.schema === ref.schema;

function changeTable(schema: Schema, ref: TableRef, change: TableChange): Schema {
  return { ...schema, tables: schema.tables.map((t) => (sameTable(ref)(t) ? change(t) : t)) };
}

function changeEnum(schema: Schema, name: string, change: (e: EnumType) => EnumType): Schema {
  return { ...schema, enums: schema.enums.map((e) => (e.name === name ? change(e) : e)) };
}

const schemaHandlers: OperationHandlers<(schema: Schema) => Schema> = {
  createTable: (op) => (s) => ({ ...s, tables: [...s.tables, op.table] }),
  dropTable: (op) => (s) => ({ ...s, tables: s.tables.filter((t) => !sameTable(op.table)(t)) }),
  renameTable: (op) => (s) => changeTable(s, op.table, (t) => ({ ...t, name: op.newName })),
  addColumn: (op) => (s) => changeTable(s, op.table, (t) => applyToTable(t, op)),
  dropColumn: (op) => (s) => changeTable(s, op.table, (t) => applyToTable(t, op)),
  alterColumn: (op) => (s) => changeTable(s, op.table, (t) => applyToTable(t, op)),
  createIndex: (op) => (s) => changeTable(s, op.table, (t) => applyToTable(t, op)),
  dropIndex: (op) => (s) => changeTable(s, op.table, (t) => applyToTable(t, op)),
  createUniqueConstraint: (op) => (s) => changeTable(s, op.table, (t) => applyToTable(t, op)),
  createForeignKey: (op) => (s) => changeTable(s, op.table, (t) => applyToTable(t, op)),
  createCheckConstraint: (op) => (s) => changeTable(s, op.table, (t) => applyToTable(t, op)),
  createPrimaryKey: (op) => (s) => changeTable(s, op.table, (t) => applyToTable(t, op)),
  createConstraint: (op) => (s) => changeTable(s, op.table, (t) => applyToTable(t, op)),
  dropConstraint: (op) => (s) => changeTable(s, op.table, (t) => applyToTable(t, op)),
  batchAlterTable: (op) => (s) => changeTable(s, op.table, (t) => op.ops.reduce(applyToTable, t)),
  setTableComment: (op) => (s) => changeTable(s, op.table, (t) => ({ ...t, comment: op.comment })),
  setTableOptions: (op) => (s) => changeTable(s, op.table, (t) => {
    const { options: _old, ...rest } = t;
    return Object.keys(op.options).length === 0 ? rest : { ...rest, options: op.options };
  }),
  createEnum: (op) => (s) => ({ ...s, enums: [...s.enums, op.enum] }),
  dropEnum: (op) => (s) => ({ ...s, enums: s.enums.filter((e) => e.name !== op.name) }),
  addEnumValue: (op) => (s) => changeEnum(s, op.name, (e) => ({ ...e, values: insertValue(e.values, op.value, op.before, op.after) })),
  dropEnumValue: (op) => (s) => changeEnum(s, op.name, (e) => ({ ...e, values: e.values.filter((v) => v !== op.value) })),
  validateConstraint: (op) => (s) => changeTable(s, op.table, (t) => ({
    ...t,
    foreignKeys: t.foreignKeys.map((fk) => (fk.name === op.name && fk.notValid ? withoutNotValid(fk) : fk)),
    checks: t.checks.map((c) => (c.name === op.name && c.notValid ? withoutNotValid(c) : c)),
  })),
  // Data and raw SQL do not change the definitions this module tracks (see SchemaTracker for raw DDL).
  execute: () => (s) => s,
  bulkInsert: () => (s) => s,
};

function withoutNotValid<T extends { readonly notValid?: true }>(constraint: T): T {
  const { notValid: _notValid, ...rest } = constraint;
  return rest as T;
}

export function applyOperation(schema: Schema, op: Operation): Schema {
  return dispatch(schemaHandlers, op)(schema);
}

function insertValue(values: readonly string[], value: string, before: string | null, after: string | null): string[] {
  const at = before !== null ? values.indexOf(before) : after !== null ? values.indexOf(after) + 1 : values.length;
  const out = [...values];
  out.splice(at < 0 ? values.length : at, 0, value);
  return out;
}

// ---- column names inside SQL text (CHECK expressions, index WHERE) ----

/**
 * A deliberately small, dialect-neutral scanner (no dialect is at hand
 * here): it skips 'strings' ('' escapes) and -- and /* comments, and
 * reads "double-quoted" and `backticked` identifiers (a doubled quote
 * is one) and bare words. A bare word matches a column name
 * case-insensitively (as SQLite and MySQL resolve names, and PostgreSQL a
 * lowercase name); a quoted identifier matches exactly. A word directly
 * followed by "(" is a function name, never a column.
 *
 * Limitations: no PostgreSQL dollar-quoted or E'' (backslash-escaped)
 * strings and no SQLite [bracketed] names; and a keyword or type name
 * spelt like the column (a column named "text" and `x::text`) counts as
 * the column. For a dialect's exact reading, see the SQLite tokenizer
 * (dialects/sqlite/tokens.ts), which the SQLite rebuild uses instead.
 */
interface Identifier {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly quote: '"' | "`" | null;
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD = /[A-Za-z0-9_$\u0080-\uffff]/;

function identifiers(sql: string): Identifier[] {
  const out: Identifier[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (c === "'" || c === '"' || c === "`") {
      const end = quotedEnd(sql, i);
      if (c !== "'" && end !== -1) out.push({ start: i, end, name: sql.slice(i + 1, end - 1).split(c + c).join(c), quote: c });
      i = end === -1 ? sql.length : end;
    } else if (c === "-" && next === "-") {
      const newline = sql.indexOf("\n", i);
      i = newline === -1 ? sql.length : newline + 1;
    } else if (c === "/" && next === "*") {
      const close = sql.indexOf("*/", i + 2);
      i = close === -1 ? sql.length : close + 2;
    } else if (/[0-9]/.test(c)) {
      // A number, exponent and hex digits included: 1e5 holds no word "e5".
      i += 1;
      while (i < sql.length && /[0-9A-Za-z_.]/.test(sql[i]!)) i += 1;
    } else if (WORD_START.test(c)) {
      let end = i + 1;
      while (end < sql.length && WORD.test(sql[end]!)) end += 1;
      if (!/^\s*\(/.test(sql.slice(end))) out.push({ start: i, end, name: sql.slice(i, end), quote: null });
      i = end;
    } else {
      i += 1;
    }
  }
  return out;
}

/** End offset (after the closing quote) of the quoted run opened at `start`; -1 when it is never closed. */
function quotedEnd(sql: string, start: number): number {
  const quote = sql[start]!;
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i += 1;
  }
  return -1;
}

function isColumn(identifier: Identifier, name: string): boolean {
  return identifier.quote === null ? identifier.name.toLowerCase() === name.toLowerCase() : identifier.name === name;
}

/** Whether the SQL text uses the column (see identifiers() for how it reads the text). */
export function mentionsIdentifier(sql: string, name: string): boolean {
  return identifiers(sql).some((identifier) => isColumn(identifier, name));
}

/**
 * The SQL text with the column renamed wherever it is an identifier; strings
 * and comments stay as written. A quoted name keeps its quote character; a
 * bare one stays bare when the new name is a plain lowercase identifier and
 * is "double-quoted" otherwise (standard SQL, which PostgreSQL and SQLite
 * read; MySQL writes its catalog's expressions with backticks, which are kept).
 */
export function renameIdentifier(sql: string, from: string, to: string): string {
  let out = "";
  let last = 0;
  for (const identifier of identifiers(sql)) {
    if (!isColumn(identifier, from)) continue;
    const quote = identifier.quote ?? (/^[a-z_][a-z0-9_]*$/.test(to) ? null : '"');
    out += sql.slice(last, identifier.start) + (quote === null ? to : `${quote}${to.split(quote).join(quote + quote)}${quote}`);
    last = identifier.end;
  }
  return out + sql.slice(last);
}
