/**
 * JSON text for documents that may hold bigints: what `pull --format json` and the CLI's `--json` write.
 */

/**
 * JSON.stringify(value, null, 2), except that a bigint is written as a
 * number with all its digits instead of throwing. Same rules otherwise: an
 * undefined, function or symbol property is left out (in an array it is
 * null), a non-finite number is null, an object's toJSON() is used.
 * `text` maps each string value before it is written (the CLI blanks
 * passwords there, before escaping could hide them).
 */
export function toJson(value: unknown, indent = "", text: (s: string) => string = same): string | undefined {
  switch (typeof value) {
    case "bigint":
      return value.toString();
    case "string":
      return JSON.stringify(text(value));
    case "number": case "boolean":
      return JSON.stringify(value);
    case "undefined": case "function": case "symbol":
      return undefined;
    case "object": {
      if (value === null) return "null";
      const toJSON = (value as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === "function") return toJson(toJSON.call(value), indent, text);
      const inner = `${indent}  `;
      if (Array.isArray(value)) {
        const items: unknown[] = value;
        if (items.length === 0) return "[]";
        return `[\n${items.map((item) => `${inner}${toJson(item, inner, text) ?? "null"}`).join(",\n")}\n${indent}]`;
      }
      const entries: string[] = [];
      for (const [key, item] of Object.entries(value)) {
        const written = toJson(item, inner, text);
        if (written !== undefined) entries.push(`${inner}${JSON.stringify(key)}: ${written}`);
      }
      return entries.length === 0 ? "{}" : `{\n${entries.join(",\n")}\n${indent}}`;
    }
  }
}

function same(s: string): string {
  return s;
}
