/**
 * SQLAlchemy-style database URLs (DESIGN.md, "Connection URLs"):
 *
 *   sqlite:///relative/app.db        relative to baseDir (the config file's folder)
 *   sqlite:////abs/path/app.db       absolute
 *   sqlite://:memory:                in memory (sqlite://, sqlite:///:memory: too)
 *   postgresql://u:p@host:5432/db    also postgres://, postgresql+driver://
 *   mysql://u:p@host:3306/db         also mariadb://, mysql+driver://
 *
 * User and password are percent-decoded. Errors are ConfigErrors of one
 * line that show the URL masked, never the password.
 */
import { isAbsolute, resolve } from "node:path";
import { ConfigError } from "../errors.js";
import type { DatabaseUrl, DialectName } from "./dialect.js";

const SCHEMES: Readonly<Record<string, DialectName>> = {
  sqlite: "sqlite",
  postgresql: "postgresql",
  postgres: "postgresql",
  mysql: "mysql",
  mariadb: "mysql",
};

/** Query parameters whose values are secrets, masked in `display`. */
const SECRET_PARAM = /password|passwd|pwd|secret|token/i;

/**
 * SQLAlchemy's pattern: user, then a password running up to "@" (it may hold
 * ":" "/" "?" unencoded, but not "@"), host or [IPv6], port, /database, ?query.
 */
const SERVER_URL = /^(?:([^:/@]*)(?::([^@]*))?@)?(?:\[([^\]/?]+)\]|([^/:?@]*))(?::([^/?]*))?(?:\/([^?]*))?(?:\?(.*))?$/s;

export function parseDatabaseUrl(url: string, baseDir: string): DatabaseUrl {
  const text = url.trim();
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/s.exec(text);
  if (!match) {
    throw new ConfigError(`malformed database URL "${maskUnparsed(text)}" (expected e.g. postgresql://user:pass@host/db or sqlite:///app.db)`);
  }
  const scheme = match[1]!;
  const base = scheme.split("+")[0]!.toLowerCase();
  const dialect = SCHEMES[base];
  if (!dialect) {
    throw new ConfigError(`unsupported database URL scheme "${base}" (expected sqlite, postgresql, mysql or mariadb)`);
  }
  return dialect === "sqlite" ? parseSqlite(text, scheme, match[2]!, baseDir) : parseServer(text, scheme, dialect, match[2]!);
}

function parseSqlite(raw: string, scheme: string, rest: string, baseDir: string): DatabaseUrl {
  const q = rest.indexOf("?");
  const location = q === -1 ? rest : rest.slice(0, q);
  const query = q === -1 ? "" : rest.slice(q + 1);
  let database: string;
  if (location === "" || location === ":memory:" || location === "/:memory:") {
    database = ":memory:";
  } else if (location.startsWith("/") && location.length > 1) {
    // sqlite:///rel.db → "rel.db"; sqlite:////abs.db → "/abs.db". Paths are used as written, not percent-decoded (as SQLAlchemy).
    const path = location.slice(1);
    database = isAbsolute(path) ? path : resolve(baseDir, path);
  } else if (location === "/") {
    throw new ConfigError(`database URL "${raw}" names no database file (e.g. sqlite:///app.db)`);
  } else {
    throw new ConfigError(
      `malformed database URL "${maskUnparsed(raw)}" (SQLite URLs have no host: sqlite:///relative.db, sqlite:////absolute.db or sqlite://:memory:)`,
    );
  }
  const params = parseQuery(query, raw);
  const display = `${scheme}://${location}${maskQuery(query)}`;
  return freeze({ dialect: "sqlite", raw, display, host: null, port: null, user: null, password: null, database, params });
}

function parseServer(raw: string, scheme: string, dialect: DialectName, rest: string): DatabaseUrl {
  const masked = maskUnparsed(raw);
  const m = SERVER_URL.exec(rest);
  if (!m) throw new ConfigError(`malformed database URL "${masked}" (expected ${scheme}://user:password@host:port/database)`);
  const [, rawUser, rawPassword, ipv6, hostname, rawPort, rawDatabase, query] = m;
  let port: number | null = null;
  if (rawPort !== undefined && rawPort !== "") {
    port = /^\d+$/.test(rawPort) ? Number(rawPort) : NaN;
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new ConfigError(`malformed database URL "${masked}": port "${rawPort}" is not a number from 1 to 65535`);
    }
  }
  const database = decode(rawDatabase ?? "", masked, "database name");
  if (database === "") {
    throw new ConfigError(`database URL "${masked}" names no database; add it after the host, e.g. ${scheme}://host/mydb`);
  }
  const host = ipv6 ?? (hostname ? decode(hostname, masked, "host") : null);
  const user = rawUser !== undefined && rawUser !== "" ? decode(rawUser, masked, "user name") : null;
  const password = rawPassword !== undefined ? decode(rawPassword, masked, "password") : null;
  const userinfo = rawUser !== undefined ? `${rawUser}${rawPassword !== undefined ? ":***" : ""}@` : "";
  const hostText = ipv6 !== undefined ? `[${ipv6}]` : hostname ?? "";
  const portText = rawPort !== undefined ? `:${rawPort}` : "";
  const display = `${scheme}://${userinfo}${hostText}${portText}/${rawDatabase ?? ""}${maskQuery(query ?? "", query !== undefined)}`;
  return freeze({ dialect, raw, display, host, port, user, password, database, params: parseQuery(query ?? "", masked) });
}

function decode(text: string, masked: string, what: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new ConfigError(`malformed database URL "${masked}": bad percent-encoding in the ${what}`);
  }
}

function parseQuery(query: string, masked: string): Record<string, string> {
  const params: Record<string, string> = {};
  if (query === "") return params;
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const name = eq === -1 ? pair : pair.slice(0, eq);
    const value = eq === -1 ? "" : pair.slice(eq + 1);
    params[decode(name.replace(/\+/g, " "), masked, "query")] = decode(value.replace(/\+/g, " "), masked, "query");
  }
  return params;
}

/** "?a=1&password=***" with secret-looking parameter values masked; "" without a query. */
function maskQuery(query: string, hadQuestionMark = query !== ""): string {
  if (!hadQuestionMark) return "";
  const pairs = query.split("&").map((pair) => {
    const eq = pair.indexOf("=");
    if (eq === -1) return pair;
    return SECRET_PARAM.test(pair.slice(0, eq)) ? `${pair.slice(0, eq)}=***` : pair;
  });
  return `?${pairs.join("&")}`;
}

/**
 * A URL we could not parse, made safe to print: whatever sits between "://"
 * and the last "@" after a ":" is taken for a password, and secret-looking
 * query values are masked.
 */
function maskUnparsed(text: string): string {
  let out = text;
  const start = out.indexOf("://");
  const at = out.lastIndexOf("@");
  if (start !== -1 && at > start) {
    const userinfo = out.slice(start + 3, at);
    const colon = userinfo.indexOf(":");
    if (colon !== -1) out = `${out.slice(0, start + 3)}${userinfo.slice(0, colon)}:***${out.slice(at)}`;
  }
  const q = out.indexOf("?");
  return q === -1 ? out : out.slice(0, q) + maskQuery(out.slice(q + 1), true);
}

function freeze(url: DatabaseUrl): DatabaseUrl {
  return Object.freeze({ ...url, params: Object.freeze({ ...url.params }) });
}
