import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { sslFromParams } from "../../src/dialects/shared/ssl.js";
import { parseDatabaseUrl } from "../../src/dialects/url.js";
import { ConfigError } from "../../src/errors.js";

const base = "/projects/app";

function configError(url: string): ConfigError {
  try {
    parseDatabaseUrl(url, base);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`expected ${url} to be rejected`);
}

describe("parseDatabaseUrl: sqlite", () => {
  it("resolves sqlite:///rel.db against the base folder", () => {
    const url = parseDatabaseUrl("sqlite:///data/app.db", base);
    expect(url).toMatchObject({ dialect: "sqlite", database: resolve(base, "data/app.db"), host: null, password: null });
    expect(url.display).toBe("sqlite:///data/app.db");
  });

  it("keeps sqlite:////abs/path.db absolute", () => {
    expect(parseDatabaseUrl("sqlite:////var/db/app.db", base).database).toBe("/var/db/app.db");
  });

  it.each(["sqlite://:memory:", "sqlite:///:memory:", "sqlite://"])("reads %s as in-memory", (text) => {
    expect(parseDatabaseUrl(text, base).database).toBe(":memory:");
  });

  it("accepts driver suffixes and query parameters", () => {
    const url = parseDatabaseUrl("sqlite+pysqlite:///app.db?mode=ro&token=abc", base);
    expect(url.dialect).toBe("sqlite");
    expect(url.params).toEqual({ mode: "ro", token: "abc" });
    expect(url.display).toBe("sqlite+pysqlite:///app.db?mode=ro&token=***");
  });

  it("rejects a host and a missing file name", () => {
    expect(configError("sqlite://host/app.db").message).toMatch(/malformed database URL "sqlite:\/\/host\/app.db".*sqlite:\/\/\/relative.db/);
    expect(configError("sqlite:///").message).toMatch(/names no database file/);
  });
});

describe("parseDatabaseUrl: servers", () => {
  it("parses every part of a PostgreSQL URL and masks the password", () => {
    const url = parseDatabaseUrl("postgresql://alice:s%40cr%3At@db.example.com:6543/app_db?sslmode=require&application_name=x", base);
    expect(url).toMatchObject({
      dialect: "postgresql", user: "alice", password: "s@cr:t", host: "db.example.com", port: 6543, database: "app_db",
      params: { sslmode: "require", application_name: "x" },
    });
    expect(url.raw).toBe("postgresql://alice:s%40cr%3At@db.example.com:6543/app_db?sslmode=require&application_name=x");
    expect(url.display).toBe("postgresql://alice:***@db.example.com:6543/app_db?sslmode=require&application_name=x");
    expect(url.display).not.toContain("cr");
  });

  it.each([
    ["postgres://u@h/d", "postgresql"],
    ["postgresql+asyncpg://u@h/d", "postgresql"],
    ["mysql://u@h/d", "mysql"],
    ["mariadb://u@h/d", "mysql"],
    ["mysql+pymysql://u@h/d", "mysql"],
    ["MySQL://u@h/d", "mysql"],
  ])("maps %s to %s", (text, dialect) => {
    expect(parseDatabaseUrl(text, base).dialect).toBe(dialect);
  });

  it("allows a missing user, password, host or port", () => {
    expect(parseDatabaseUrl("postgresql:///localdb", base)).toMatchObject({ host: null, port: null, user: null, password: null, database: "localdb" });
    expect(parseDatabaseUrl("mysql://root@127.0.0.1/test", base)).toMatchObject({ user: "root", password: null, port: null });
  });

  it("keeps an empty password distinct from none, and masks it", () => {
    const url = parseDatabaseUrl("mysql://root:@localhost:3306/test", base);
    expect(url.password).toBe("");
    expect(url.display).toBe("mysql://root:***@localhost:3306/test");
  });

  it("takes unencoded ':' '/' '?' inside the password", () => {
    const url = parseDatabaseUrl("postgresql://u:p:a/s?s@h/db", base);
    expect(url).toMatchObject({ password: "p:a/s?s", host: "h", database: "db" });
    expect(url.display).toBe("postgresql://u:***@h/db");
  });

  it("reads IPv6 hosts", () => {
    expect(parseDatabaseUrl("postgresql://u@[::1]:5432/db", base)).toMatchObject({ host: "::1", port: 5432 });
  });

  it("masks password-like query parameters in display", () => {
    const url = parseDatabaseUrl("mysql://u:pw@h/db?ssl=true&password=p1&db_passwd=p2&PWD=p3&client_secret=p4&api_token=p5&charset=utf8", base);
    expect(url.display).toBe("mysql://u:***@h/db?ssl=true&password=***&db_passwd=***&PWD=***&client_secret=***&api_token=***&charset=utf8");
    expect(url.params.password).toBe("p1");
  });
});

describe("parseDatabaseUrl: errors", () => {
  it("names an unsupported scheme", () => {
    expect(configError("oracle://u:pw@h/db").message)
      .toBe('unsupported database URL scheme "oracle" (expected sqlite, postgresql, mysql or mariadb)');
  });

  it("never shows the password of a malformed URL", () => {
    const cases = [
      "postgresql://u:hunter22@h:notaport/db",
      "postgresql://u:hunter22@h:99999/db",
      "postgresql://u:hun@ter22@h/db",
      "not a url with hunter22",
      "postgresql://u:hunter22@h/db%zz",
    ];
    for (const text of cases) {
      const error = configError(text);
      expect(error.message.split("\n")).toHaveLength(1);
      if (text.includes("@")) expect(error.message).not.toContain("hunter22");
    }
    expect(configError("postgresql://u:hunter22@h:x/db").message)
      .toBe('malformed database URL "postgresql://u:***@h:x/db": port "x" is not a number from 1 to 65535');
    expect(configError("postgresql://u:hun@ter22@h/db").message).toMatch(/^malformed database URL "postgresql:\/\/u:\*\*\*@h\/db"/);
  });

  it("asks for a database name", () => {
    for (const text of ["postgresql://u:secretpw@h:5432", "postgresql://u:secretpw@h:5432/", "mysql://u@h/?x=1"]) {
      const message = configError(text).message;
      expect(message).toMatch(/names no database; add it after the host/);
      expect(message).not.toContain("secretpw");
    }
  });
});

describe("TLS settings from URL parameters", () => {
  const ssl = (query: string) => sslFromParams(parseDatabaseUrl(`postgresql://u@h/db${query}`, base).params);

  it("maps libpq and MySQL modes", () => {
    expect(ssl("")).toBeUndefined();
    for (const off of ["?sslmode=disable", "?sslmode=prefer", "?ssl-mode=DISABLED", "?ssl=false"]) expect(ssl(off)).toBe(false);
    for (const on of ["?sslmode=require", "?ssl-mode=REQUIRED", "?ssl=true"]) expect(ssl(on)).toEqual({ rejectUnauthorized: false });
    expect(ssl("?sslmode=verify-full")).toEqual({ rejectUnauthorized: true, ca: undefined });
    expect(ssl("?sslmode=verify-ca")).toMatchObject({ rejectUnauthorized: true });
  });

  it("refuses unknown modes and unreadable CA files with a ConfigError", () => {
    expect(() => ssl("?sslmode=bogus")).toThrow(ConfigError);
    expect(() => ssl("?sslmode=bogus")).toThrow("unknown sslmode=bogus in the database URL (expected disable, require, verify-ca or verify-full)");
    expect(() => ssl("?sslmode=verify-full&sslrootcert=/no/such/ca.pem")).toThrow('cannot read the CA certificate "/no/such/ca.pem"');
  });
});
