/**
 * A small tokenizer for TypeScript/JavaScript source, just precise enough to
 * find a revision file's top-level exports without executing it: it knows
 * where strings, template literals, comments and regular expressions start
 * and end, so `//` inside a string or an export inside a comment cannot
 * fool it. It does not build a syntax tree.
 */
import { decodeEscape, isDigit, isIdentPart, isIdentStart, isLineBreak, isWhitespace } from "./lexer-chars.js";

export type TokenKind = "ident" | "string" | "template" | "number" | "regex" | "punct";

export interface Token {
  readonly kind: TokenKind;
  /** Identifier name, punctuator, or the cooked value of a string / plain template. */
  readonly text: string;
  /** True for a template literal containing `${…}` (so not a constant). */
  readonly substituted: boolean;
  readonly line: number;
  /** A line break separates this token from the previous one (ASI matters). */
  readonly newlineBefore: boolean;
  /** Open brackets `{ ( [ ${` around the token; 0 is the module's top level. */
  readonly depth: number;
}

export interface LexResult {
  readonly tokens: Token[];
  /** Body of the first `/** … *\/` comment before any token, or null. */
  readonly docComment: string | null;
}

/** The source is not well-formed enough to tokenize (unterminated string or comment). */
export class LexError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

/** Keywords after which a `/` starts a regular expression rather than a division. */
const REGEX_AFTER_KEYWORD = new Set([
  "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw",
  "case", "do", "else", "yield", "await",
]);

const TEMPLATE_MARK = "${";

export function tokenize(source: string): LexResult {
  return new Lexer(source).run();
}

class Lexer {
  private pos = 0;
  private line = 1;
  private newlineBefore = false;
  private docComment: string | null = null;
  private readonly tokens: Token[] = [];
  /** Open brackets, with TEMPLATE_MARK for an open `${` inside a template literal. */
  private readonly brackets: string[] = [];

  constructor(private readonly src: string) {}

