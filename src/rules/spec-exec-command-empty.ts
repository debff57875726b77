import { defineEntry } from '../diagnostics/diagnostic.ts';
import { asObject } from '../model/json.ts';
import { defineRule } from './utils/rule.ts';
import { namePostHook, readRawPostHook } from './utils/restoreSpec.ts';

/**
 * A spec exec hook without a command. The Restore CRD requires one (`ExecRestoreHook.Command`,
 * MinItems=1, `pkg/apis/velero/v1/restore_types.go`); past it, `ExecutePodCommand`
 * (`pkg/podexec/pod_command_executor.go`) fails the hook with `command is required`.
 */
export const specExecCommandEmpty = defineRule({
  entry: defineEntry({
    code: 'spec-exec-command-empty',
    title: 'Exec hook without a command',
    severity: 'error',
    why:
      'An exec hook needs a non-empty list of strings as its command. The Restore CRD marks command as required with at ' +
      'least one item, so the API server refuses such a Restore. Where it gets through anyway (a CRD installed without ' +
      'its schema), Velero still groups the hook and its pod command executor fails it with "command is required" ' +
      'without running anything: the hook counts as failed and the Restore ends PartiallyFailed. A single string is not ' +
      'a list and is refused the same way.',
    source:
      'pkg/apis/velero/v1/restore_types.go ExecRestoreHook.Command (+kubebuilder:validation:MinItems=1); ' +
      'pkg/podexec/pod_command_executor.go ExecutePodCommand',
    fix: 'Give the hook a command as a list, e.g. [/bin/sh, -c, "echo restored"].',
    message: (d: { hook: string; problem: string }) =>
      `exec hook of ${d.hook} ${d.problem}: the API server refuses the Restore (the CRD requires at least one ` +
      'command item); without that check Velero\'s executor fails the hook with "command is required", which makes ' +
      'the Restore PartiallyFailed',
  }),
  check(ctx, report) {
    for (const resource of ctx.restore.resources) {
      for (const post of resource.postHooks) {
        if (!post.exec) continue;
        const command = asObject(readRawPostHook(ctx, post)['exec'])['command'];
        const problem =
          command === undefined || command === null
            ? 'has no command'
            : !Array.isArray(command)
              ? `has a command that is not a list (${JSON.stringify(command)})`
              : command.length === 0
                ? 'has an empty command'
                : null;
        if (!problem) continue;
        const present = command !== undefined && command !== null;
        const at = ctx.restoreAt(
          [...post.path, 'exec', ...(present ? ['command'] : [])],
          present ? 'value' : 'key',
        );
        if (at) report(at, { hook: namePostHook(resource, post), problem });
      }
    }
  },
});
