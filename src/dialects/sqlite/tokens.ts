/**
 * A small tokenizer for the SQL that SQLite keeps in sqlite_schema. The
 * catalog pragmas leave out constraint names, CHECK expressions,
 * AUTOINCREMENT and partial-index predicates, so those are read from the
 * CREATE statements; a tokenizer (rather than regular expressions) keeps a
 * comma, parenthesis or keyword inside a string, a quoted identifier or a
 * comment from being mistaken for structure. Expressions are always cut out
 * of the source by offsets, so they come back exactly as the user wrote them.
 */

export type TokenKind = "word" | "quoted" | "string" | "number" | "blob" | "punct";

export interface Token {
  readonly kind: TokenKind;
  /** The source text of the token. */
  readonly text: string;
  /** Unquoted value of a quoted identifier or string; the text otherwise. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

const CLOSE: Readonly<Record<string, string>> = { '"': '"', "`": "`", "[": "]" };
const TWO_CHAR = new Set(["||", "<=", ">=", "<>", "!=", "==", "<<", ">>", "->"]);
/** A numeric literal at the scan position (sticky: it matches only there). */
const NUMBER = /0[xX][0-9a-fA-F]+|(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/y;

// Character classes by UTF-16 code unit, as the regular expressions /\s/, /[0-9]/, /[A-Za-z_\u0080-\uffff]/ and
// /[A-Za-z0-9_$\u0080-\uffff]/ have them: the tokenizer looks at every character, and a regular expression per
// character was most of its time.
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

const isWordStart = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code >= 0x80;

const isWordPart = (code: number): boolean => isWordStart(code) || isDigit(code) || code === 36;

function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

export function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number, value?: string): void => {
    const text = sql.slice(start, end);
    out.push({ kind, text, value: value ?? text, start, end });
  };
  while (i < sql.length) {
    const code = sql.charCodeAt(i);
    if (isSpace(code)) { i += 1; continue; }
    if (isWordStart(code) && !((code === 120 || code === 88) && sql.charCodeAt(i + 1) === 39)) {
      // A word (but not x'..', a blob), the most common token: scanned without the string tests below.
      let end = i + 1;
      while (end < sql.length && isWordPart(sql.charCodeAt(end))) end += 1;
      push("word", i, end);
      i = end;
      continue;
    }
    const c = sql[i]!;
    const next = sql[i + 1] ?? "";
    if (c === "-" && next === "-") { const nl = sql.indexOf("\n", i); i = nl === -1 ? sql.length : nl + 1; continue; }
    if (c === "/" && next === "*") { const close = sql.indexOf("*/", i + 2); i = close === -1 ? sql.length : close + 2; continue; }
    if ((c === "x" || c === "X") && next === "'") {
      const end = quotedEnd(sql, i + 1, "'");
      push("blob", i, end);
      i = end;
    } else if (c === "'") {
      const end = quotedEnd(sql, i, "'");
      push("string", i, end, unquote(sql.slice(i, end), "'"));
      i = end;
    } else if (c in CLOSE) {
      const close = CLOSE[c]!;
      const end = quotedEnd(sql, i, close);
      push("quoted", i, end, unquote(sql.slice(i, end), close));
      i = end;
    } else if (isDigit(code) || (c === "." && isDigit(sql.charCodeAt(i + 1)))) {
      NUMBER.lastIndex = i;
      const length = NUMBER.exec(sql)![0].length;
      push("number", i, i + length);
      i += length;
    } else {
      const width = TWO_CHAR.has(c + next) ? 2 : 1;
      push("punct", i, i + width);
      i += width;
    }
  }
  return out;
}

/** End offset of a quoted run opened at `start`; a doubled closing character is an escaped one. */
function quotedEnd(sql: string, start: number, close: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === close) {
      if (close !== "]" && sql[i + 1] === close) { i += 2; continue; }
      return i + 1;
    }
    i += 1;
  }
  return sql.length;
}

function unquote(text: string, close: string): string {
  const inner = text.slice(1, text.endsWith(close) && text.length > 1 ? -1 : undefined);
  return close === "]" || !inner.includes(close) ? inner : inner.split(close + close).join(close);
}