  run(): LexResult {
    const src = this.src;
    if (src.startsWith("#!")) this.skipLine();
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos);
      if (isLineBreak(c)) {
        this.advanceLineBreak();
        this.newlineBefore = true;
      } else if (isWhitespace(c)) {
        this.pos++;
      } else if (c === 47 /* / */ && src.charCodeAt(this.pos + 1) === 47) {
        this.skipLine();
      } else if (c === 47 && src.charCodeAt(this.pos + 1) === 42 /* * */) {
        this.blockComment();
      } else {
        this.token(c);
      }
    }
    return { tokens: this.tokens, docComment: this.docComment };
  }

  private token(c: number): void {
    const src = this.src;
    const start = this.pos;
    if (isIdentStart(c)) {
      while (this.pos < src.length && isIdentPart(src.charCodeAt(this.pos))) this.pos++;
      this.push("ident", src.slice(start, this.pos));
    } else if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(this.pos + 1)))) {
      // Loose on purpose: hex, exponents, separators and bigint suffixes all end up here.
      while (this.pos < src.length && (isIdentPart(src.charCodeAt(this.pos)) || src[this.pos] === ".")) this.pos++;
      this.push("number", src.slice(start, this.pos));
    } else if (c === 34 || c === 39) {
      this.push("string", this.quoted(src[this.pos]!));
    } else if (c === 96) {
      this.pos++;
      this.templateRest(false);
    } else if (c === 47 && this.regexAllowed() && this.tryRegex()) {
      this.push("regex", src.slice(start, this.pos));
    } else {
      this.punct(c);
    }
  }

  private punct(c: number): void {
    const ch = this.src[this.pos]!;
    if (ch === "}" && this.brackets[this.brackets.length - 1] === TEMPLATE_MARK) {
      // The end of a `${…}` substitution: back inside the template literal.
      this.brackets.pop();
      this.pos++;
      this.templateRest(true);
      return;
    }
    if (ch === "{" || ch === "(" || ch === "[") {
      this.push("punct", ch);
      this.brackets.push(ch);
      this.pos++;
      return;
    }
    if (ch === "}" || ch === ")" || ch === "]") {
      this.brackets.pop();
      this.pos++;
      this.push("punct", ch);
      return;
    }
    // Only the combinations that could be mistaken for an assignment `=` are
    // joined (=> == === != !== <=); `>` stays alone so `Array<string>= []`
    // still shows its `=`.
    const src = this.src;
    let end = this.pos + 1;
    if ((c === 61 /* = */ || c === 33 /* ! */ || c === 60 /* < */) && src.charCodeAt(end) === 61) {
      end++;
      if (c !== 60 && src.charCodeAt(end) === 61) end++;
    } else if (c === 61 && src.charCodeAt(end) === 62 /* > */) {
      end++;
    }
    this.push("punct", src.slice(this.pos, end));
    this.pos = end;
  }

  private push(kind: TokenKind, text: string, substituted = false): void {
    this.tokens.push({
      kind, text, substituted, line: this.line, newlineBefore: this.newlineBefore, depth: this.brackets.length,
    });
    this.newlineBefore = false;
  }

  private regexAllowed(): boolean {
    const prev = this.tokens[this.tokens.length - 1];
    if (!prev) return true;
    if (prev.kind === "ident") return REGEX_AFTER_KEYWORD.has(prev.text);
    if (prev.kind === "punct") return prev.text !== ")" && prev.text !== "]";
    return false;
  }

  /** Scans `/body/flags`; on a line break it gives up (it was a division after all). */
  private tryRegex(): boolean {
    const src = this.src;
    let i = this.pos + 1;
    let inClass = false;
    while (i < src.length) {
      const c = src.charCodeAt(i);
      if (isLineBreak(c)) return false;
      if (c === 92 /* \ */) i += 2;
      else {
        if (c === 91) inClass = true;
        else if (c === 93) inClass = false;
        else if (c === 47 && !inClass) break;
        i++;
      }
    }
    if (i >= src.length) return false;
    i++;
    while (i < src.length && isIdentPart(src.charCodeAt(i))) i++;
    this.pos = i;
    return true;
  }

  private quoted(quote: string): string {
    const src = this.src;
    const startLine = this.line;
    this.pos++;
    let value = "";
    while (this.pos < src.length) {
      const ch = src[this.pos]!;
      if (ch === quote) {
        this.pos++;
        return value;
      }
      if (isLineBreak(ch.charCodeAt(0))) break;
      if (ch === "\\") value += this.escape();
      else {
        value += ch;
        this.pos++;
      }
    }
    throw new LexError(`unterminated string literal starting on line ${startLine}`, startLine);
  }

  /**
   * Scans a template literal from after its opening backtick, or (continued)
   * from after the `}` closing a substitution; every piece of a template that
   * has substitutions is marked so that it never passes for a constant.
   */
  private templateRest(continued: boolean): void {
    const src = this.src;
    const startLine = this.line;
    let value = "";
    while (this.pos < src.length) {
      const ch = src[this.pos]!;
      if (ch === "`") {
        this.pos++;
        this.push("template", value, continued);
        return;
      }
      if (ch === "$" && src[this.pos + 1] === "{") {
        this.push("template", value, true);
        this.pos += 2;
        this.brackets.push(TEMPLATE_MARK);
        return;
      }
      if (ch === "\\") value += this.escape();
      else if (isLineBreak(ch.charCodeAt(0))) {
        value += ch === "\r" && src[this.pos + 1] === "\n" ? "\n" : ch;
        this.advanceLineBreak();
      } else {
        value += ch;
        this.pos++;
      }
    }
    throw new LexError(`unterminated template literal starting on line ${startLine}`, startLine);
  }

  /** Reads one escape sequence at `\`, returning the character(s) it stands for. */
  private escape(): string {
    const { text, end, lineBreak } = decodeEscape(this.src, this.pos);
    this.pos = end;
    if (lineBreak) this.line++;
    return text;
  }

  private blockComment(): void {
    const src = this.src;
    const end = src.indexOf("*/", this.pos + 2);
    if (end < 0) throw new LexError(`unterminated comment starting on line ${this.line}`, this.line);
    const body = src.slice(this.pos + 2, end);
    if (this.docComment === null && this.tokens.length === 0 && body.startsWith("*") && body !== "*") {
      this.docComment = body.slice(1);
    }
    const breaks = body.match(/\r\n|[\n\r\u2028\u2029]/g);
    if (breaks) {
      this.line += breaks.length;
      this.newlineBefore = true;
    }
    this.pos = end + 2;
  }

  private skipLine(): void {
    const src = this.src;
    while (this.pos < src.length && !isLineBreak(src.charCodeAt(this.pos))) this.pos++;
  }

  private advanceLineBreak(): void {
    if (this.src.charCodeAt(this.pos) === 13 && this.src.charCodeAt(this.pos + 1) === 10) this.pos++;
    this.pos++;
    this.line++;
  }
}
