/** Checks a database entry of the config key by key, so a typo is an error, not a silent default. */
import { ConfigError } from "../errors.js";
import type { DatabaseConfig } from "./types.js";

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === "string" && v.length > 0;
const isBoolean: Check = (v) => typeof v === "boolean";

const CHECKS: Record<keyof DatabaseConfig, [Check, string]> = {
  url: [isString, "a database URL string"],
  // Quoted wherever it is used, so any name the server takes will do; 63 is PostgreSQL's limit (MySQL's is 64).
  schema: [(v) => typeof v === "string" && /^[^\u0000-\u001f]{1,63}$/.test(v) && v.trim() === v,
    "a schema name (1 to 63 characters, no surrounding spaces)"],
  models: [isString, "a path string"],
  migrations: [isString, "a path string"],
  versionTable: [(v) => typeof v === "string" && /^[A-Za-z_][A-Za-z0-9_$]{0,62}$/.test(v), "a table name (letters, digits, _)"],
  compareType: [isBoolean, "true or false"],
  compareServerDefault: [isBoolean, "true or false"],
  transactionPerMigration: [isBoolean, "true or false"],
  includeObject: [(v) => typeof v === "function", "a function"],
  fileTemplate: [(v) => typeof v === "string" && v.includes("{rev}"), 'a string containing "{rev}"'],
  postWrite: [(v) => Array.isArray(v) && v.every(isString), "an array of command strings"],
  lockTimeout: [(v) => typeof v === "number" && Number.isFinite(v) && v >= 0, "a number of seconds"],
  lock: [isBoolean, "true or false"],
  historyTable: [(v) => typeof v === "string" && /^[A-Za-z_][A-Za-z0-9_$]{0,62}$/.test(v), "a table name (letters, digits, _)"],
  ddlLockTimeout: [(v) => durationMs(v) !== null, 'a positive number of seconds, or a duration like "500ms", "5s", "2m"'],
  ddlLockRetries: [(v) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 100, "a whole number from 0 to 100"],
  online: [isBoolean, "true or false"],
  lint: [(v) => typeof v === "object" && v !== null && !Array.isArray(v) && Object.entries(v).every(([k, x]) =>
    (k === "failOn" && (x === undefined || (typeof x === "string" && ["info", "warning", "blocking"].includes(x))))
    || (k === "minRows" && (x === undefined || (typeof x === "number" && Number.isInteger(x) && x >= 0)))),
  '{ failOn?: "info" | "warning" | "blocking", minRows?: a whole number }'],
};

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };

/** A duration setting in milliseconds (a number is seconds; a string may end in ms, s or m), null when invalid. */
export function durationMs(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) && value > 0 ? Math.max(1, Math.round(value * 1000)) : null;
  if (typeof value !== "string") return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/.exec(value);
  if (!match) return null;
  const ms = Math.round(Number(match[1]) * UNIT_MS[match[2] ?? "s"]!);
  return ms > 0 ? ms : null;
}

export function validateDatabaseConfig(value: unknown, where: string): DatabaseConfig {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ConfigError(`config ${where}: expected an object of settings`);
  }
  for (const [key, setting] of Object.entries(value)) {
    const check = CHECKS[key as keyof DatabaseConfig];
    if (!check) {
      throw new ConfigError(`config ${where}: unknown setting "${key}" (known: ${Object.keys(CHECKS).join(", ")})`);
    }
    if (setting !== undefined && !check[0](setting)) {
      throw new ConfigError(`config ${where}: "${key}" must be ${check[1]}`);
    }
  }
  return value as DatabaseConfig;
}
