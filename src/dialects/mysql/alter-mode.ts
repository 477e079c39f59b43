/**
 * An op's AlterMode as MySQL and MariaDB spell it: `, ALGORITHM=INPLACE, LOCK=NONE` after an ALTER TABLE's
 * clauses, ` ALGORITHM=INPLACE LOCK=NONE` after a CREATE INDEX. The server then refuses a statement it cannot
 * run that way ("ALGORITHM=INPLACE is not supported ... Try ALGORITHM=COPY") instead of copying the table.
 * MariaDB's DROP INDEX takes neither, so a dropIndex with a mode is compiled as ALTER TABLE .. DROP INDEX.
 */
import type { AlterMode } from "../../operations/operation.js";
import type { Statement } from "../dialect.js";
import { statement } from "../shared/syntax.js";

function clauses(mode: AlterMode): string[] {
  return [mode.algorithm !== undefined ? `ALGORITHM=${mode.algorithm}` : "", mode.lock !== undefined ? `LOCK=${mode.lock}` : ""]
    .filter(Boolean);
}

export function hasAlterMode(mode: AlterMode): boolean {
  return mode.algorithm !== undefined || mode.lock !== undefined;
}

/** Each ALTER TABLE / CREATE INDEX of an op with the op's ALGORITHM= and LOCK=; other statements as they are. */
export function withAlterMode(statements: readonly Statement[], mode: AlterMode): Statement[] {
  const added = clauses(mode);
  if (added.length === 0) return [...statements];
  return statements.map((s) => {
    if (/^ALTER TABLE\s/i.test(s.sql)) return statement(`${s.sql}, ${added.join(", ")}`, s.params);
    if (/^CREATE\s+(UNIQUE\s+|FULLTEXT\s+|SPATIAL\s+)?INDEX\s/i.test(s.sql)) return statement(`${s.sql} ${added.join(" ")}`, s.params);
    return s;
  });
}
