/**
 * Where compile() gets the current definition of the tables an op needs:
 * the catalog (online, inside the run's transaction, so it sees the run's
 * own earlier changes) or the SchemaTracker (offline).
 */
import type { CompileContext, TableState } from "../dialects/dialect.js";
import { UnsupportedOperationError } from "../errors.js";
import { qualifiedName, type Operation, type TableRef } from "../operations/operation.js";
import type { StatementRunner } from "./runner.js";
import { SchemaTracker } from "./schema-tracker.js";
import type { Schema } from "../schema/ir.js";

export interface DefinitionSource {
  /** The compile context for an op, with the states of the tables it needs. */
  contextFor(op: Operation): Promise<CompileContext>;
  /** Called after each op ran, so an offline source can follow the schema. */
  applied(op: Operation): void;
}

const key = (ref: TableRef): string => qualifiedName(ref);

export function catalogDefinitions(runner: StatementRunner): DefinitionSource {
  return {
    async contextFor(op) {
      const refs = runner.dialect.tablesNeeded(op);
      const states = refs.length === 0 ? [] : await runner.dialect.tableStates((s) => runner.query(s), refs);
      const byName = new Map(states.map((s): [string, TableState] => [key({ name: s.table.name, schema: s.table.schema }), s]));
      return {
        table(ref) {
          const state = byName.get(key(ref)) ?? byName.get(key({ ...ref, schema: null }));
          if (!state) throw new UnsupportedOperationError(`table ${qualifiedName(ref)} does not exist`);
          return state;
        },
      };
    },
    applied() {},
  };
}

/** `start`: the schema the first op finds (offline from base: none). */
export function trackedDefinitions(startsAtBase: boolean, start?: Schema): DefinitionSource {
  const tracker = new SchemaTracker(startsAtBase, start);
  return {
    async contextFor() {
      return { table: (ref) => tracker.table(ref) };
    },
    applied(op) {
      tracker.apply(op);
    },
  };
}
