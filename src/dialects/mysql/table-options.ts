/**
 * MySQL table options: ENGINE, DEFAULT CHARSET and COLLATE, in CREATE
 * TABLE and changed in place.
 *
 * A charset change is `ALTER TABLE t DEFAULT CHARSET=x COLLATE=y` plus a
 * MODIFY of each text column that followed the old default (the compiler
 * writes those), not `CONVERT TO CHARACTER SET`: CONVERT also rewrites the
 * columns that have a charset of their own (losing it), may widen TEXT to
 * MEDIUMTEXT to keep the length in characters (which converting back does
 * not undo), and so cannot be reversed exactly; the per-column MODIFY
 * keeps every column's declared type and own charset, and converts the
 * data of exactly the columns whose charset is the table's (failing, under
 * strict mode, rather than storing '?' for a character the new charset
 * lacks).
 */
import type { TableOptionsIR } from "../../schema/ir.js";

/** ` ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_bin COMMENT='...'` for CREATE TABLE; nothing for the defaults. */
export function tableOptionsSql(options: TableOptionsIR | undefined, comment: string): string {
  let sql = "";
  if (options?.engine !== undefined) sql += ` ENGINE=${options.engine}`;
  if (options?.charset !== undefined) sql += ` DEFAULT CHARSET=${options.charset}`;
  if (options?.collation !== undefined) sql += ` COLLATE=${options.collation}`;
  return sql + comment;
}

export interface OptionsChange {
  readonly clauses: readonly string[];
  /** Whether the default charset or collation changes, so columns that follow it are to be converted. */
  readonly charset: boolean;
  /** Whether the charset stays (only the collation changes): columns with a collation of their own keep it. */
  readonly keepsCollation: boolean;
}

/**
 * The ALTER TABLE clauses from `existing` to `options`. An option that
 * goes back to the default names it: ENGINE=InnoDB (the default engine of
 * MySQL and MariaDB), CHARACTER SET / COLLATE = DEFAULT (the database's).
 */
export function tableOptionsChange(options: TableOptionsIR, existing: TableOptionsIR): OptionsChange {
  const clauses: string[] = [];
  if ((options.engine ?? "").toLowerCase() !== (existing.engine ?? "").toLowerCase()) {
    clauses.push(`ENGINE=${options.engine ?? "InnoDB"}`);
  }
  const charset = options.charset !== existing.charset || options.collation !== existing.collation;
  if (charset) {
    clauses.push(`DEFAULT CHARACTER SET=${options.charset ?? "DEFAULT"}`);
    // A charset given alone takes its default collation; neither given: the database's.
    if (options.collation !== undefined) clauses.push(`COLLATE=${options.collation}`);
    else if (options.charset === undefined) clauses.push("COLLATE=DEFAULT");
  }
  return { clauses, charset, keepsCollation: options.charset === existing.charset };
}
