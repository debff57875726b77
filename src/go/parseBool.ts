/**
 * Go's `strconv.ParseBool` (`src/strconv/atob.go`). Velero reads the
 * `post.hook.restore.velero.io/wait-for-ready` annotation with it (`internal/hook/item_hook_handler.go`).
 */

/** `strconv.ParseBool`: exactly `1 t T TRUE true True` and `0 f F FALSE false False`, else null (Go's error). */
export function parseBool(s: string): boolean | null {
  switch (s) {
    case '1':
    case 't':
    case 'T':
    case 'TRUE':
    case 'true':
    case 'True':
      return true;
    case '0':
    case 'f':
    case 'F':
    case 'FALSE':
    case 'false':
    case 'False':
      return false;
    default:
      return null;
  }
}
