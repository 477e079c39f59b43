/** `athanor`: the config helper, the programmatic API and the types revision files use. */
export { defineConfig } from "./config/types.js";
export type {
  Config, DatabaseConfig, MultiDatabaseConfig, ConfigContext, ConfigInput, SchemaObjectInfo,
} from "./config/types.js";
export type {
  Op, BatchOp, CreateIndexOptions, SchemaOption, AlterColumnOptions, ForeignKeyOptions, EnumValueOptions, BatchOptions,
} from "./operations/facade.js";
export type { Operation, OperationKind } from "./operations/operation.js";
export type { DialectName } from "./dialects/dialect.js";
export type { CommandOptions } from "./commands/options.js";

export { upgrade, downgrade, type MigrateOptions, type MigrateReport } from "./commands/migrate.js";
export { revision, merge, type RevisionOptions, type MergeOptions, type RevisionResult } from "./commands/revision.js";
export {
  current, history, heads, branches, show,
  type CurrentReport, type DatabaseRevisions, type RevisionInfo, type HistoryOptions,
} from "./commands/inspect.js";
export { stamp, type StampOptions, type StampReport } from "./commands/stamp.js";
export { init, listTemplates, type InitOptions, type InitResult } from "./commands/init.js";
export { check, autogenerateRevision, type CheckReport, type AutogenerateOptions, type AutogenerateResult } from "./commands/autogenerate.js";

export {
  MigrateError, ConfigError, RevisionGraphError, TargetError, DatabaseError, LockTimeoutError,
  UnsupportedOperationError, ModelError, UsageError, MigrationError,
} from "./errors.js";
