/**
 * Character classes and escape decoding for the lexer: JavaScript's rules,
 * reduced to what finding exports needs (any non-ASCII, non-space character
 * may be part of an identifier).
 */

export function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || (c >= 0x80 && !isWhitespace(c));
}

export function isIdentPart(c: number): boolean {
  return isIdentStart(c) || isDigit(c);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

export function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 10 || c === 13 || c === 0xfeff
    || (c >= 0x80 && /\s/.test(String.fromCharCode(c)));
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", v: "\v", "0": "\0",
};

/**
 * Decodes the escape sequence whose backslash is at `pos`. A backslash before
 * a line break continues the line (`lineBreak` tells the caller to count it).
 */
export function decodeEscape(src: string, pos: number): { text: string; end: number; lineBreak: boolean } {
  const next = src[pos + 1];
  if (next === undefined) return { text: "", end: pos + 1, lineBreak: false };
  if (isLineBreak(next.charCodeAt(0))) {
    const end = next === "\r" && src[pos + 2] === "\n" ? pos + 3 : pos + 2;
    return { text: "", end, lineBreak: true };
  }
  const hex = next === "x" ? /^x([0-9a-fA-F]{2})/ : next === "u" ? /^u(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/ : null;
  const m = hex?.exec(src.slice(pos + 1, pos + 12));
  if (m) {
    const code = parseInt(m[1] ?? m[2]!, 16);
    return { text: code <= 0x10ffff ? String.fromCodePoint(code) : "", end: pos + 1 + m[0].length, lineBreak: false };
  }
  return { text: SIMPLE_ESCAPES[next] ?? next, end: pos + 2, lineBreak: false };
}
