/** `enumType()`: a named enumeration, a type on PostgreSQL and inline elsewhere. */
import { column, type ColumnBuilder } from "./column.js";
import type { EnumType } from "./ir.js";

export interface EnumDefinition extends EnumType {
  readonly kind: "enum";
  /** A column of this enum type. */
  column(): ColumnBuilder;
}

export function enumType(name: string, values: readonly string[], options: { schema?: string } = {}): EnumDefinition {
  if (values.length === 0) throw new TypeError(`enumType("${name}"): an enum needs at least one value`);
  if (new Set(values).size !== values.length) throw new TypeError(`enumType("${name}"): values repeat`);
  const frozenValues = Object.freeze([...values]);
  return Object.freeze({
    kind: "enum" as const,
    name,
    schema: options.schema ?? null,
    values: frozenValues,
    column: () => column({ kind: "enum", name, values: frozenValues }),
  });
}
