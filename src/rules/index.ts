import { initImageWithoutCommand } from './init-image-without-command.ts';
import { initNameGenerated } from './init-name-generated.ts';
import { namespacePatternPanics } from './namespace-pattern-panics.ts';
import { initContainerNameConflict } from './init-container-name-conflict.ts';
import { specDurationInvalid } from './spec-duration-invalid.ts';
import { specExecCommandEmpty } from './spec-exec-command-empty.ts';
import { specHookMatchesNoPod } from './spec-hook-matches-no-pod.ts';
import { specHookNameCollapses } from './spec-hook-name-collapses.ts';
import { specHookNameDuplicate } from './spec-hook-name-duplicate.ts';
import { specHookResourcesIgnored } from './spec-hook-resources-ignored.ts';
import { specInitContainerIncomplete } from './spec-init-container-incomplete.ts';
import { specInitContainerKeyCase } from './spec-init-container-key-case.ts';
import { specInitContainerUndecodable } from './spec-init-container-undecodable.ts';
import { specInitContainerUnknownField } from './spec-init-container-unknown-field.ts';
import { specInitVolumeMissing } from './spec-init-volume-missing.ts';
import { specLabelSelectorInvalid } from './spec-label-selector-invalid.ts';
import { specNamespaceBeforeMapping } from './spec-namespace-before-mapping.ts';
import { specPostHookEmpty } from './spec-post-hook-empty.ts';
import { annotationOverridesSpecHooks } from './annotation-overrides-spec-hooks.ts';
import { annotationsTooLarge } from './annotations-too-large.ts';
import { backupHookAnnotation } from './backup-hook-annotation.ts';
import { commandNotJsonArray } from './command-not-json-array.ts';
import { commandSingleArgument } from './command-single-argument.ts';
import { containerNameNotDnsLabel } from './container-name-not-dns-label.ts';
import { execHookContainerMissing } from './exec-hook-container-missing.ts';
import { execHookDefaultContainer } from './exec-hook-default-container.ts';
import { execHookNoWaitTimeout } from './exec-hook-no-wait-timeout.ts';
import { execHookWaitTimeoutShorterThanQueue } from './exec-hook-wait-timeout-shorter-than-queue.ts';
import { hookAnnotationsOnWorkload } from './hook-annotations-on-workload.ts';
import { initAnnotationUsesMountedPath } from './init-annotation-uses-mounted-path.ts';
import { initAnnotationsWithoutImage } from './init-annotations-without-image.ts';
import { initTimeoutIgnored } from './init-timeout-ignored.ts';
import { metadataValueNotString } from './metadata-value-not-string.ts';
import { onErrorContinueRestorePartiallyFailed } from './on-error-continue-restore-partially-failed.ts';
import { onErrorInvalid } from './on-error-invalid.ts';
import { timeoutNotGoDuration } from './timeout-not-go-duration.ts';
import { typographicQuotesRule } from './typographic-quotes.ts';
import { unknownHookAnnotation } from './unknown-hook-annotation.ts';
import { waitForReadyNeedsHook } from './wait-for-ready-needs-hook.ts';
import { waitForReadyValue } from './wait-for-ready-value.ts';
import { trackerRecordIndexMismatch } from './tracker-record-index-mismatch.ts';
import { waitForReadyIgnored } from './wait-for-ready-ignored.ts';
import { restoreValidationPanics } from './restore-validation-panics.ts';
import { hooksAttemptedUndercounted } from './hooks-attempted-undercounted.ts';
import { staleRestoreWait } from './stale-restore-wait.ts';
import { restoreWaitUserMismatch } from './restore-wait-user-mismatch.ts';
import { restoreExcludesVolumeClaims } from './restore-excludes-volume-claims.ts';
import { execTimeoutOutOfRange } from './exec-timeout-out-of-range.ts';
import { restoreFilterInvalid } from './restore-filter-invalid.ts';
import { hooksOnPodNotRestored } from './hooks-on-pod-not-restored.ts';
import { waitTimeoutDuringVolumeRestore } from './wait-timeout-during-volume-restore.ts';
import type { Rule } from './utils/rule.ts';

/** Every check, in catalogue order. Adding a check = one file in this folder + one line here. */
export const rules: readonly Rule[] = [
  initImageWithoutCommand,
  initNameGenerated,
  namespacePatternPanics,
  initContainerNameConflict,
  specDurationInvalid,
  specExecCommandEmpty,
  specHookMatchesNoPod,
  specHookNameCollapses,
  specHookNameDuplicate,
  specHookResourcesIgnored,
  specInitContainerIncomplete,
  specInitContainerKeyCase,
  specInitContainerUndecodable,
  specInitContainerUnknownField,
  specInitVolumeMissing,
  specLabelSelectorInvalid,
  specNamespaceBeforeMapping,
  specPostHookEmpty,
  annotationOverridesSpecHooks,
  annotationsTooLarge,
  backupHookAnnotation,
  commandNotJsonArray,
  commandSingleArgument,
  containerNameNotDnsLabel,
  execHookContainerMissing,
  execHookDefaultContainer,
  execHookNoWaitTimeout,
  execHookWaitTimeoutShorterThanQueue,
  hookAnnotationsOnWorkload,
  initAnnotationUsesMountedPath,
  initAnnotationsWithoutImage,
  initTimeoutIgnored,
  metadataValueNotString,
  onErrorContinueRestorePartiallyFailed,
  onErrorInvalid,
  timeoutNotGoDuration,
  typographicQuotesRule,
  unknownHookAnnotation,
  waitForReadyNeedsHook,
  waitForReadyValue,
  trackerRecordIndexMismatch,
  waitForReadyIgnored,
  restoreValidationPanics,
  hooksAttemptedUndercounted,
  staleRestoreWait,
  restoreWaitUserMismatch,
  restoreExcludesVolumeClaims,
  execTimeoutOutOfRange,
  restoreFilterInvalid,
  hooksOnPodNotRestored,
  waitTimeoutDuringVolumeRestore,
];
