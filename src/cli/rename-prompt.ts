/**
 * The rename questions of `revision --autogenerate` on a terminal: on stderr (stdout carries the revision's
 * path, which scripts read), answers read from stdin. Asked only when both are terminals and the user did not
 * pass --no-interactive: in CI and pipes the --rename-* hints alone decide.
 */
import { createInterface, type Interface } from "node:readline";
import type { AskRename, RenameQuestion } from "../autogenerate/rename-candidates.js";
import { UsageError } from "../errors.js";
import { redact } from "../secrets.js";

/** The questions go to stderr, blanked of secrets as all the CLI prints (output.ts), without a newline of their own. */
const say = (text: string): void => { process.stderr.write(redact(text)); };

/** Whether questions can be asked here: stdin and stderr are terminals. */
export function canPrompt(): boolean {
  return Boolean(process.stdin.isTTY) && Boolean(process.stderr.isTTY);
}

/** An AskRename that questions the user; `close` ends the reader so the process can exit. */
export function terminalAskRename(): { ask: AskRename; close: () => void } {
  let reader: Interface | null = null;
  const lines: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  let ended = false;
  // terminal: false leaves echo and Ctrl-C to the terminal's own line discipline, so Ctrl-C is the SIGINT the
  // CLI already handles (readline's raw mode would swallow it).
  const open = (): Interface => {
    const rl = createInterface({ input: process.stdin, terminal: false });
    rl.on("line", (line) => { const next = waiting.shift(); if (next) next(line); else lines.push(line); });
    rl.on("close", () => { ended = true; for (const next of waiting.splice(0)) next(null); });
    return rl;
  };
  const readLine = (prompt: string): Promise<string | null> => {
    say(prompt);
    reader ??= open();
    if (lines.length > 0) return Promise.resolve(lines.shift()!);
    if (ended) return Promise.resolve(null);
    return new Promise((resolve) => waiting.push(resolve));
  };
  const ask: AskRename = async (question) => {
    say(`\n${describe(question)}\n`);
    const single = question.candidates.length === 1;
    if (!single) {
      question.candidates.forEach((name, i) => say(`  ${i + 1}) renamed to "${name}"\n`));
      say(`  ${question.candidates.length + 1}) no: ${dropped(question)}\n`);
    }
    for (;;) {
      const prompt = single ? `Was it renamed to "${question.candidates[0]}"? [y/n] `
        : `Which one [1-${question.candidates.length + 1}]? `;
      const line = await readLine(prompt);
      if (line === null) throw new UsageError(`no answer to the rename question about ${subject(question)} (stdin ended)`);
      const answer = parse(line.trim().toLowerCase(), question);
      if (answer !== undefined) return answer;
      say(single ? "Please answer y or n.\n" : `Please answer a number from 1 to ${question.candidates.length + 1}.\n`);
    }
  };
  return { ask, close: () => { reader?.close(); } };
}

/** The chosen name, null for not a rename, undefined for an answer that is neither. */
function parse(answer: string, question: RenameQuestion): string | null | undefined {
  const { candidates } = question;
  if (candidates.length === 1) {
    if (answer === "y" || answer === "yes") return candidates[0]!;
    if (answer === "n" || answer === "no") return null;
    return undefined;
  }
  if (!/^\d+$/.test(answer)) return undefined;
  const n = Number(answer);
  if (n >= 1 && n <= candidates.length) return candidates[n - 1]!;
  return n === candidates.length + 1 ? null : undefined;
}

function subject(question: RenameQuestion): string {
  return question.kind === "table" ? `table "${question.from}"` : `column "${question.table}.${question.from}"`;
}

function describe(question: RenameQuestion): string {
  const what = question.kind === "table" ? "table" : "column";
  const news = question.candidates.map((n) => `"${n}"`).join(", ");
  return `The ${subject(question)} is not in the models, and the new ${what}${question.candidates.length === 1 ? "" : "s"} ${news} ` +
    `${question.candidates.length === 1 ? "has" : "have"} a compatible ${question.kind === "table" ? "shape" : "type"}.`;
}

function dropped(question: RenameQuestion): string {
  return question.kind === "table" ? `"${question.from}" was dropped and the new tables are created`
    : `"${question.from}" was dropped and the new columns are added`;
}
