/**
 * Values on their way to the database. Every parameter goes through
 * `normalizeValue` (idempotent, so twice does no harm): bulkInsert at compile
 * time, connections before binding, `inline()` before rendering a literal. That one funnel is what makes an inlined `--sql`
 * statement store exactly what the parameterised one stores online.
 */
import { MigrateError } from "../../errors.js";

/** What drivers bind and literal renderers print. */
export type SqlValue = null | string | number | bigint | boolean | Buffer;

export interface ValuePolicy {
  /** "integer" where the database has no boolean (SQLite): true → 1, false → 0. */
  readonly booleans: "native" | "integer";
  /** How a JavaScript Date is written for this database (a string both online and offline). */
  formatDate(date: Date): string;
}

/**
 * JSON for objects and arrays (so a value meant for a json column works the
 * same on every driver: node-postgres would otherwise turn arrays into
 * PostgreSQL array literals, mysql2 into `a, b` lists), dates as strings,
 * byte arrays as Buffers, undefined as NULL.
 */
export function normalizeValue(value: unknown, policy: ValuePolicy): SqlValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "number":
    case "bigint":
      return value;
    case "boolean":
      return policy.booleans === "native" ? value : value ? 1 : 0;
    case "object":
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new MigrateError("cannot send an invalid Date to the database");
        return policy.formatDate(value);
      }
      if (Buffer.isBuffer(value)) return value;
      if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      return JSON.stringify(value);
    default:
      throw new MigrateError(`cannot send a ${typeof value} to the database (use a string, number, boolean, Date, Buffer, object or null)`);
  }
}

export function normalizeParams(params: readonly unknown[], policy: ValuePolicy): SqlValue[] {
  return params.map((value) => normalizeValue(value, policy));
}

/** The dialect-specific spelling of literals. */
export interface LiteralStyle {
  quoteString(value: string): string;
  boolean(value: boolean): string;
  blob(hex: string): string;
}

export function renderLiteral(value: SqlValue, style: LiteralStyle): string {
  if (value === null) return "NULL";
  if (typeof value === "number") {
    // NaN/Infinity have no portable literal; a silent NULL would be data loss.
    if (!Number.isFinite(value)) throw new MigrateError(`cannot write ${value} as an SQL literal`);
    return String(value);
  }
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "boolean") return style.boolean(value);
  if (typeof value === "string") return style.quoteString(value);
  return style.blob(value.toString("hex").toUpperCase());
}

/** "YYYY-MM-DD HH:MM:SS.mmm" in UTC: what MySQL DATETIME accepts in strict mode (no "T", no "Z"). */
export function formatUtcDateTime(date: Date): string {
  return date.toISOString().replace("T", " ").replace("Z", "");
}
