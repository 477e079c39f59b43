/**
 * Whether a MySQL / MariaDB connection can write, in one query. read_only is what a replica runs with: it stops
 * writes of users without SUPER (MariaDB: READ_ONLY ADMIN), and super_read_only (MySQL) those of every user. A
 * migration is refused under either, whoever connects: DDL run on a replica by a user the setting does not stop
 * would only make it differ from its primary. SHOW VARIABLES, not @@names: MariaDB has no super_read_only and
 * MySQL 8 no tx_read_only, and naming a missing variable is an error.
 */
import type { QueryFn } from "../dialect.js";

const READ_ONLY_STATE = `SHOW VARIABLES WHERE Variable_name IN ('read_only', 'super_read_only', 'tx_read_only', 'transaction_read_only')`;

export async function mysqlReadOnly(query: QueryFn): Promise<string | null> {
  const rows = await query<{ Variable_name: string; Value: string }>({ sql: READ_ONLY_STATE, params: [] });
  const on = new Set(rows.filter((r) => !["OFF", "0", ""].includes(String(r.Value).toUpperCase())).map((r) => r.Variable_name.toLowerCase()));
  for (const name of ["super_read_only", "read_only"]) {
    if (on.has(name)) return `the server is read-only (${name} = ON, as on a replica): connect to the primary`;
  }
  for (const name of ["transaction_read_only", "tx_read_only"]) {
    if (on.has(name)) return `the connection is read-only (${name} = ON for this session): connect with one that may write`;
  }
  return null;
}
