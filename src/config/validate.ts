/** Checks a database entry of the config key by key, so a typo is an error, not a silent default. */
import { ConfigError } from "../errors.js";
import type { DatabaseConfig } from "./types.js";

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === "string" && v.length > 0;
const isBoolean: Check = (v) => typeof v === "boolean";

const CHECKS: Record<keyof DatabaseConfig, [Check, string]> = {
  url: [isString, "a database URL string"],
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
};

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
