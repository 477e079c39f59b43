/**
 * TypeScript source for the pieces of an op: identifiers, values, column
 * builders. Every builder name used is recorded so the revision file
 * imports exactly what it needs from "athanor/schema".
 */
import type { Column, ForeignKey, UniqueConstraint } from "../schema/ir.js";
import type { ColumnType, DefaultValue } from "../schema/types.js";

export class SourceWriter {
  readonly imports = new Set<string>();

  use(name: string): string {
    this.imports.add(name);
    return name;
  }

  str(value: string): string {
    return JSON.stringify(value);
  }

  list(values: readonly string[]): string {
    return `[${values.map((v) => this.str(v)).join(", ")}]`;
  }

  value(value: unknown): string {
    if (typeof value === "bigint") return `${value}n`;
    if (value === undefined) return "undefined";
    return JSON.stringify(value);
  }

  sqlTag(text: string): string {
    this.use("sql");
    return `sql\`${text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${")}\``;
  }

  defaultValue(value: DefaultValue | null): string {
    if (value === null) return "null";
    return value.kind === "sql" ? this.sqlTag(value.sql) : this.value(value.value);
  }

  type(type: ColumnType): string {
    const call = (name: string, ...args: (string | number | null)[]): string => {
      const given = args.filter((a) => a !== null);
      return `${this.use(name)}(${given.join(", ")})`;
    };
    switch (type.kind) {
      case "integer": case "bigint": case "smallint": case "text": case "boolean": case "real": case "double":
      case "date": case "json": case "jsonb": case "uuid":
        return call(type.kind);
      case "varchar": case "char": case "binary":
        return call(type.kind, type.length);
      case "numeric":
        return call("numeric", type.precision, type.precision === null ? null : type.scale);
      case "time": case "timestamp":
        return type.withTimezone ? call(type.kind, "{ withTimezone: true }") : call(type.kind);
      case "enum":
        return `${this.use("enumType")}(${this.str(type.name)}, ${this.list(type.values)}).column()`;
      case "raw":
        return call("rawType", this.str(type.sql));
    }
  }

  /**
   * A column builder: type plus modifiers; `inlinePk` when the table's
   * primary key is this column alone; `unique` and `foreignKey` when an
   * added column brings its own (single-column) constraints.
   */
  column(column: Column, inlinePk: boolean, unique: UniqueConstraint | null = null, foreignKey: ForeignKey | null = null): string {
    let out = this.type(column.type);
    if (inlinePk) out += ".primaryKey()";
    else if (!column.nullable) out += ".notNull()";
    if (column.autoIncrement) out += ".autoIncrement()";
    if (column.default !== null) out += `.default(${this.defaultValue(column.default)})`;
    if (unique) out += `.unique(${unique.name === null ? "" : this.str(unique.name)})`;
    if (foreignKey) {
      const target = `${foreignKey.refSchema ? `${foreignKey.refSchema}.` : ""}${foreignKey.refTable}.${foreignKey.refColumns[0]}`;
      const options = [foreignKey.name !== null && `name: ${this.str(foreignKey.name)}`,
        foreignKey.onDelete && `onDelete: ${this.str(foreignKey.onDelete)}`, foreignKey.onUpdate && `onUpdate: ${this.str(foreignKey.onUpdate)}`]
        .filter(Boolean);
      out += `.references(${this.str(target)}${options.length ? `, { ${options.join(", ")} }` : ""})`;
    }
    if (column.comment !== null) out += `.comment(${this.str(column.comment)})`;
    return out;
  }

  /** A property key: bare when it is an identifier, quoted otherwise. */
  key(name: string): string {
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : this.str(name);
  }
}
