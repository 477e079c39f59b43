// The benchmark table (medians in ms, ratios to floors) and the targets of the performance issue.
const f = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const ratio = (a, b) => (b > 0 ? a / b : Infinity);

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  return [line(headers), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

export function report(results) {
  const failures = [];
  const target = (ok, text) => { if (!ok) failures.push(text); return ok ? "ok" : "MISSED"; };
  const { nodeMs, helpMs } = results.startup;
  const out = [];
  out.push(`Start-up: node -e 0 ${f(nodeMs)} ms; migrate --help ${f(helpMs)} ms ` +
    `(${ratio(helpMs, nodeMs).toFixed(2)}x, target < 2x: ${target(helpMs < 2 * nodeMs, "migrate --help under 2x node -e 0")})`, "");

  if (results.schema.length) out.push(...schemaSection(results, target));
  if (results.pull?.length) out.push(...pullSection(results, target));
  if (results.graph.length) out.push(...graphSection(results, target));
  if (results.online.length) out.push(...onlineSection(results, target));
  if (results.fleet?.length) out.push("", ...fleetSection(results));
  return { text: `${out.join("\n").trimEnd()}\n`, failures };
}

function schemaSection(results, target) {
  const { helpMs } = results.startup;
  const out = [];
  const schemaRows = results.schema.map((r) => {
    // The start-up measured in the same rounds as this row's runs (older results have only the global one).
    const startMs = r.helpMs ?? helpMs;
    const allowed = 2 * r.floorMs + startMs;
    const check = r.tables === 1000
      ? target(r.autogenerateK0Ms <= allowed && r.autogenerateK20Ms <= allowed, `${r.dialect}: autogenerate of 1,000 tables within 2x floor + start-up`)
      : "";
    const rss = r.tables === 1000 ? target(r.peakRssMb < 150, `${r.dialect}: peak RSS under 150 MB at 1,000 tables`) : "";
    const worst = Math.max(r.autogenerateK0Ms, r.autogenerateK20Ms);
    return [r.dialect, r.tables, r.queries, f(r.introspectMs), f(r.floorMs), f(startMs), `${f(r.autogenerateColdMs)} / ${r.coldRssMb} MB`,
      f(r.autogenerateK0Ms), f(r.autogenerateK20Ms), `${ratio(worst - startMs, r.floorMs).toFixed(2)}x`, check, r.peakRssMb, rss];
  });
  out.push("Large schemas (floor: the same catalog queries run by the database's own client; --help, floor and autogenerate");
  out.push("timed in turns; target: autogenerate - start-up within 2x the floor)");
  out.push(table(["dialect", "tables", "queries", "introspect", "floor", "--help", "first autogen (no cache)", "autogen K=0", "autogen K=20",
    "(autogen - start-up)/floor", "≤ 2x", "peak RSS MB", "< 150"], schemaRows), "");

  for (const dialect of new Set(results.schema.map((r) => r.dialect))) {
    const rows = results.schema.filter((r) => r.dialect === dialect);
    const constant = new Set(rows.map((r) => r.queries)).size === 1;
    target(constant, `${dialect}: introspection query count constant in N`);
    const k1 = rows.find((r) => r.tables === 1000);
    const k5 = rows.find((r) => r.tables === 5000);
    if (k1 && k5) target(k5.introspectMs <= 5.5 * k1.introspectMs, `${dialect}: introspection of 5,000 tables within ~5x of 1,000`);
    out.push(`${dialect}: queries per introspection ${rows.map((r) => r.queries).join(" / ")} (constant: ${constant ? "ok" : "MISSED"})` +
      (k1 && k5 ? `; 5,000 vs 1,000 tables: ${ratio(k5.introspectMs, k1.introspectMs).toFixed(2)}x (target ~5x)` : ""));
  }
  out.push("");
  return out;
}

function graphSection(results, target) {
  const out = [];
  out.push("Long histories: reading the graph (target: 5,000 revisions within 2x of migrate --help, timed in turns with it;");
  out.push("caches warm, as from a user's second command on; 'no cache' is a first run, or ATHANOR_CACHE=0)");
  out.push(table(["revisions", "variant", "--help", "heads (no cache)", "heads", "history", "current", "upgrade --sql", "worst / --help", "≤ 2x"], results.graph.map((r) => {
    const worst = Math.max(r.headsMs, r.historyMs, r.currentMs);
    const check = r.revisions === 5000 ? target(worst <= 2 * r.helpMs, `graph commands with 5,000 ${r.variant} revisions within 2x of --help`) : "";
    return [r.revisions, r.variant, f(r.helpMs), f(r.headsColdMs), f(r.headsMs), f(r.historyMs), f(r.currentMs), f(r.upgradeSqlMs), `${ratio(worst, r.helpMs).toFixed(2)}x`, check];
  })), "");
  return out;
}

function onlineSection(results, target) {
  const out = [];
  out.push("Online runs (floor: the offline SQL applied by the database's own client; target at 1,000: ≤ 1.3x. node + driver:");
  out.push("the same statements sent one by one by Node with athanor's driver, and nothing else. Each run and its floors in turns)");
  const driver = (ms, floor) => (ms === null || ms === undefined ? "" : `${f(ms)} (${ratio(ms, floor).toFixed(2)}x)`);
  out.push(table(["dialect", "revisions", "upgrade head", "floor", "node + driver", "ratio", "≤ 1.3x", "downgrade base", "floor", "node + driver", "ratio", "≤ 1.3x"], results.online.map((r) => {
    const up = ratio(r.upgradeMs, r.upgradeFloorMs);
    const down = ratio(r.downgradeMs, r.downgradeFloorMs);
    const at1000 = r.revisions === 1000;
    return [r.dialect, r.transactionPerMigration ? `${r.revisions}*` : r.revisions, f(r.upgradeMs), f(r.upgradeFloorMs),
      driver(r.upgradeDriverMs, r.upgradeFloorMs), `${up.toFixed(2)}x`,
      at1000 ? target(up <= 1.3, `${r.dialect}: upgrade head of 1,000 revisions within 1.3x of its floor`) : "",
      f(r.downgradeMs), f(r.downgradeFloorMs), driver(r.downgradeDriverMs, r.downgradeFloorMs), `${down.toFixed(2)}x`,
      at1000 ? target(down <= 1.3, `${r.dialect}: downgrade base over 1,000 revisions within 1.3x of its floor`) : ""];
  })));
  if (results.online.some((r) => r.transactionPerMigration)) {
    out.push("* transactionPerMigration (run and floor): one PostgreSQL transaction cannot lock thousands of new tables");
  }
  return out;
}

/**
 * `migrate pull`, held to autogenerate's targets at 1,000 tables (it runs the same catalog queries, then writes a
 * models module where autogenerate compares one): pull - start-up within 2x the floor, peak RSS under 150 MB.
 */
function pullSection(results, target) {
  const out = [];
  out.push("migrate pull (floor: the same catalog queries run by the database's own client; autogen: revision --autogenerate");
  out.push("on the pulled models; --help, floor, pull and autogen timed in turns; targets as autogenerate's, at 1,000 tables:");
  out.push("pull - start-up within 2x the floor, peak RSS under 150 MB)");
  out.push(table(["dialect", "tables", "queries", "floor", "--help", "pull", "(pull - start-up)/floor", "≤ 2x", "peak RSS MB", "< 150",
    "autogen", "pull / autogen", "autogen RSS MB", "models KB"], results.pull.map((r) => {
    const at1000 = r.tables === 1000;
    return [r.dialect, r.tables, r.queries, f(r.floorMs), f(r.helpMs), f(r.pullMs), `${ratio(r.pullMs - r.helpMs, r.floorMs).toFixed(2)}x`,
      at1000 ? target(r.pullMs <= 2 * r.floorMs + r.helpMs, `${r.dialect}: pull of 1,000 tables within 2x floor + start-up`) : "",
      r.peakRssMb, at1000 ? target(r.peakRssMb < 150, `${r.dialect}: pull peak RSS under 150 MB at 1,000 tables`) : "",
      f(r.autogenerateMs), `${ratio(r.pullMs, r.autogenerateMs).toFixed(2)}x`, r.autogenerateRssMb, r.modelsKb];
  })), "");
  return out;
}

/** Tenant fleets: the whole fleet's upgrade, sequential and with --jobs 4, against its offline SQL applied by psql. */
function fleetSection(results) {
  const out = [];
  out.push("Fleet: one history applied to tenant schemas from nothing, each schema created by the run (floor: the fleet's");
  out.push("`migrate upgrade head --sql`, every tenant's script in turn, applied by one psql session; all timed in turns).");
  out.push("Overhead per tenant: (--jobs 1 - floor) / tenants; speedup: --jobs 1 / --jobs 4");
  out.push(table(["tenants", "revisions", "floor", "--jobs 1", "ratio", "overhead per tenant", "--jobs 4", "ratio", "speedup"],
    results.fleet.map((r) => [r.tenants, r.revisions, f(r.floorMs), `${f(r.jobs1Ms)}${r.jobsFlag ? "" : "*"}`,
      `${ratio(r.jobs1Ms, r.floorMs).toFixed(2)}x`, `${f((r.jobs1Ms - r.floorMs) / r.tenants)} ms`,
      r.jobs4Ms === null ? "n/a" : f(r.jobs4Ms), r.jobs4Ms === null ? "" : `${ratio(r.jobs4Ms, r.floorMs).toFixed(2)}x`,
      r.jobs4Ms === null ? "" : `${ratio(r.jobs1Ms, r.jobs4Ms).toFixed(2)}x`])));
  if (results.fleet.some((r) => !r.jobsFlag)) out.push("* this CLI has no --jobs: the sequential run, which --jobs 1 is");
  return out;
}
