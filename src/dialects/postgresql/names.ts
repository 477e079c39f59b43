/** PostgreSQL identifiers: what the server keeps of a long name. */

/** PostgreSQL's NAMEDATALEN - 1: longer identifiers are cut to this many bytes. */
export const MAX_IDENTIFIER_BYTES = 63;

/** The longest prefix of `name` of at most `bytes` UTF-8 bytes, never splitting a character. */
export function clipBytes(name: string, bytes: number): string {
  // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4): short names need no count.
  if (name.length * 3 <= bytes || Buffer.byteLength(name) <= bytes) return name;
  let out = "";
  for (const char of name) {
    if (Buffer.byteLength(out + char) > bytes) break;
    out += char;
  }
  return out;
}

/** An identifier as the server stores it (cut to 63 bytes, with a NOTICE). */
export const storedName = (name: string): string => clipBytes(name, MAX_IDENTIFIER_BYTES);
