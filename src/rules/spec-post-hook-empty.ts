import { defineEntry } from '../diagnostics/diagnostic.ts';
import { defineRule } from './utils/rule.ts';
import { namePostHook, readRawPostHook } from './utils/restoreSpec.ts';

/**
 * A `postHooks[]` entry with neither `init` nor `exec` (`RestoreResourceHook`,
 * `pkg/apis/velero/v1/restore_types.go`): `HandleRestoreHooks` and `GroupRestoreExecHooks`
 * (`internal/hook/item_hook_handler.go`) skip it, but it still takes a postHooks index.
 */
export const specPostHookEmpty = defineRule({
  entry: defineEntry({
    code: 'spec-post-hook-empty',
    title: 'postHooks entry with neither init nor exec',
    severity: 'warning',
    why:
      'Each postHooks entry is a RestoreResourceHook with two optional parts, init and exec. With neither, Velero does ' +
      'nothing for it, but it still counts in the postHooks index that names the exec hooks after it. Keys other than ' +
      'init and exec (a misspelt Exec, or an exec hook written without the exec: level) are pruned by the API server, ' +
      'because the Restore CRD does not keep unknown fields there.',
    source:
      'pkg/apis/velero/v1/restore_types.go RestoreResourceHook; internal/hook/item_hook_handler.go HandleRestoreHooks, ' +
      'GroupRestoreExecHooks',
    fix: 'Put the hook under `init:` (initContainers) or `exec:` (container, command, …), or remove the entry.',
    message: (d: { hook: string; keys: string }) =>
      `${d.hook} has neither init nor exec, so Velero does nothing for it` +
      (d.keys ? `; the API server prunes the unknown ${d.keys}` : ''),
  }),
  check(ctx, report) {
    for (const resource of ctx.restore.resources) {
      for (const post of resource.postHooks) {
        if (post.exec || post.initContainers) continue;
        const raw = readRawPostHook(ctx, post);
        const keys = Object.keys(raw).filter((k) => k !== 'init' && k !== 'exec');
        const at = ctx.restoreAt(post.path);
        if (!at) continue;
        const named = keys.map((k) => JSON.stringify(k)).join(', ');
        report(at, {
          hook: namePostHook(resource, post),
          keys: keys.length === 0 ? '' : `${keys.length === 1 ? 'key' : 'keys'} ${named}`,
        });
      }
    }
  },
});
