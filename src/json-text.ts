/**
 * JSON text for documents that may hold bigints: what `pull --format json` and the CLI's `--json` write.
 */
import { randomBytes } from "node:crypto";

/**
 * JSON.stringify(value, null, 2), except that a bigint is written as a number with all its digits instead of
 * throwing. `text` maps each string value before it is written (the CLI blanks passwords there, before
 * escaping could hide them).
 *
 * JSON.stringify does the work (several times faster than a hand-written walk on a history of thousands of
 * revisions); a bigint goes through it as a marked string, unquoted afterwards. The mark holds a random nonce,
 * so no string of the document can pass for one.
 */
export function toJson(value: unknown, text: (s: string) => string = same): string {
  let mark: string | null = null;
  const written = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === "string") return text(item);
    if (typeof item !== "bigint") return item;
    mark ??= `bigint-${randomBytes(8).toString("hex")}:`;
    return `${mark}${item.toString()}`;
  }, 2) ?? "null";
  return mark === null ? written : written.replace(new RegExp(`"${mark}(-?\\d+)"`, "g"), "$1");
}

function same(s: string): string {
  return s;
}
