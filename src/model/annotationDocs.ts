/**
 * What each restore-hook annotation key means to Velero, in Markdown: the designer's schema hovers
 * and the language server's hovers show these (`internal/hook/item_hook_handler.go`).
 */
import { BACKUP_VOLUMES_ANNOTATION, ExecAnnotation, InitAnnotation } from './annotations.ts';

const IHH = '`internal/hook/item_hook_handler.go`';

const commandParsing =
  'A value whose first character is `[` is decoded as a JSON list of strings, e.g. ' +
  '`\'["/bin/sh", "-c", "echo done"]\'`. Otherwise (a leading space included), or when that JSON does not decode, ' +
  'the whole value is ONE argument: it is never split on spaces, so `/bin/sh -c "echo done"` looks for a binary ' +
  'of that full name. (`parseStringToCommand`, ' +
  IHH +
  ')';

/** Markdown per annotation key Velero reads on a pod (and the file-system backup key it honours). */
export const ANNOTATION_DOCS: Readonly<Record<string, string>> = {
  [InitAnnotation.containerImage]:
    '**Turns the annotation init hook on.** Image of the init container Velero adds to the restored pod.\n\n' +
    'Only this key enables the hook: with no image (or an empty one), `container-name` and `command` are ' +
    "ignored and the Restore's spec init hooks apply instead. When it is set, the annotation init container " +
    'replaces **all** spec init hooks for this pod (exec hooks are not affected).\n\n' +
    '(`getInitContainerFromAnnotation`, `HandleRestoreHooks`, ' +
    IHH +
    ')',
  [InitAnnotation.containerName]:
    'Name of the init container added from the annotations. Empty or missing: ' +
    '`velero-restore-init-` followed by 8 random hex digits, different on every restore ' +
    '(never `velero-restore-init-0`).',
  [InitAnnotation.command]:
    'Command of the annotation init container. ' +
    commandParsing +
    '\n\n**Required in practice:** with an image but a missing or empty command, Velero (before PR #10371) ' +
    'panics and the pod is not restored. Use `[]` to run the image entrypoint.\n\n' +
    'The container gets exactly `name`, `image` and `command`: **no volumeMounts**, env, resources or ' +
    "securityContext are copied from the app containers, so it cannot see the pod's volumes. To prepare " +
    'restored data, use a Restore spec init hook and list its `volumeMounts`.',
  [InitAnnotation.timeout]: '**Never read by Velero**: the key is declared but has no effect.',
  [ExecAnnotation.container]:
    'Container the exec hook runs in. Default: the first entry of `spec.containers`.\n\n' +
    'A name that is not in `spec.containers` (a native sidecar init container included) is dropped with a ' +
    'warning, and the Restore then stays in `Finalizing` for ever (velero#9749).',
  [ExecAnnotation.command]:
    '**Turns the annotation exec hook on.** ' +
    commandParsing +
    '\n\nWhen present and non-empty this is the **only** exec hook of the pod: every Restore spec exec hook is ' +
    'ignored for it (spec init hooks still apply). `[]` counts as present and fails with `command is required`.',
  [ExecAnnotation.onError]:
    '`Continue` or `Fail`, case-sensitive; anything else (`fail`, `FAIL`) counts as unset and acts like ' +
    '`Continue`.\n\nEither way a failure is recorded, makes the Restore `PartiallyFailed`, and cancels the ' +
    'pending hooks of every other pod in the restore. `Fail` also skips the remaining hooks of this pod.',
  [ExecAnnotation.execTimeout]:
    'How long the command may run, as a Go duration (`30s`, `2m`, `1h30m`). Default `30s`. An invalid value ' +
    '(`5`, `1d`) is logged and the default is used. On timeout the command is **not** killed.',
  [ExecAnnotation.waitTimeout]:
    'How long, from pod creation, the hook may wait for its container to be Running (Ready with ' +
    '`wait-for-ready`), as a Go duration. Unset, invalid or `<= 0`: the pod is watched with no deadline.\n\n' +
    'If it has passed when the container comes up, the hook is reported as expired and counted as failed, ' +
    'and **still runs** unless `on-error` is `Fail`. Time spent in earlier hooks of the container counts.',
  [ExecAnnotation.waitForReady]:
    'Parsed with Go `strconv.ParseBool`: `1 t T TRUE true True` mean true; `0 f F FALSE false False` and ' +
    'anything else mean false. When true, hooks of this container wait for Ready instead of Running ' +
    '(per container, not per pod). Quote it: annotation values are strings.',
  [BACKUP_VOLUMES_ANNOTATION]:
    'Volumes backed up with file-system backup (opt-in mode), comma-separated. A restored pod with such data ' +
    'gets a `restore-wait` init container first, before the hook init containers.',
};
