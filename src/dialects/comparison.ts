/**
 * What autogenerate asks of a dialect: how model definitions look once the
 * database has stored them, and when two differently spelled things are
 * the same. Compare itself stays dialect-free.
 */
import type { CheckConstraint, Column, Index, ReferentialAction, Schema, Table } from "../schema/ir.js";
import type { DefaultValue } from "../schema/types.js";
import type { QueryFn } from "./dialect.js";

export interface Equivalence {
  /** Whether the database column's type is what the model column's type becomes on this dialect. */
  sameType(database: Column, model: Column, table: Table): boolean;
  /** Whether the database's server default is the model's. */
  sameDefault(database: Column, model: Column, table: Table): boolean;
  /** Whether two check expressions are the same constraint. */
  sameCheck(database: CheckConstraint, model: CheckConstraint): boolean;
  /** Whether two partial-index predicates are the same (both non-null). */
  sameWhere(database: Index, model: Index): boolean;
  /** Whether the columns agree on autoincrement as far as this dialect can tell. */
  sameAutoIncrement(database: Column, model: Column): boolean;
  /** Whether two referential actions behave alike here (null is the database's default action). */
  sameAction(database: ReferentialAction | null, model: ReferentialAction | null): boolean;
  /**
   * Whether two SQL expressions are the same: index expression keys, generated columns, ON UPDATE, and the
   * definitions of verbatim constraints (after canonicalExpressions, where the dialect has it).
   */
  sameExpression(database: string, model: string): boolean;
  /** Whether the columns agree on nullability where the dialect knows better than equality (SQLite's rowid never is NULL). */
  sameNullable?(database: Column, model: Column, table: Table): boolean;
}

/** Two server defaults of one column that text could not prove equal. */
export interface DefaultQuestion {
  readonly column: Column;
  readonly database: DefaultValue;
  readonly model: DefaultValue;
}

export interface Comparison {
  /** The models as this dialect stores them: nearest types, default spellings, implied constraints. */
  storedForm(models: Schema): Schema;
  readonly equivalence: Equivalence;
  /** Enum types exist on their own (PostgreSQL); elsewhere only inside column types. */
  readonly enumTypes: boolean;
  /** Alterations become table rebuilds (SQLite): group a table's changes into one batchAlterTable. */
  readonly rebuildsTables: boolean;
  /**
   * A constraint created without a name keeps none (SQLite; elsewhere the database names it, and a downgrade
   * could not know the name): autogenerate leaves the models' unnamed constraints unnamed rather than give them
   * conventional names, so a database built from models pulled from another has the very constraints it had.
   */
  readonly keepsUnnamedConstraints: boolean;
  /**
   * Asks the database whether each pair of defaults evaluates to the same
   * value (cast to the column's type), for what text normalisation could not
   * decide. Absent where the database stores defaults as written (SQLite).
   */
  sameDefaultsInDatabase?(query: QueryFn, questions: readonly DefaultQuestion[]): Promise<boolean[]>;
  /**
   * The models with every check expression, partial-index predicate, default and type that the database
   * proves equal to its counterpart replaced by the database's own spelling (it builds them in a scratch
   * table inside a transaction or savepoint it rolls back). Everything else, including anything that cannot
   * be built, comes back unchanged, so a real difference stays a difference. Absent where text suffices.
   */
  canonicalExpressions?(query: QueryFn, models: Schema, database: Schema): Promise<Schema>;
}
