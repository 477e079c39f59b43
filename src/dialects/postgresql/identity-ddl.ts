/**
 * Changing how an autoincrement column gets its values: switching it on or
 * off, between identity and serial, between ALWAYS and BY DEFAULT, and its
 * sequence options. A serial column's sequence is reached through
 * pg_get_serial_sequence, as its name is the server's.
 */
import type { AlterColumnOp } from "../../operations/operation.js";
import type { Identity } from "../../schema/ir.js";
import type { ColumnType } from "../../schema/types.js";
import type { Statement } from "../dialect.js";
import { qualifiedTable } from "../shared/syntax.js";
import { identityClause, sequenceOptionList, sequenceResetList, serialSequenceName, withSerialSequence } from "./ddl-parts.js";
import { postgresSyntax, quoteIdentifier, quoteString } from "./quote.js";
import { postgresType } from "./types.js";

type Alter = (clause: string) => Statement;

const serial = (identity: Identity | null | undefined): boolean => identity?.generation === "serial";

/** The column's type for sequence options: the new one if it changes, else the old (integer if unknown). */
const typeOf = (op: AlterColumnOp): ColumnType => op.changes.type ?? op.existing.type ?? { kind: "integer" };

/** Makes the column serial: a sequence of PostgreSQL's name for it, owned by the column, as its default. */
function makeSerial(op: AlterColumnOp, identity: Identity, column: string, alter: Alter): Statement[] {
  const type = typeOf(op);
  const name = serialSequenceName(op.table.name, op.name);
  const sequence = qualifiedTable(postgresSyntax, { name, schema: op.table.schema });
  const options = sequenceOptionList(identity, type).filter((o) => !o.startsWith("AS "));
  const as = sequenceOptionList(identity, type).some((o) => o.startsWith("AS ")) ? "bigint" : postgresType(type).toLowerCase();
  return [
    { sql: `CREATE SEQUENCE ${sequence} AS ${as}${options.length > 0 ? ` ${options.join(" ")}` : ""} OWNED BY ${qualifiedTable(postgresSyntax, op.table)}.${column}`, params: [] },
    alter(`ALTER COLUMN ${column} SET DEFAULT nextval(${quoteString(op.table.schema === null ? quoteIdentifier(name) : sequence)}::regclass)`),
  ];
}

/** Stops the column being serial: its default and the sequence it owns go. */
function dropSerial(op: AlterColumnOp, column: string, alter: Alter): Statement[] {
  // pg_get_serial_sequence follows the sequence's ownership, which outlives the default.
  return [alter(`ALTER COLUMN ${column} DROP DEFAULT`), withSerialSequence(op.table, op.name, "DROP SEQUENCE %s")];
}

/** autoIncrement switched on (the identity the column gets) or off (the one it had). */
export function alterIdentityStatements(op: AlterColumnOp, on: boolean, column: string, alter: Alter): Statement[] {
  if (on) {
    const identity = op.changes.identity ?? null;
    if (serial(identity)) return makeSerial(op, identity!, column, alter);
    return [alter(`ALTER COLUMN ${column} ADD ${identityClause(identity ?? undefined, typeOf(op))}`)];
  }
  if (serial(op.existing.identity)) return dropSerial(op, column, alter);
  return [alter(`ALTER COLUMN ${column} DROP IDENTITY`)];
}

/** The identity changes on a column that stays autoincrement. */
export function identityChangeStatements(op: AlterColumnOp, column: string, alter: Alter): Statement[] {
  const from = op.existing.identity ?? null;
  const to = op.changes.identity ?? null;
  const setval = (): Statement => {
    const table = qualifiedTable(postgresSyntax, op.table);
    return {
      sql: `SELECT setval(pg_get_serial_sequence(${quoteString(table)}, ${quoteString(op.name)}), COALESCE(MAX(${column}), 0) + 1, false) FROM ${table}`,
      params: [],
    };
  };
  if (serial(from) && serial(to)) {
    return [withSerialSequence(op.table, op.name, `ALTER SEQUENCE %s ${sequenceResetList(to).join(" ")}`)];
  }
  if (serial(from)) {
    return [...dropSerial(op, column, alter), alter(`ALTER COLUMN ${column} ADD ${identityClause(to ?? undefined, typeOf(op))}`), setval()];
  }
  if (serial(to)) return [alter(`ALTER COLUMN ${column} DROP IDENTITY`), ...makeSerial(op, to!, column, alter), setval()];
  const generation = to?.generation === "always" ? "ALWAYS" : "BY DEFAULT";
  const options = sequenceResetList(to).map((option) => `SET ${option}`);
  return [alter(`ALTER COLUMN ${column} SET GENERATED ${generation} ${options.join(" ")}`)];
}
