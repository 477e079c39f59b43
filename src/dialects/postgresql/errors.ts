/** node-postgres connection failures → one-line DatabaseErrors (SQLSTATE codes from the server). */
import type { DatabaseError } from "../../errors.js";
import type { DatabaseUrl } from "../dialect.js";
import { cannotConnect, errorCode, errorMessage, genericConnectError, networkReason } from "../shared/connect-errors.js";

export function postgresConnectError(error: unknown, url: DatabaseUrl, timeoutMs: number): DatabaseError {
  const code = errorCode(error);
  const message = errorMessage(error);
  const user = url.user ?? "(default user)";
  const network = networkReason(error, url, timeoutMs);
  if (network) return cannotConnect(url, network, error);
  switch (code) {
    case "28P01":
      return cannotConnect(url, `password authentication failed for user "${user}"; check the user name and password`, error);
    case "28000":
      return cannotConnect(url, `the server refused user "${user}" (pg_hba.conf or role); check the user name and the server's access rules`, error);
    case "3D000":
      return cannotConnect(url, `database "${url.database}" does not exist; create it first (createdb ${url.database})`, error);
    case "53300":
      return cannotConnect(url, "the server has too many connections; try again later", error);
    case "57P03":
      return cannotConnect(url, "the server is starting up or shutting down; try again in a moment", error);
    default:
      break;
  }
  if (/password must be a string|SASL/i.test(message)) {
    return cannotConnect(url, `the server wants a password for user "${user}"; put one in the URL`, error);
  }
  if (/does not support SSL/i.test(message)) {
    return cannotConnect(url, "the server does not support SSL; remove sslmode from the URL or use sslmode=disable", error);
  }
  return genericConnectError(url, error, timeoutMs);
}
