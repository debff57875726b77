/**
 * The engine's one public entry: the app and the CLI import from here. Everything is synchronous,
 * deterministic and free of DOM, Node and UI dependencies.
 */
import type { DiagnosticEntry } from './diagnostics/diagnostic.ts';
import { yamlEntries } from './diagnostics/yamlEntries.ts';
import { rules } from './rules/index.ts';

export { analyze, type Analysis, type AnalyzeInput, type NamedText } from './analyze.ts';
export {
  changeAt,
  getDefaultVeleroVersion,
  findReleaseRanges,
  resolveVeleroVersion,
  listSupportedVersions,
  type BehaviourValues,
  type VeleroVersion,
} from './versions/versionModel.ts';
export {
  BEHAVIOURS,
  type Behaviour,
  type BehaviourChange,
  type BehaviourId,
} from './versions/behaviours.ts';
export { DEFAULT_RELEASE, RELEASES, type VeleroRelease } from './versions/releases.ts';
export { renderVersionsMarkdown } from './versions/versionsMarkdown.ts';
export {
  buildPodViews,
  buildDesignerView,
  MANIFESTS_FILE,
  RESTORE_FILE,
  type DesignerInput,
  type DesignerView,
  type DiffBlock,
  type DiffView,
  type DiffMode,
  type DiffScope,
  type ViewInclude,
  type HookMatchView,
  type InjectedInitView,
  type PodView,
} from './designer/designerView.ts';
export {
  findChosenPod,
  findWantedPod,
  HOOK_SELECTION_ROWS,
  type HookSelection,
  type PodChoice,
  type PodListItem,
} from './designer/podList.ts';
export type {
  Diagnostic,
  DiagnosticEntry,
  FileEdits,
  Fix,
  Position,
  Range,
  Severity,
  TextEdit,
} from './diagnostics/diagnostic.ts';
export { fixFileEdits } from './diagnostics/diagnostic.ts';
export { formatDiagnosticLine, formatSummary } from './diagnostics/format.ts';
export { toSarif } from './diagnostics/sarif.ts';
export { toGithubAnnotations } from './diagnostics/github.ts';
export { toJunit } from './diagnostics/junit.ts';
export { toGitlabCodeQuality, type CodeQualityIssue } from './diagnostics/gitlab.ts';
export { renderCatalogueMarkdown } from './diagnostics/catalogueMarkdown.ts';
export type { ExecHook, ExecHookGroups, Duration, JsonPath, OnError } from './model/types.ts';
export {
  BACKUP_VOLUMES_ANNOTATION,
  ExecAnnotation,
  INIT_HOOK_PREFIX,
  InitAnnotation,
  POST_HOOK_PREFIX,
} from './model/annotations.ts';
export { ANNOTATION_DOCS } from './model/annotationDocs.ts';
export { formatDuration, parseDuration } from './go/duration.ts';
export { parseBool } from './go/parseBool.ts';
export { parseStringToCommand } from './velero/command.ts';
export { planToJson, type PlanJson, type PodPlanJson } from './velero/planJson.ts';
export type { Plan, PodPlan } from './velero/plan.ts';
export { restoreObjects, type RestoreChange } from './velero/fullRestore.ts';
export type { Scenario, ScenarioPod } from './scenario/scenario.ts';
export { parseScenario } from './scenario/scenario.ts';
export { buildDefaultScenario } from './scenario/defaultScenario.ts';
export {
  DEFAULT_HOOK_DURATION,
  DEFAULT_HOOK_ERROR,
  DEFAULT_READY_AT,
  DEFAULT_RUNNING_AT,
  isScenarioEdit,
  upsertScenarioEdit,
  type ContainerEdit,
  type HookEdit,
  type PodEdit,
  type ScenarioEdit,
} from './scenario/edits.ts';
export type { ScenarioPodView, ScenarioSource, ScenarioView } from './scenario/view.ts';
export {
  simulationToJson,
  type SimulationJson,
  type PodSimulationJson,
} from './simulate/simulationJson.ts';
export type { SimulationEvent, SimulationResult } from './simulate/simulate.ts';
export { runScenario } from './scenario/simulationInput.ts';
export {
  EXEC_HOOK_RULES,
  listRuleDifferences,
  summarizeRule,
  type ExecHookRule,
  type VeleroSource,
} from './simulate/execHookRules.ts';
export {
  describeExecTimeout,
  describeHookSettings,
  describeOnError,
  describeWaitTimeout,
  type HookSettingWords,
} from './simulate/settingWords.ts';
export * from './generate/index.ts';
export { setIn, changeFor, findTextChange, type TextChange } from './yaml/edit.ts';
export * from './share/index.ts';
export * from './backup/index.ts';
export {
  readPodVolumeBackups,
  type PodVolumeBackupRecord,
  type PodVolumeBackupsReading,
} from './velero/podVolumeBackups.ts';
export { findRestore, getIn, type ObjectLocation } from './designer/form.ts';
export { asArray, asObject, asString, asStrings, nest, readValueAt } from './model/json.ts';
export {
  findAnnotationsLayout,
  exportPod,
  formatAnnotationLines,
  readHooksFromAnnotations,
  type AnnotationsLayout,
  type ExportTarget,
  type PodExport,
} from './designer/exportPod.ts';
export {
  formatNamespacedName,
  formatObjectName,
  formatPodName,
  formatPodOwner,
  NO_NAMESPACE,
  type ObjectName,
  type PodNames,
} from './designer/objectName.ts';
export {
  describeHooksAttempted,
  describePodPlan,
  type ExecGroupText,
  type ExecHookText,
  type InitContainerText,
  type PodPlanText,
} from './designer/planText.ts';
export {
  buildTimeline,
  type ContainerLane,
  type HookOutcome,
  type HookRow,
  type LaneState,
  type PodTimeline,
  type RestorePhase,
  type SimulationRun,
  type StateSegment,
  type Timeline,
  type TimelineEvent,
  type TimelineEventData,
  type TimelineTotals,
  type TotalsAtEvent,
} from './designer/timeline.ts';
export {
  compareVersions,
  type AspectDifference,
  type ChangeCause,
  type CompareInput,
  type VersionComparison,
  type VersionRange,
} from './designer/compareVersions.ts';

/**
 * Every diagnostic code with its explanation: the catalogue (docs/diagnostics.md) and hovers.
 * Pure, so a bundle that never reads it (the page's first screen) leaves the rules out.
 */
export const diagnosticCatalogue: readonly DiagnosticEntry[] = /*#__PURE__*/ buildCatalogue();

function buildCatalogue(): DiagnosticEntry[] {
  return [...Object.values(yamlEntries), ...rules.map((r) => r.entry)].sort((a, b) =>
    a.code < b.code ? -1 : 1,
  );
}
