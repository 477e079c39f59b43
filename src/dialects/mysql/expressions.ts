/**
 * SQL expressions (check clauses, expression defaults) in one canonical
 * spelling, so that what a model writes and what MariaDB / MySQL print back
 * compare equal when they are the same expression. The servers reprint
 * what they store: keywords in lower case, identifiers in backticks, no
 * space after commas, `!=` as `<>`, `length()` as `octet_length()`, `now()`
 * as `current_timestamp()`, double-quoted strings single-quoted, and MySQL 8
 * adds charset introducers and parentheses. This works on tokens, so
 * spacing never matters and string contents are never touched; what it
 * cannot see through (`NOT (a = 3)` stored as `a <> 3`) still differs.
 */

/** Functions and operators the servers print under another name. */
const ALIASES: Readonly<Record<string, string>> = {
  length: "octet_length", upper: "ucase", lower: "lcase", substring: "substr", now: "current_timestamp",
  localtimestamp: "current_timestamp", localtime: "current_timestamp", current_date: "curdate", current_time: "curtime",
  character_length: "char_length", "!=": "<>", "&&": "and", "||": "or", "%": "mod",
};

/** Niladic keywords the servers print as calls: `CURRENT_TIMESTAMP` is `current_timestamp()`. */
const CALLED = new Set(["current_timestamp", "curdate", "curtime", "utc_timestamp", "utc_date", "utc_time"]);

const TOKEN = /\s+|'(?:[^'\\]|''|\\.)*'|"(?:[^"\\]|""|\\.)*"|`(?:[^`]|``)*`|_[a-z0-9]+(?=')|\d+(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?|[a-z_$][\w$]*|<=>|<>|!=|<=|>=|&&|\|\||<<|>>|:=|./gis;

const ESCAPES: Readonly<Record<string, string>> = { 0: "\0", b: "\b", n: "\n", r: "\r", t: "\t", Z: "\x1a" };

/** The text of a quoted string (single or double quotes), escapes undone. */
function stringBody(token: string): string {
  const quote = token[0]!;
  return token.slice(1, -1).replace(new RegExp(`${quote}${quote}|\\\\(.)`, "gs"),
    (_m, c: string | undefined) => (c === undefined ? quote : ESCAPES[c] ?? c));
}

function tokens(sql: string): string[] {
  const out: string[] = [];
  for (const [token] of sql.matchAll(TOKEN)) {
    const first = token[0]!;
    if (/^\s/.test(token) || /^_(utf8|utf8mb[34]|latin1|binary|ascii)$/i.test(token)) continue;
    if (first === "'" || first === '"') out.push(`'${stringBody(token).replace(/'/g, "''")}'`);
    else if (first === "`") out.push(`\`${token.slice(1, -1).replace(/``/g, "`").toLowerCase()}\``);
    else out.push(ALIASES[token] ?? token.toLowerCase());
  }
  return out;
}

/** Words that are keywords or operators, never column names. */
const KEYWORDS = new Set([
  "and", "or", "not", "xor", "is", "null", "true", "false", "in", "between", "like", "regexp", "rlike", "escape", "case",
  "when", "then", "else", "end", "mod", "div", "interval", "binary", "collate", "unknown", "distinct", "as",
]);

/** Removes parentheses around the whole list, as many pairs as there are. */
function unwrap(list: string[]): string[] {
  let out = list;
  while (out.length >= 2 && out[0] === "(" && out[out.length - 1] === ")") {
    let depth = 0;
    let closesEarly = false;
    for (let i = 0; i < out.length - 1; i += 1) {
      if (out[i] === "(") depth += 1;
      else if (out[i] === ")") depth -= 1;
      if (depth === 0) { closesEarly = true; break; }
    }
    if (closesEarly) break;
    out = out.slice(1, -1);
  }
  return out;
}

/**
 * The canonical token string of an expression. An unquoted word followed by
 * "(" is a function name (aliases applied); elsewhere a word is a keyword
 * or an identifier, and identifiers compare as if backquoted, case-folded
 * (column names are case-insensitive on MySQL).
 */
export function canonicalExpression(sql: string): string {
  const list = unwrap(tokens(sql));
  const out: string[] = [];
  for (let i = 0; i < list.length; i += 1) {
    let token = list[i]!;
    const next = list[i + 1];
    if (/^[a-z_$][\w$]*$/.test(token)) {
      const word = ALIASES[token] ?? token;
      token = next === "(" || KEYWORDS.has(word) || CALLED.has(word) || word !== token ? word : `\`${token}\``;
    }
    out.push(token);
    if (CALLED.has(token) && next !== "(") out.push("(", ")");
  }
  return out.join(" ");
}
