/**
 * Turning "cannot reach the database" into one line a person can act on.
 * The network causes (refused, unknown host, timeout) look the same from
 * pg and mysql2 (Node errno codes), so they are recognised here; each
 * dialect's errors.ts adds what only its server says (auth, missing database).
 */
import { DatabaseError } from "../../errors.js";
import type { DatabaseUrl } from "../dialect.js";

/** The driver's error code, looking inside AggregateError (Node tries every address of a host name). */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" || typeof code === "number") return String(code);
  const inner = (error as { errors?: unknown }).errors;
  return Array.isArray(inner) ? errorCode(inner[0]) : undefined;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  const inner = (error as { errors?: unknown } | null)?.errors;
  if (Array.isArray(inner) && inner[0] instanceof Error) return inner[0].message;
  return String(error);
}

/** Why a connection attempt failed at the network level, or null when the server answered. */
export function networkReason(error: unknown, url: DatabaseUrl, timeoutMs: number): string | null {
  const code = errorCode(error);
  const message = errorMessage(error);
  switch (code) {
    case "ECONNREFUSED":
      return "connection refused; is the server running and listening on that host and port?";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `host "${url.host ?? "localhost"}" not found; check the host name in the URL`;
    case "ETIMEDOUT":
    case "ETIMEOUT":
      return `no answer within ${timeoutMs} ms; is the host reachable and the port open?`;
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return "host unreachable; check the network and the host name";
    case "ECONNRESET":
      return "the server closed the connection; check the port and the SSL settings";
    default:
      break;
  }
  if (/timeout|timed out/i.test(message)) {
    return `no answer within ${timeoutMs} ms; is the host reachable and the port open?`;
  }
  return null;
}

/** First line of a driver message with the password (and the raw URL) taken out. */
export function scrub(message: string, url: DatabaseUrl): string {
  let text = (message.split("\n")[0] ?? "").trim();
  text = text.split(url.raw).join(url.display);
  // Very short passwords would mangle every word they occur in; drivers never echo them anyway.
  if (url.password && url.password.length >= 3) text = text.split(url.password).join("***");
  return text;
}

export function cannotConnect(url: DatabaseUrl, reason: string, cause: unknown): DatabaseError {
  return new DatabaseError(`cannot connect to ${url.display}: ${reason}`, { cause });
}

/** The fallback: the driver's own words, scrubbed, after the URL we tried. */
export function genericConnectError(url: DatabaseUrl, error: unknown, timeoutMs: number): DatabaseError {
  const reason = networkReason(error, url, timeoutMs) ?? scrub(errorMessage(error), url);
  return cannotConnect(url, reason, error);
}
