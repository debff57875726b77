/**
 * Velero's restore-hook annotation keys (`internal/hook/item_hook_handler.go`, the `podRestoreHook*` constants).
 * The init timeout key is declared there but never read.
 */
export const INIT_HOOK_PREFIX = 'init.hook.restore.velero.io/';
export const POST_HOOK_PREFIX = 'post.hook.restore.velero.io/';

export const InitAnnotation = {
  containerImage: `${INIT_HOOK_PREFIX}container-image`,
  containerName: `${INIT_HOOK_PREFIX}container-name`,
  command: `${INIT_HOOK_PREFIX}command`,
  timeout: `${INIT_HOOK_PREFIX}timeout`,
} as const;

export const ExecAnnotation = {
  container: `${POST_HOOK_PREFIX}container`,
  command: `${POST_HOOK_PREFIX}command`,
  onError: `${POST_HOOK_PREFIX}on-error`,
  execTimeout: `${POST_HOOK_PREFIX}exec-timeout`,
  waitTimeout: `${POST_HOOK_PREFIX}wait-timeout`,
  waitForReady: `${POST_HOOK_PREFIX}wait-for-ready`,
} as const;

/** Every key Velero reads (or declares) under the two restore-hook prefixes. */
export const KNOWN_HOOK_ANNOTATIONS: readonly string[] = [
  ...Object.values(InitAnnotation),
  ...Object.values(ExecAnnotation),
];

/** `pkg/restorehelper/util.go` WaitInitContainer, and the legacy name PodVolumeRestoreAction also strips. */
export const RESTORE_WAIT_CONTAINER = 'restore-wait';
export const LEGACY_RESTIC_WAIT_CONTAINER = 'restic-wait';

/** Pod annotation listing volumes backed up with file-system backup (opt-in mode). */
export const BACKUP_VOLUMES_ANNOTATION = 'backup.velero.io/backup-volumes';

/** Labels `restoreItem` → `addRestoreLabels` puts on every restored object. */
export const BACKUP_NAME_LABEL = 'velero.io/backup-name';
export const RESTORE_NAME_LABEL = 'velero.io/restore-name';

/** Name `getInitContainerFromAnnotation` gives an unnamed annotation init container: prefix + 8 hex digits. */
export const GENERATED_INIT_NAME_PREFIX = 'velero-restore-init-';

/** Name of an annotation exec hook (`internal/hook/item_hook_handler.go` HookSourceAnnotation handling). */
export const ANNOTATION_HOOK_NAME = '<from-annotation>';
