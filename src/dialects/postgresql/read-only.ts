/**
 * Whether a PostgreSQL connection can write, in one query: a hot standby (in recovery, replaying its primary's
 * WAL) takes no write at all; a connection whose transactions start read-only (default_transaction_read_only, set
 * for the server, the database, the user or in the URL's `options`) takes none either.
 */
import type { QueryFn } from "../dialect.js";

const STATE = `SELECT pg_is_in_recovery() AS standby, current_setting('transaction_read_only') = 'on' AS read_only`;

export async function postgresReadOnly(query: QueryFn): Promise<string | null> {
  const [row] = await query<{ standby: boolean; read_only: boolean }>({ sql: STATE, params: [] });
  if (row?.standby) return "the server is a hot standby (read-only while it replays its primary's changes): connect to the primary";
  if (row?.read_only) {
    return "the connection is read-only (default_transaction_read_only is on for this server, database or user): " +
      "connect as a user that may write, or to the primary";
  }
  return null;
}
