/**
 * Column types of the Schema IR: plain data discriminated by `kind`. Each
 * dialect maps every kind to DDL (dialects/<name>/types.ts); a kind the
 * dialect lacks maps to its nearest type.
 */
export type ColumnType =
  | { readonly kind: "integer"; readonly unsigned?: true }
  | { readonly kind: "bigint"; readonly unsigned?: true }
  | { readonly kind: "smallint"; readonly unsigned?: true }
  /** MySQL TINYINT (not TINYINT(1), which is boolean()); SMALLINT elsewhere. */
  | { readonly kind: "tinyint"; readonly unsigned?: true }
  /** MySQL MEDIUMINT; INTEGER elsewhere. */
  | { readonly kind: "mediumint"; readonly unsigned?: true }
  | { readonly kind: "varchar"; readonly length: number | null }
  | { readonly kind: "char"; readonly length: number | null }
  | { readonly kind: "text" }
  | { readonly kind: "boolean" }
  | { readonly kind: "numeric"; readonly precision: number | null; readonly scale: number | null; readonly unsigned?: true }
  | { readonly kind: "real"; readonly unsigned?: true }
  | { readonly kind: "double"; readonly unsigned?: true }
  | { readonly kind: "date" }
  | { readonly kind: "time"; readonly withTimezone: boolean }
  | { readonly kind: "timestamp"; readonly withTimezone: boolean }
  | { readonly kind: "json" }
  | { readonly kind: "jsonb" }
  | { readonly kind: "uuid" }
  | { readonly kind: "binary"; readonly length: number | null }
  | { readonly kind: "enum"; readonly name: string; readonly values: readonly string[] }
  /** A type read from a database that no DSL builder describes, kept verbatim. */
  | { readonly kind: "raw"; readonly sql: string };

export type ColumnTypeKind = ColumnType["kind"];

/** The integer kinds: those that may autoincrement. */
export const INTEGER_KINDS: ReadonlySet<ColumnTypeKind> = new Set(["integer", "bigint", "smallint", "tinyint", "mediumint"]);

/** The kinds that may be UNSIGNED (MySQL; elsewhere the flag is dropped from the stored form). */
export const UNSIGNED_KINDS: ReadonlySet<ColumnTypeKind> = new Set(["integer", "bigint", "smallint", "tinyint", "mediumint", "numeric", "real", "double"]);

/** A fragment of SQL written by the user, e.g. sql`CURRENT_TIMESTAMP`. */
export interface SqlExpression {
  readonly kind: "sql";
  readonly sql: string;
}

export type LiteralValue = string | number | bigint | boolean | null;

/** A server default: a literal value or an SQL expression. */
export type DefaultValue =
  | { readonly kind: "literal"; readonly value: LiteralValue }
  | SqlExpression;

export function isSqlExpression(value: unknown): value is SqlExpression {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "sql"
    && typeof (value as { sql?: unknown }).sql === "string";
}

/** Tagged template: sql`now()`. Interpolated values are inlined as text. */
export function sql(strings: TemplateStringsArray | string, ...values: unknown[]): SqlExpression {
  if (typeof strings === "string") return Object.freeze({ kind: "sql", sql: strings });
  let text = strings[0] ?? "";
  values.forEach((value, i) => { text += String(value) + (strings[i + 1] ?? ""); });
  return Object.freeze({ kind: "sql", sql: text });
}
