/**
 * TypeScript source for the pieces of an op: identifiers, values, column
 * builders. Every builder name used is recorded so the revision file
 * imports exactly what it needs from "athanor/schema".
 */
import type {
  Column, ForeignKey, GeneratedColumn, Identity, Index, IndexColumn, TableOptionsIR, UniqueConstraint,
} from "../schema/ir.js";
import type { ColumnType, DefaultValue } from "../schema/types.js";

/** The serial builder of each integer kind (PostgreSQL's serial types). */
const SERIALS: Partial<Record<ColumnType["kind"], string>> = { integer: "serial", bigint: "bigserial", smallint: "smallserial" };

function hasSequenceOptions(identity: Identity): boolean {
  return (identity.start ?? identity.increment ?? identity.minValue ?? identity.maxValue ?? identity.cache ?? identity.cycle) !== undefined;
}

export class SourceWriter {
  readonly imports = new Set<string>();

  /**
   * @param enumReference the name of a constant holding an enum made with enumType() (a models module
   *   exports each enum once and its columns use it), or undefined to write the enum inline.
   */
  constructor(private readonly enumReference?: (type: { name: string; values: readonly string[] }) => string | undefined) {}

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
    const base = this.baseType(type);
    return "unsigned" in type && type.unsigned ? `${base}.unsigned()` : base;
  }

  private baseType(type: ColumnType): string {
    const call = (name: string, ...args: (string | number | null)[]): string => {
      const given = args.filter((a) => a !== null);
      return `${this.use(name)}(${given.join(", ")})`;
    };
    switch (type.kind) {
      case "integer": case "bigint": case "smallint": case "tinyint": case "mediumint": case "text": case "boolean": case "real":
      case "double": case "date": case "json": case "jsonb": case "uuid":
        return call(type.kind);
      case "varchar": case "char": case "binary":
        return call(type.kind, type.length);
      case "numeric":
        return call("numeric", type.precision, type.precision === null ? null : type.scale);
      case "time": case "timestamp":
        return type.withTimezone ? call(type.kind, "{ withTimezone: true }") : call(type.kind);
      case "enum": {
        const constant = this.enumReference?.(type);
        if (constant !== undefined) return `${constant}.column()`;
        return `${this.use("enumType")}(${this.str(type.name)}, ${this.list(type.values)}).column()`;
      }
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
    const serial = column.autoIncrement && column.identity?.generation === "serial" && !hasSequenceOptions(column.identity)
      && SERIALS[column.type.kind] !== undefined && !("unsigned" in column.type && column.type.unsigned);
    let out = serial ? `${this.use(SERIALS[column.type.kind]!)}()` : this.type(column.type);
    // A key column without NOT NULL (SQLite): .nullable() after .primaryKey() keeps it so.
    if (inlinePk) out += column.nullable ? ".primaryKey().nullable()" : ".primaryKey()";
    else if (!column.nullable && !serial) out += ".notNull()";
    else if (column.nullable && serial) out += ".nullable()";
    if (column.autoIncrement && !serial) out += this.identity(column.identity);
    if (column.default !== null) out += `.default(${this.defaultValue(column.default)})`;
    if (column.generated !== undefined) out += this.generated(column.generated);
    if (column.collation !== undefined) out += `.collation(${this.str(column.collation)})`;
    if (column.charset !== undefined) out += `.charset(${this.str(column.charset)})`;
    if (column.onUpdate !== undefined) out += `.onUpdate(${this.sqlTag(column.onUpdate)})`;
    if (unique) out += `.unique(${unique.name === null ? "" : this.str(unique.name)})`;
    if (foreignKey) {
      const target = `${foreignKey.refSchema ? `${foreignKey.refSchema}.` : ""}${foreignKey.refTable}.${foreignKey.refColumns[0]}`;
      const options = [foreignKey.name !== null && `name: ${this.str(foreignKey.name)}`, ...this.foreignKeyOptions(foreignKey)];
      out += `.references(${this.str(target)}${options.length ? `, { ${options.join(", ")} }` : ""})`;
    }
    if (column.comment !== null) out += `.comment(${this.str(column.comment)})`;
    return out;
  }

  /** `.autoIncrement()`, or the identity method that says more. */
  private identity(identity: Identity | undefined): string {
    if (identity === undefined || (identity.generation === "byDefault" && !hasSequenceOptions(identity))) return ".autoIncrement()";
    if (identity.generation === "serial") return `.withIdentity(${this.value(identity)})`;
    const options = this.identityOptions(identity);
    const method = identity.generation === "always" ? "generatedAlwaysAsIdentity" : "generatedByDefaultAsIdentity";
    return `.${method}(${options})`;
  }

  private identityOptions(identity: Identity): string {
    const parts: string[] = [];
    const number = (text: string): string => (Number.isSafeInteger(Number(text)) ? text : this.str(text));
    if (identity.start !== undefined) parts.push(`startWith: ${number(identity.start)}`);
    if (identity.increment !== undefined) parts.push(`increment: ${number(identity.increment)}`);
    if (identity.minValue !== undefined) parts.push(`minValue: ${number(identity.minValue)}`);
    if (identity.maxValue !== undefined) parts.push(`maxValue: ${number(identity.maxValue)}`);
    if (identity.cache !== undefined) parts.push(`cache: ${number(identity.cache)}`);
    if (identity.cycle) parts.push("cycle: true");
    return parts.length ? `{ ${parts.join(", ")} }` : "";
  }

  private generated(generated: GeneratedColumn): string {
    return `.generatedAlwaysAs(${this.sqlTag(generated.expression)}, { mode: ${this.str(generated.stored ? "stored" : "virtual")} })`;
  }

  /** The option entries of a foreign key beyond its columns: actions, deferrable, match, notValid. */
  foreignKeyOptions(fk: ForeignKey): string[] {
    const out: string[] = [];
    if (fk.onDelete) out.push(`onDelete: ${this.str(fk.onDelete)}`);
    if (fk.onUpdate) out.push(`onUpdate: ${this.str(fk.onUpdate)}`);
    out.push(...this.deferrableOptions(fk.deferrable));
    if (fk.match !== undefined) out.push(`match: ${this.str(fk.match)}`);
    if (fk.notValid) out.push("notValid: true");
    return out;
  }

  deferrableOptions(deferrable: "immediate" | "deferred" | undefined): string[] {
    if (deferrable === undefined) return [];
    return deferrable === "deferred" ? ["deferrable: true", `initially: "deferred"`] : ["deferrable: true"];
  }

  /** An index key: the column name, or an object with its parts. */
  indexKey(key: IndexColumn): string {
    if (typeof key === "string") return this.str(key);
    const parts: string[] = [];
    if (key.column !== undefined) parts.push(`column: ${this.str(key.column)}`);
    if (key.expression !== undefined) parts.push(`expression: ${this.str(key.expression)}`);
    if (key.length !== undefined) parts.push(`length: ${key.length}`);
    if (key.collation !== undefined) parts.push(`collation: ${this.str(key.collation)}`);
    if (key.opclass !== undefined) parts.push(`opclass: ${this.str(key.opclass)}`);
    if (key.descending) parts.push("descending: true");
    if (key.nulls !== undefined) parts.push(`nulls: ${this.str(key.nulls)}`);
    return `{ ${parts.join(", ")} }`;
  }

  indexKeys(keys: readonly IndexColumn[]): string {
    return `[${keys.map((k) => this.indexKey(k)).join(", ")}]`;
  }

  /** The option entries of an index: unique, where, using, include, nullsNotDistinct, with. */
  indexOptions(index: Index): string[] {
    const out: string[] = [];
    if (index.unique) out.push("unique: true");
    if (index.where !== null) out.push(`where: ${this.str(index.where)}`);
    if (index.using !== undefined) out.push(`using: ${this.str(index.using)}`);
    if (index.include !== undefined) out.push(`include: ${this.list(index.include)}`);
    if (index.nullsNotDistinct) out.push("nullsNotDistinct: true");
    if (index.with !== undefined) out.push(`with: ${this.str(index.with)}`);
    return out;
  }

  /** The entries of table options, as `table()` and `setTableOptions` take them. */
  tableOptions(options: TableOptionsIR | undefined): string[] {
    if (options === undefined) return [];
    const out: string[] = [];
    if (options.unlogged) out.push("unlogged: true");
    if (options.withoutRowid) out.push("withoutRowid: true");
    if (options.strict) out.push("strict: true");
    if (options.engine !== undefined) out.push(`engine: ${this.str(options.engine)}`);
    if (options.charset !== undefined) out.push(`charset: ${this.str(options.charset)}`);
    if (options.collation !== undefined) out.push(`collation: ${this.str(options.collation)}`);
    if (options.inherits !== undefined) out.push(`inherits: ${this.list(options.inherits)}`);
    if (options.partitionBy !== undefined) out.push(`partitionBy: ${this.str(options.partitionBy)}`);
    if (options.partitionOf !== undefined) {
      const p = options.partitionOf;
      out.push(`partitionOf: { parent: ${this.str(p.parentSchema ? `${p.parentSchema}.${p.parent}` : p.parent)}, bound: ${this.str(p.bound)} }`);
    }
    if (options.with !== undefined) out.push(`with: ${this.str(options.with)}`);
    return out;
  }

  /** An options object's text, or "{}" when it has no entries. */
  object(entries: readonly string[]): string {
    return entries.length ? `{ ${entries.join(", ")} }` : "{}";
  }

  /** A property key: bare when it is an identifier, quoted otherwise. */
  key(name: string): string {
    // `__proto__: x` (quoted or not) sets an object literal's prototype; only a computed key makes it a column.
    if (name === "__proto__") return '["__proto__"]';
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : this.str(name);
  }
}
