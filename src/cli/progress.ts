/**
 * Progress of upgrade, downgrade and stamp on stderr, built from the run's
 * events. A multi-database run on a terminal gets a live display redrawn in
 * place (progress-live.ts); otherwise, and for a single database, one line
 * per event, each starting with `[name] ` when the config has several
 * databases. -q keeps only errors and warnings (the summary is a result, on
 * stdout, see fleet-summary.ts).
 */
import type { DatabaseOutcome, FleetEvent } from "../commands/fleet.js";
import type { Output } from "./output.js";
import { LiveDisplay } from "./progress-live.js";

export interface Progress {
  readonly onProgress: (event: FleetEvent) => void;
  /** Clears the live display, if any, so what comes next prints below the last event. */
  close(): void;
}

export interface ProgressSettings {
  readonly quiet: boolean;
  /** Offline (--sql): the script is the result; no "Done" lines. */
  readonly offline: boolean;
  /** How a finished database's line reads (ok ones; failures are printed as errors). */
  readonly doneLine: (report: DatabaseOutcome) => string | null;
  /** Warnings of a finished database, printed as they come (never silenced). */
  readonly warnings?: (report: DatabaseOutcome) => readonly string[];
  /** stderr is a terminal that understands cursor movement; default: asked of process.stderr and TERM. */
  readonly terminal?: boolean;
}

export function createProgress(output: Output, settings: ProgressSettings): Progress {
  let live: LiveDisplay | null = null;
  const who = (database: string | null): string => (database === null ? "" : `[${database}] `);
  // Lines that stay (errors, warnings, logs) go above the live display when there is one.
  const info = (line: string): void => { if (live) live.print(line); else output.info(line); };
  const error = (line: string): void => { if (live) live.print(line); else output.error(line); };
  const onProgress = (event: FleetEvent): void => {
    switch (event.kind) {
      case "begin": {
        const multi = event.databases.length > 1;
        const terminal = settings.terminal ?? isTerminal();
        if (multi && terminal && !settings.quiet && !settings.offline) {
          live = new LiveDisplay(event.command, event.databases.map((name) => name ?? ""), event.jobs);
        }
        return;
      }
      case "start":
        live?.start(event.database ?? "");
        return;
      case "step":
        if (live) live.step(event.database ?? "", event.description);
        else info(`${who(event.database)}${settings.offline ? "Generating" : "Running"} ${event.direction} ${event.description}`);
        return;
      case "log":
        info(`${who(event.database)}${event.line}`);
        return;
      case "finish": {
        const { report } = event;
        for (const warning of settings.warnings?.(report) ?? []) error(`${who(report.database)}warning: ${warning} (use --strict to refuse)`);
        if (report.status === "failed" && report.error) error(`${who(report.database)}error: ${oneLine(report.error.message)}`);
        live?.finish(report.database ?? "", report.status === "failed");
        if (!live && report.status === "ok" && !settings.offline) {
          const line = settings.doneLine(report);
          if (line !== null) info(`${who(report.database)}${line}`);
        }
        return;
      }
      default: {
        const never: never = event;
        throw new Error(`unknown progress event ${String(never)}`);
      }
    }
  };
  return {
    onProgress,
    close: () => {
      live?.close();
      live = null;
    },
  };
}

function isTerminal(): boolean {
  return Boolean(process.stderr.isTTY) && process.env.TERM !== "dumb";
}

export function oneLine(text: string): string {
  return text.split("\n").map((line) => line.trim()).filter(Boolean).join(" ");
}
