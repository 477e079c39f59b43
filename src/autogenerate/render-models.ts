/**
 * Render a Schema as a models module (`migrate pull`): one `export const` per
 * enum and table, written with the same DSL and the same column, key and
 * option spellings as a revision's `op.createTable`, so the module loads back
 * into exactly the schema it was rendered from.
 */
import * as dsl from "../schema/index.js";
import type { EnumType, Schema, Table } from "../schema/ir.js";
import { orderByForeignKeys, parentsFirst } from "./order.js";
import { renderTableCall } from "./render.js";
import { SourceWriter } from "./render-values.js";

export interface RenderedModels {
  readonly source: string;
  /** The exported constant of each table, by "schema.name" ("" schema for the default one). */
  readonly names: ReadonlyMap<string, string>;
}

const qualified = (t: { name: string; schema: string | null }): string => `${t.schema ?? ""}.${t.name}`;
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const bySchemaAndName = (a: { name: string; schema: string | null }, b: { name: string; schema: string | null }): number =>
  compare(a.schema ?? "", b.schema ?? "") || compare(a.name, b.name);

export function renderModels(schema: Schema): RenderedModels {
  const enums = [...schema.enums].sort(bySchemaAndName);
  const tables = parentsFirst(orderByForeignKeys(schema.tables).tables);
  const names = new ExportNames();
  // Names are given in (schema, name) order, whatever the output order, so a table's name does not depend on its neighbours.
  const tableNames = new Map<string, string>();
  const enumNames = new Map<EnumType, string>();
  for (const e of enums) enumNames.set(e, names.take(e, "Enum"));
  for (const t of [...schema.tables].sort(bySchemaAndName)) tableNames.set(qualified(t), names.take(t, "Table"));

  const enumOf = (type: { name: string; values: readonly string[] }, tableSchema: string | null): string | undefined => {
    const same = enums.filter((e) => e.name === type.name && e.values.length === type.values.length
      && e.values.every((v, i) => v === type.values[i]));
    const found = same.find((e) => e.schema === tableSchema) ?? same[0];
    return found ? enumNames.get(found) : undefined;
  };
  let currentSchema: string | null = null;
  const w = new SourceWriter((type) => enumOf(type, currentSchema));

  const body: string[] = [];
  for (const e of enums) {
    const options = e.schema ? `, { schema: ${w.str(e.schema)} }` : "";
    body.push("", `export const ${enumNames.get(e)!} = ${w.use("enumType")}(${w.str(e.name)}, ${w.list(e.values)}${options});`);
  }
  for (const t of tables) {
    currentSchema = t.schema;
    body.push("", ...renderTableCall(w, t, `export const ${tableNames.get(qualified(t))!} = ${w.use("table")}(`, ";"));
  }
  const counts = [plural(tables.length, "table"), ...(enums.length ? [plural(enums.length, "enum")] : [])].join(" and ");
  const header = [
    "/**",
    ` * The target schema, pulled from the database by \`migrate pull\` (${counts}).`,
    " * Change it as the schema should change, then run `migrate revision --autogenerate -m \"...\"`.",
    " */",
  ];
  const imports = w.imports.size > 0 ? [`import { ${[...w.imports].sort().join(", ")} } from "athanor/schema";`] : ["export {};"];
  return { source: [...header, ...imports, ...body, ""].join("\n"), names: tableNames };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Words a `const` cannot be named (ES reserved words, strict mode's, TypeScript's) and names a reader would trip on. */
const RESERVED = new Set([
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export",
  "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null", "return", "super",
  "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "let", "static", "implements",
  "interface", "package", "private", "protected", "public", "await", "arguments", "eval", "undefined", "NaN", "Infinity",
  "globalThis", "Object", "Array", "String", "Number", "Boolean", "Symbol", "Date", "Error", "Map", "Set", "Promise", "JSON",
  "Math", "process", "require", "module", "exports",
]);

/**
 * Export names: the database name in camelCase ("user_accounts" → userAccounts), prefixed with its schema
 * outside the default one (audit.log → auditLog). A name that is reserved, is one of the DSL's own (a table
 * named "index" or "sql" would shadow the builder) or is taken gets the kind's suffix (indexTable), then a number.
 */
class ExportNames {
  private readonly taken = new Set<string>([...RESERVED, ...Object.keys(dsl)]);

  take(object: { name: string; schema: string | null }, suffix: string): string {
    const base = camelCase(object.schema ? `${object.schema}_${object.name}` : object.name);
    let name = this.taken.has(base) ? `${base}${suffix}` : base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}${suffix}${n}`;
    this.taken.add(name);
    return name;
  }
}

/** A valid identifier from any name: words split at what an identifier cannot hold, joined in camelCase. */
export function camelCase(name: string): string {
  const words = name.split(/[^\p{ID_Continue}$]+|_+/u).filter(Boolean);
  const joined = words.map((word, i) => {
    const lower = word === word.toUpperCase() ? word.toLowerCase() : word;
    return i === 0 ? lower[0]!.toLowerCase() + lower.slice(1) : lower[0]!.toUpperCase() + lower.slice(1);
  }).join("");
  if (joined === "") return "table";
  return /^[\p{ID_Start}$_]/u.test(joined) ? joined : `_${joined}`;
}