/** The keyword test: a bare word, compared case-insensitively with `word` (upper case). */
export function isWord(token: Token | undefined, word: string): boolean {
  return token?.kind === "word" && token.text.length === word.length && token.text.toUpperCase() === word;
}

/**
 * isWord against a set of keywords (upper case). A set rather than a list of arguments: these tests run at
 * every token of every CREATE statement, and a rest list is an array allocated per call.
 */
export function isWordIn(token: Token | undefined, words: ReadonlySet<string>): boolean {
  return token?.kind === "word" && words.has(token.text.toUpperCase());
}

export function isPunct(token: Token | undefined, text: string): boolean {
  return token?.kind === "punct" && token.text === text;
}

/** A name in a position where SQLite takes an identifier (it also accepts a 'string' there). */
export function isName(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === "word" || token.kind === "quoted" || token.kind === "string");
}

/** Index of the `)` that closes the `(` at `open`, or tokens.length when it is missing. */
export function closingParen(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i += 1) {
    if (isPunct(tokens[i], "(")) depth += 1;
    else if (isPunct(tokens[i], ")")) {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return tokens.length;
}

/** Splits tokens[from, to) at the commas outside parentheses. */
export function splitTopLevel(tokens: readonly Token[], from: number, to: number): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  for (let i = from; i < to; i += 1) {
    const token = tokens[i]!;
    if (isPunct(token, "(")) depth += 1;
    if (isPunct(token, ")")) depth -= 1;
    if (depth === 0 && isPunct(token, ",")) {
      parts.push(current);
      current = [];
    } else {
      current.push(token);
    }
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** The source text that tokens[from..to] (inclusive) span, comments and spacing inside kept. */
export function sourceOf(sql: string, tokens: readonly Token[], from = 0, to = tokens.length - 1): string {
  if (to < from || tokens[from] === undefined || tokens[to] === undefined) return "";
  return sql.slice(tokens[from]!.start, tokens[to]!.end);
}

/** Whether an expression names the identifier (bare or quoted, any case), e.g. a column it uses. */
export function mentions(sql: string, name: string): boolean {
  return identifiersIn(sql).has(name.toLowerCase());
}

/** Every identifier (bare or quoted) the SQL names, lower-cased: what `mentions` looks for. */
export function identifiersIn(sql: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(sql)) if (t.kind === "word" || t.kind === "quoted") out.add(t.value.toLowerCase());
  return out;
}

/**
 * Replaces identifiers (bare or quoted) equal to a key of `names` (compared
 * case-insensitively) with the quoted replacement; strings and everything
 * else stay as written.
 */
export function renameIdentifiers(sql: string, names: ReadonlyMap<string, string>, quote: (name: string) => string): string {
  if (names.size === 0) return sql;
  const lower = new Map([...names].map(([from, to]): [string, string] => [from.toLowerCase(), to]));
  let out = "";
  let last = 0;
  for (const token of tokenize(sql)) {
    const to = token.kind === "word" || token.kind === "quoted" ? lower.get(token.value.toLowerCase()) : undefined;
    if (to === undefined) continue;
    out += sql.slice(last, token.start) + quote(to);
    last = token.end;
  }
  return out + sql.slice(last);
}

/**
 * SQLite's legacy reading of a double-quoted name that names no column as
 * a string ("$.key" in json_extract(doc, "$.key")), made explicit: such a
 * token becomes the string literal SQLite took it for. The CREATE text
 * keeps the double quotes, and a connection built without that legacy
 * (better-sqlite3 is) rejects them: written back as they are, the table
 * could not be made again. Names of `columns` (any case), and names
 * called or qualified, stay names.
 */
export function quotedStringsAsLiterals(sql: string, columns: readonly string[]): string {
  if (!sql.includes('"')) return sql;
  const names = new Set(columns.map((c) => c.toLowerCase()));
  const tokens = tokenize(sql);
  let out = "";
  let last = 0;
  tokens.forEach((token, i) => {
    if (token.kind !== "quoted" || !token.text.startsWith('"') || names.has(token.value.toLowerCase())) return;
    if (isPunct(tokens[i + 1], "(") || isPunct(tokens[i + 1], ".") || isPunct(tokens[i - 1], ".")) return;
    out += `${sql.slice(last, token.start)}'${token.value.split("'").join("''")}'`;
    last = token.end;
  });
  return out + sql.slice(last);
}
