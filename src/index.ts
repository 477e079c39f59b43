/** `athanor`: the config helper, the programmatic API and the types revision files use. */
export { defineConfig } from "./config/types.js";
export type {
  Config, DatabaseConfig, MultiDatabaseConfig, ConfigContext, ConfigInput, SchemaObjectInfo,
} from "./config/types.js";
export type {
  Op, BatchOp, UnnamedConstraint, CreateIndexOptions, DropIndexOptions, SchemaOption, AlterColumnOptions, ForeignKeyOptions, EnumValueOptions, BatchOptions,
} from "./operations/facade.js";
export type { Operation, OperationKind } from "./operations/operation.js";
export type { DialectName } from "./dialects/dialect.js";
export type { CommandOptions } from "./commands/options.js";

export type { MigrateOptions, MigrateReport, MigrateFleetReport } from "./commands/migrate.js";
export type {
  FleetReport, FleetTotals, FleetError, FleetEvent, FleetOptions, FleetCommand, DatabaseOutcome, DatabaseStatus,
} from "./commands/fleet.js";
export type { RevisionOptions, MergeOptions, RevisionResult, WrittenRevision } from "./commands/revision.js";
export type { AskRename, RenameQuestion } from "./autogenerate/rename-candidates.js";
export type { CurrentReport, DatabaseRevisions, RevisionInfo, HistoryOptions } from "./commands/inspect.js";
export type { StampOptions, StampReport, StampFleetReport } from "./commands/stamp.js";
export type { InitOptions, InitResult } from "./commands/init.js";
export type { CheckOptions, CheckReport, AutogenerateOptions, AutogenerateResult } from "./commands/autogenerate.js";
export type { PullOptions, PullResult, PullFormat } from "./commands/pull.js";
export type {
  SchemaDocument, DocumentTable, DocumentColumn, DocumentDefault, DocumentLiteral,
} from "./autogenerate/render-json.js";
export type { LintOptions, LintReport, LintRevision, LintOp, LintImpact } from "./commands/lint.js";
export type { ChangeLine } from "./autogenerate/summary.js";
export type {
  JsonOutput, JsonError, JsonInit, JsonListTemplates, JsonRevisionWritten, JsonMerge, JsonMigrate, JsonMigrateDatabase, JsonStep,
  JsonOutcome, JsonStampDatabase,
  JsonCurrent, JsonRevisionList, JsonRevision, JsonStamp, JsonCheck, JsonPull, JsonLint,
} from "./cli/json-shapes.js";
export { listTemplates } from "./commands/templates.js";
export {
  upgrade, downgrade, revision, merge, current, history, heads, branches, show, stamp, init, check, autogenerateRevision, pull,
} from "./commands/lazy.js";

export {
  MigrateError, ConfigError, RevisionGraphError, TargetError, DatabaseError, LockTimeoutError,
  UnsupportedOperationError, ModelError, UsageError, MigrationError, CommitOutcomeUnknownError,
} from "./errors.js";
