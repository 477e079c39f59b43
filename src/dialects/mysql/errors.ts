/** mysql2 connection failures → one-line DatabaseErrors (server error codes as mysql2 names them). */
import type { DatabaseError } from "../../errors.js";
import type { DatabaseUrl } from "../dialect.js";
import { cannotConnect, errorCode, errorMessage, genericConnectError, networkReason } from "../shared/connect-errors.js";

export function mysqlConnectError(error: unknown, url: DatabaseUrl, timeoutMs: number): DatabaseError {
  const user = url.user ?? "(default user)";
  const network = networkReason(error, url, timeoutMs);
  if (network) return cannotConnect(url, network, error);
  switch (errorCode(error)) {
    case "ER_ACCESS_DENIED_ERROR":
    case "ER_ACCESS_DENIED_NO_PASSWORD_ERROR":
      return cannotConnect(url, `access denied for user "${user}"; check the user name and password`, error);
    case "ER_BAD_DB_ERROR":
      return cannotConnect(url, `database "${url.database}" does not exist; create it first (CREATE DATABASE \`${url.database}\`)`, error);
    case "ER_DBACCESS_DENIED_ERROR":
      return cannotConnect(url, `user "${user}" may not use database "${url.database}"; grant access or use another user`, error);
    case "ER_HOST_NOT_PRIVILEGED":
      return cannotConnect(url, "the server does not accept connections from this host; check the user's allowed hosts", error);
    case "ER_CON_COUNT_ERROR":
      return cannotConnect(url, "the server has too many connections; try again later", error);
    default:
      break;
  }
  if (/does not support secure connection/i.test(errorMessage(error))) {
    return cannotConnect(url, "the server does not support SSL; remove ssl-mode/ssl from the URL", error);
  }
  return genericConnectError(url, error, timeoutMs);
}
