import { defineEntry } from '../diagnostics/diagnostic.ts';
import {
  INIT_HOOK_PREFIX,
  KNOWN_HOOK_ANNOTATIONS,
  POST_HOOK_PREFIX,
} from '../model/annotations.ts';
import {
  isRestoreHookKey,
  readWorkloadOwnAnnotations,
  readPodAnnotations,
  namePod,
} from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';
import { findClosestName, editDistance, renameKeyFix } from './utils/textEdits.ts';

const PREFIXES = { init: INIT_HOOK_PREFIX, post: POST_HOOK_PREFIX } as const;
type Prefix = keyof typeof PREFIXES;

/** Names people reach for, by prefix, normalised (lower case, letters and digits only). */
const ALIASES: Record<Prefix, Record<string, string>> = {
  init: {
    image: 'container-image',
    container: 'container-name',
    name: 'container-name',
    cmd: 'command',
    commands: 'command',
  },
  // A backup hook's `timeout` is its exec timeout, which is where people copy it from.
  post: {
    timeout: 'exec-timeout',
    containername: 'container',
    cmd: 'command',
    commands: 'command',
    ready: 'wait-for-ready',
    waitready: 'wait-for-ready',
  },
};

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Which restore-hook prefix a key was meant to have, allowing a few typos; null for other keys. */
function intendedPrefix(key: string): Prefix | null {
  const lower = key.toLowerCase();
  if (!lower.includes('velero') || !lower.includes('hook')) return null;
  const slash = lower.indexOf('/');
  const distance = (p: Prefix) =>
    editDistance(
      slash === -1 ? lower.slice(0, PREFIXES[p].length) : lower.slice(0, slash + 1),
      PREFIXES[p],
    );
  const [init, post] = [distance('init'), distance('post')];
  if (Math.min(init, post) > 3) return null;
  return init < post ? 'init' : 'post';
}

/** The known key a misspelled one most likely meant (same prefix first, then the other prefix). */
function suggest(key: string, prefix: Prefix): string | null {
  const slash = key.indexOf('/');
  const suffix = normalise(
    slash === -1 ? key.slice(PREFIXES[prefix].length) : key.slice(slash + 1),
  );
  const known = (p: Prefix) =>
    KNOWN_HOOK_ANNOTATIONS.filter((k) => k.startsWith(PREFIXES[p])).map((k) =>
      k.slice(PREFIXES[p].length),
    );
  const exact = known(prefix).find((k) => normalise(k) === suffix);
  if (exact) return PREFIXES[prefix] + exact;
  const alias = ALIASES[prefix][suffix];
  if (alias) return PREFIXES[prefix] + alias;
  const names = known(prefix);
  const close = findClosestName(suffix, names.map(normalise));
  const match = close === null ? undefined : names.find((k) => normalise(k) === close);
  if (match) return PREFIXES[prefix] + match;
  const other: Prefix = prefix === 'init' ? 'post' : 'init';
  const elsewhere = known(other).find((k) => normalise(k) === suffix);
  return elsewhere ? PREFIXES[other] + elsewhere : null;
}

/** A restore-hook annotation key Velero does not read (a typo, wrong case, or an invented name). */
export const unknownHookAnnotation = defineRule({
  entry: defineEntry({
    code: 'unknown-hook-annotation',
    title: 'Unknown or misspelled restore-hook annotation',
    severity: 'warning',
    why:
      'Velero looks up a fixed set of annotation keys, exactly and case-sensitively. Any other key under ' +
      'init.hook.restore.velero.io/ or post.hook.restore.velero.io/ (or a misspelled prefix) is never read, so ' +
      'the setting silently has no effect. There is no pre.hook.restore.velero.io/ family: restore hooks are init ' +
      "containers or exec hooks in the restored pod, and a workload's own metadata is never read either.",
    source:
      'internal/hook/item_hook_handler.go (podRestoreHook* constants, getInitContainerFromAnnotation, getPodExecRestoreHookFromAnnotations)',
    fix: 'Rename the key to the one Velero reads (init: container-image, container-name, command; post: container, command, on-error, exec-timeout, wait-timeout, wait-for-ready).',
    message: (d: { pod: string; key: string; suggestion: string | null }) =>
      `${d.pod}: Velero does not read the annotation ${d.key}, so it has no effect` +
      (d.suggestion ? `; did you mean ${d.suggestion}?` : ''),
  }),
  check(ctx, report) {
    for (const target of ctx.manifests.pods) {
      const annotations = readPodAnnotations(target);
      for (const key of Object.keys(annotations)) {
        if (KNOWN_HOOK_ANNOTATIONS.includes(key)) continue;
        const prefix = intendedPrefix(key);
        if (!prefix) continue;
        const suggestion = suggest(key, prefix);
        const at = ctx.podAt(target, ['metadata', 'annotations', key], 'key');
        const canRename = suggestion !== null && !(suggestion in annotations);
        report(
          at,
          { pod: namePod(target), key, suggestion },
          canRename ? { fix: renameKeyFix(`Rename to ${suggestion}`, at, suggestion) } : undefined,
        );
      }
    }
    // A workload's own metadata: keys with a real hook prefix are hook-annotations-on-workload's.
    for (const { target, key, at } of readWorkloadOwnAnnotations(ctx)) {
      if (isRestoreHookKey(key) || KNOWN_HOOK_ANNOTATIONS.includes(key)) continue;
      const prefix = intendedPrefix(key);
      if (!prefix) continue;
      const pod = `${target.kind} ${target.namespace}/${target.ownerName} (its own metadata)`;
      report(at, { pod, key, suggestion: suggest(key, prefix) });
    }
  },
});
