/**
 * Parts of a MySQL column definition that depend on more than the column:
 * which types carry a character set, and MariaDB's column checks.
 */
import type { CheckConstraint } from "../../schema/ir.js";
import type { ColumnType } from "../../schema/types.js";

const TEXT_RAW = /^\s*(var)?char\b|^\s*(tiny|medium|long)?text\b|^\s*(enum|set)\s*\(|^\s*national\b|^\s*n(var)?char\b/i;

/** Types that have a character set and collation: CHARACTER SET / COLLATE apply to these only. */
export function textual(type: ColumnType): boolean {
  switch (type.kind) {
    case "varchar": case "char": case "text": case "enum": case "uuid": return true;
    case "raw": return TEXT_RAW.test(type.sql);
    default: return false;
  }
}

const identifierIn = (expression: string, column: string): boolean => {
  const escaped = column.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\`${escaped.replace(/`/g, "``")}\`|(^|[^\\w$])${escaped}([^\\w$]|$)`, "i").test(expression);
};

/**
 * The check MariaDB keeps on a column (`col INT CHECK (...)`): it is named
 * after the column, and MODIFY COLUMN drops it unless the new definition
 * states it again. A check named after a column and over it is taken for
 * one; on MySQL 8, where column checks get generated names (t_chk_1), a
 * table check so named is written on its column all the same.
 */
export function columnCheck(checks: readonly CheckConstraint[], column: string): CheckConstraint | undefined {
  return checks.find((check) => check.name === column && identifierIn(check.expression, column));
}
