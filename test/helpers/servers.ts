/** Where the test database servers are, and whether they answer. */
export type ServerDialect = "postgresql" | "mysql";

export function serverUrls(): Record<ServerDialect, string> {
  return {
    postgresql: process.env.ATHANOR_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test",
    mysql: process.env.ATHANOR_TEST_MYSQL_URL ?? "mysql://root@127.0.0.1:3306/test",
  };
}

/** null when the server answers, else a short reason. */
export async function probeServer(dialect: ServerDialect, url: string): Promise<string | null> {
  try {
    if (dialect === "postgresql") {
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
      await client.connect();
      await client.query("select 1");
      await client.end();
    } else {
      const mysql = await import("mysql2/promise");
      const connection = await mysql.createConnection({ uri: url, connectTimeout: 3000 });
      await connection.query("select 1");
      await connection.end();
    }
    return null;
  } catch (error) {
    return error instanceof Error ? error.message.split("\n")[0]! : String(error);
  }
}

/** Whether the global setup found this dialect's server (SQLite is always there). */
export function hasServer(dialect: "postgresql" | "mysql" | "sqlite"): boolean {
  return dialect === "sqlite" || (process.env.ATHANOR_TEST_SERVERS ?? "").split(",").includes(dialect);
}
