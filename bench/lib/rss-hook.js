// Loaded with --import into a measured CLI process: writes its peak resident set size (KB) on exit.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  if (process.env.ATHANOR_RSS_FILE) writeFileSync(process.env.ATHANOR_RSS_FILE, String(process.resourceUsage().maxRSS));
});
