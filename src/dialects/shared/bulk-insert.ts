/**
 * Planning a bulkInsert: rows become multi-row INSERTs of at most
 * MAX_PARAMS bound values each. A key a row leaves out must get the
 * column's server default, never an explicit NULL:
 *
 * - where VALUES accepts the DEFAULT keyword (PostgreSQL, MySQL), the column
 *   list is the union of all keys in first-seen order and a missing key is
 *   DEFAULT, so mixed rows still make few statements;
 * - elsewhere (SQLite), rows are grouped in consecutive runs sharing one key
 *   set. Runs, not a global grouping, so rows keep their order (ids given by
 *   autoincrement follow the order the user wrote).
 *
 * A key whose value is undefined counts as left out, as in JSON.stringify.
 */

/** Well under every driver's limit (SQLite 32,766; PostgreSQL and MySQL 65,535), and keeps statements readable. */
export const MAX_PARAMS = 1000;

/** Marks a value the INSERT leaves to the server: rendered as the DEFAULT keyword. */
export const DEFAULT_VALUE: unique symbol = Symbol("DEFAULT");

export interface InsertChunk {
  /** Column names; empty: a row of server defaults only. */
  readonly columns: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

type Row = Readonly<Record<string, unknown>>;

const presentKeys = (row: Row): string[] => Object.keys(row).filter((key) => row[key] !== undefined);

export function planBulkInsert(rows: readonly Row[], useDefaultKeyword: boolean, maxParams = MAX_PARAMS): InsertChunk[] {
  return useDefaultKeyword ? planWithDefaults(rows, maxParams) : planInRuns(rows, maxParams);
}

function planWithDefaults(rows: readonly Row[], maxParams: number): InsertChunk[] {
  const columns = [...new Set(rows.flatMap(presentKeys))];
  if (columns.length === 0) return rows.map(() => ({ columns, rows: [[]] }));
  const chunks: InsertChunk[] = [];
  let current: unknown[][] = [];
  let params = 0;
  for (const row of rows) {
    const values = columns.map((key) => (row[key] === undefined ? DEFAULT_VALUE : row[key]));
    const count = values.filter((v) => v !== DEFAULT_VALUE).length;
    if (current.length > 0 && params + count > maxParams) {
      chunks.push({ columns, rows: current });
      current = [];
      params = 0;
    }
    current.push(values);
    params += count;
  }
  if (current.length > 0) chunks.push({ columns, rows: current });
  return chunks;
}

function planInRuns(rows: readonly Row[], maxParams: number): InsertChunk[] {
  const chunks: InsertChunk[] = [];
  let columns: string[] | null = null;
  let signature = "";
  let current: unknown[][] = [];
  const flush = (): void => {
    if (columns === null || current.length === 0) return;
    const perChunk = columns.length === 0 ? 1 : Math.max(1, Math.floor(maxParams / columns.length));
    for (let i = 0; i < current.length; i += perChunk) chunks.push({ columns, rows: current.slice(i, i + perChunk) });
    current = [];
  };
  for (const row of rows) {
    const keys = presentKeys(row);
    const rowSignature = [...keys].sort().join("\u0000");
    if (columns === null || rowSignature !== signature) {
      flush();
      columns = keys;
      signature = rowSignature;
    }
    current.push(columns.map((key) => row[key]));
  }
  flush();
  return chunks;
}
