/** What revision ids and labels may be; apart from the header parser, so targets can check them without its lexer. */

/** What a revision id may be made of (generated ids are 12 lowercase hex characters). */
export const REVISION_ID_PATTERN = /^[A-Za-z0-9_]+$/;

/** Words that mean something in a target, so they can be neither ids nor labels. */
export const RESERVED_TARGET_WORDS: ReadonlySet<string> = new Set(["head", "heads", "base", "current"]);
