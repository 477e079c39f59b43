/**
 * Runs the CLI with stdin and stderr on a pseudo-terminal, as a user at a
 * terminal would, and answers its questions.
 *
 * Node has no pty of its own: a small Python relay (its `pty` module is on
 * every Linux and macOS machine with Python 3) opens one, starts the CLI with
 * stdin and stderr on the terminal's slave side and stdout on a plain pipe
 * (so the revision path printed there stays apart), copies what the CLI
 * writes to the terminal to its own stderr, and what it reads on its own
 * stdin to the terminal. The transcript therefore holds the prompts and the
 * echo of the answers, with the terminal's \r\n line ends.
 */
import { spawn } from "node:child_process";
import { BIN } from "./project.js";

const RELAY = `
import os, select, subprocess, sys
master, slave = os.openpty()
child = subprocess.Popen(sys.argv[1:], stdin=slave, stderr=slave, stdout=None, start_new_session=True)
os.close(slave)
reading_stdin = True
def drain():
    try:
        data = os.read(master, 65536)
    except OSError:
        return False
    if not data:
        return False
    os.write(2, data)
    return True
while True:
    watched = [master] + ([0] if reading_stdin else [])
    ready, _, _ = select.select(watched, [], [], 0.05)
    if 0 in ready:
        data = os.read(0, 65536)
        if data:
            os.write(master, data)
        else:
            reading_stdin = False
    if master in ready:
        if not drain() and child.poll() is not None:
            break
    elif child.poll() is not None:
        while drain():
            pass
        break
sys.exit(child.wait())
`;

export interface Exchange {
  /** Text the transcript must show (after the previous exchange's) before `answer` is typed. */
  readonly waitFor: string | RegExp;
  /** What is typed, e.g. "y\n". */
  readonly answer: string;
}

export interface PtyResult {
  readonly code: number;
  readonly stdout: string;
  /** What the CLI wrote to the terminal (stderr, prompts, echoed answers), with \n line ends. */
  readonly transcript: string;
}

/**
 * Runs `migrate ...args` in `cwd` on a terminal, typing each answer once its prompt has shown. Fails with the
 * transcript so far when a prompt does not show within `timeoutMs`, or when the command does not end in time.
 */
export function runOnTerminal(cwd: string, args: readonly string[], exchanges: readonly Exchange[] = [],
  timeoutMs = 15_000): Promise<PtyResult> {
  const child = spawn("python3", ["-c", RELAY, process.execPath, BIN, ...args], {
    cwd, env: { ...process.env, DATABASE_URL: "", NO_COLOR: "1" }, stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let transcript = "";
  let seen = 0;
  let step = 0;
  const normalised = (): string => transcript.replace(/\r\n/g, "\n");
  return new Promise<PtyResult>((resolve, reject) => {
    const fail = (why: string): void => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`${why}\n--- terminal so far ---\n${normalised()}\n--- stdout ---\n${stdout}`));
    };
    let timer = setTimeout(() => fail(waitingMessage()), timeoutMs);
    const waitingMessage = (): string => (step < exchanges.length
      ? `migrate ${args.join(" ")}: no prompt matching ${String(exchanges[step]!.waitFor)} within ${timeoutMs} ms`
      : `migrate ${args.join(" ")}: did not end within ${timeoutMs} ms of its last answer`);
    const answerWhenAsked = (): void => {
      while (step < exchanges.length) {
        const { waitFor, answer } = exchanges[step]!;
        const text = normalised().slice(seen);
        const match = typeof waitFor === "string"
          ? (text.includes(waitFor) ? { end: text.indexOf(waitFor) + waitFor.length } : null)
          : (() => { const m = waitFor.exec(text); return m ? { end: m.index + m[0].length } : null; })();
        if (!match) return;
        seen += match.end;
        step += 1;
        child.stdin.write(answer);
        clearTimeout(timer);
        timer = setTimeout(() => fail(waitingMessage()), timeoutMs);
      }
    };
    child.stdout.on("data", (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on("data", (chunk: Buffer) => { transcript += chunk.toString(); answerWhenAsked(); });
    child.on("error", (error) => fail(`cannot start python3 for the terminal: ${error.message}`));
    child.on("close", (code) => {
      clearTimeout(timer);
      if (step < exchanges.length) {
        reject(new Error(`migrate ${args.join(" ")} exited ${code} before the prompt matching ${String(exchanges[step]!.waitFor)}\n`
          + `--- terminal ---\n${normalised()}\n--- stdout ---\n${stdout}`));
        return;
      }
      resolve({ code: code ?? 1, stdout, transcript: normalised() });
    });
  });
}
