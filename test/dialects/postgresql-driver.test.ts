/**
 * Loading node-postgres must not load Node's fetch implementation (undici): on Node 20, pg's check for a
 * Cloudflare Worker constructs a fetch Response unless there is a `navigator`, and that cost about 30 ms of
 * every PostgreSQL command. Run in a fresh process, where nothing has loaded either yet.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const driver = fileURLToPath(new URL("../../dist/dialects/postgresql/driver.js", import.meta.url));

describe("loading pg", () => {
  it("does not load undici, leaves globalThis.navigator as it was, and gives a working driver", () => {
    const script = `
      const before = Object.getOwnPropertyDescriptor(globalThis, "navigator");
      const { loadPg } = await import(${JSON.stringify(driver)});
      const pg = await loadPg();
      const after = Object.getOwnPropertyDescriptor(globalThis, "navigator");
      console.log(JSON.stringify({
        undici: process.moduleLoadList.some((name) => name.includes("undici")),
        navigatorKept: before === after || (before !== undefined && after !== undefined && before.get === after.get && before.value === after.value),
        client: typeof pg.Client, same: pg === await loadPg(),
      }));`;
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ undici: false, navigatorKept: true, client: "function", same: true });
  });
});
