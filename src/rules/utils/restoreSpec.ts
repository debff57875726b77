/**
 * Shared reading helpers for the Restore-spec checks: the Restore exactly as written (before
 * Velero's typed decoding), how messages name a hook, and text edits for fixes.
 */
import type { Fix, TextEdit } from '../../diagnostics/diagnostic.ts';
import type { JsonPath } from '../../model/types.ts';
import { buildTrackerKey } from '../../velero/execHooks.ts';
import { asObject, asString, readValueAt } from '../../model/json.ts';
import type { PostHook, ResourceHook } from '../../velero/restore.ts';
import { findMatchingSpecExecHooks, namePod } from './podHooks.ts';
import type { At, RuleContext } from './rule.ts';

/** The Restore object as written, or undefined when no Restore was given. */
export function readRawRestore(ctx: RuleContext): unknown {
  const source = ctx.restoreSource;
  if (!source) return undefined;
  return readValueAt(ctx.file(source.file)?.documents[source.document]?.value, source.path);
}

/** How messages name a `hooks.resources[]` entry: `hook "restore-db"`, or its index when unnamed. */
export function nameHook(resource: ResourceHook): string {
  return resource.name
    ? `hook ${JSON.stringify(resource.name)}`
    : `unnamed hook hooks.resources[${resource.index}]`;
}

/** How messages name one `postHooks[]` entry: `hook "restore-db" postHooks[1]`. */
export function namePostHook(resource: ResourceHook, post: PostHook): string {
  return `${nameHook(resource)} postHooks[${post.index}]`;
}

/** One raw `init.initContainers[]` entry of the Restore spec, with its place. */
export interface SpecInitContainer {
  resource: ResourceHook;
  post: PostHook;
  index: number;
  raw: unknown;
  /** Path relative to the Restore object. */
  path: JsonPath;
}

/** Every init container of every hook, matching any pod or not (what `validateAndComplete` walks). */
export function listSpecInitContainers(ctx: RuleContext): SpecInitContainer[] {
  const out: SpecInitContainer[] = [];
  for (const resource of ctx.restore.resources) {
    for (const post of resource.postHooks) {
      (post.initContainers ?? []).forEach((raw, index) => {
        out.push({
          resource,
          post,
          index,
          raw,
          path: [...post.path, 'init', 'initContainers', index],
        });
      });
    }
  }
  return out;
}

/**
 * The key of a raw container object that Go's `encoding/json` decodes into `field`: keys match
 * case-insensitively and the last one wins. undefined when no key maps to the field.
 */
export function findRawKey(raw: unknown, field: string): string | undefined {
  let found: string | undefined;
  for (const key of Object.keys(asObject(raw)))
    if (key.toLowerCase() === field.toLowerCase()) found = key;
  return found;
}

/**
 * A fix deleting a whole block-mapping entry (its lines), or undefined when the entry shares its
 * line with other content (a flow mapping, or the first key of a `- ` item) and deleting is not clean.
 */
export function deleteEntryFix(ctx: RuleContext, at: At, title: string): Fix | undefined {
  const file = ctx.file(at.file);
  const found = file?.documents[at.document]?.tree?.locate(at.path, 'entry') ?? null;
  if (!file || !found?.exact) return undefined;
  const text = file.text;
  const lineStart = text.lastIndexOf('\n', found.start - 1) + 1;
  if (text.slice(lineStart, found.start).trim() !== '') return undefined;
  const newline = text.indexOf('\n', found.end);
  const lineEnd = newline === -1 ? text.length : newline + 1;
  const rest = text.slice(found.end, newline === -1 ? text.length : newline).trim();
  if (rest !== '' && !rest.startsWith('#')) return undefined;
  const edit: TextEdit = { range: file.lines.range(lineStart, lineEnd), text: '' };
  return { title, file: file.name, edits: [edit] };
}

/** The raw `postHooks[]` entry as written (to see keys and values Velero's typed model drops). */
export function readRawPostHook(ctx: RuleContext, post: PostHook): Record<string, unknown> {
  return asObject(readValueAt(readRawRestore(ctx), post.path));
}

/**
 * Exec hooks that share a hook-tracker key with an earlier one in the same pod: two
 * `hooks.resources[]` entries with the same name, an exec hook at the same `postHooks` index, for
 * the same container (`internal/hook/hook_tracker.go` HookTracker.Add keys). One entry per later
 * hook and pod; `first` is the resource whose hook the tracker keeps.
 */
export function findTrackerCollisions(ctx: RuleContext): TrackerCollision[] {
  const out: TrackerCollision[] = [];
  const { version } = ctx.plan;
  if (version.behaviours.hookTracker === 'none') return out;
  for (const p of ctx.plan.pods) {
    if (p.exec.source !== 'spec' || !p.restoredPod) continue;
    const metadata = asObject(p.restoredPod['metadata']);
    const namespace = asString(metadata['namespace']);
    const podName = asString(metadata['name']);
    const firstByKey = new Map<string, ResourceHook>();
    for (const { resource, post } of findMatchingSpecExecHooks(p)) {
      if (!post.exec) continue;
      const container = post.exec.container || (p.containers[0] ?? '');
      const key = buildTrackerKey(
        namespace,
        podName,
        {
          ...post.exec,
          container,
          hookName: resource.name,
          hookSource: version.behaviours.specHookSource,
          hookIndex: post.index,
        },
        version,
      );
      if (!p.exec.trackerKeys.includes(key)) continue;
      const first = firstByKey.get(key);
      if (!first) firstByKey.set(key, resource);
      else out.push({ resource, first, post, container, pod: namePod(p.target) });
    }
  }
  return out;
}

export interface TrackerCollision {
  resource: ResourceHook;
  first: ResourceHook;
  post: PostHook;
  container: string;
  pod: string;
}

/** Another name for a hook that no `hooks.resources[]` entry uses: `<name>-<n>`. */
export function chooseFreeHookName(ctx: RuleContext, name: string, from: number): string {
  const taken = new Set(ctx.restore.resources.map((r) => r.name));
  let n = from;
  while (taken.has(`${name}-${n}`)) n++;
  return `${name}-${n}`;
}
