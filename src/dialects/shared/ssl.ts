/**
 * TLS settings from URL query parameters, libpq style (`sslmode=require`) or
 * MySQL style (`ssl-mode=REQUIRED`, `ssl=true`). Node drivers cannot fall
 * back from TLS to plain text, so libpq's "allow" and "prefer" connect
 * without TLS (as if "disable"); ask for "require" to insist on it.
 */
import { readFileSync } from "node:fs";
import type { ConnectionOptions } from "node:tls";
import { ConfigError } from "../../errors.js";

export type SslSetting = false | ConnectionOptions;

const MODE_KEYS = ["sslmode", "ssl-mode", "ssl_mode"];

export function sslFromParams(params: Readonly<Record<string, string>>): SslSetting | undefined {
  const lower = Object.fromEntries(Object.entries(params).map(([k, v]) => [k.toLowerCase(), v]));
  const modeKey = MODE_KEYS.find((key) => lower[key] !== undefined);
  if (modeKey === undefined) {
    const flag = lower.ssl?.toLowerCase();
    if (flag === undefined) return undefined;
    if (flag === "true" || flag === "1") return { rejectUnauthorized: false };
    if (flag === "false" || flag === "0") return false;
    throw new ConfigError(`unknown value ssl=${lower.ssl} in the database URL (expected true or false)`);
  }
  const mode = lower[modeKey]!.toLowerCase().replace(/_/g, "-");
  const ca = readCa(lower["sslrootcert"] ?? lower["ssl-ca"] ?? lower["ssl_ca"]);
  switch (mode) {
    case "disable": case "disabled": case "allow": case "prefer": case "preferred":
      return false;
    case "require": case "required":
      return { rejectUnauthorized: false };
    case "verify-ca":
      // The certificate chain is checked, the host name is not (libpq semantics).
      return { rejectUnauthorized: true, ca, checkServerIdentity: () => undefined };
    case "verify-full": case "verify-identity":
      return { rejectUnauthorized: true, ca };
    default:
      throw new ConfigError(
        `unknown ${modeKey}=${lower[modeKey]} in the database URL (expected disable, require, verify-ca or verify-full)`,
      );
  }
}

function readCa(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new ConfigError(`cannot read the CA certificate "${path}" named in the database URL`);
  }
}
