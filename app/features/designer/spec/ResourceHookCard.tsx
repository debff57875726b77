import type { HookSelection, JsonPath } from '../../../../src/index.ts';
import { FieldMessages } from '../fields/FieldMessages.tsx';
import { TextField } from '../fields/TextField.tsx';
import { asObject } from '../../../../src/index.ts';
import { asText, formatListText, parseList } from '../values.ts';
import { LabelSelectorBuilder } from './LabelSelectorBuilder.tsx';
import { MatchedPods } from './MatchedPods.tsx';
import { PostHookList } from './PostHookList.tsx';
import type { SpecAccess } from './specAccess.ts';
import { RemoveCardButton } from './RemoveCardButton.tsx';

interface ResourceHookCardProps {
  index: number;
  hook: unknown;
  path: JsonPath;
  access: SpecAccess;
  /** Which pods each resource hook selects, and how many pods there are. */
  selections: readonly HookSelection[];
  podCount: number;
}

const shownKeys = [
  'name',
  'includedNamespaces',
  'excludedNamespaces',
  'labelSelector',
  'postHooks',
];

/** One `spec.hooks.resources[]` entry: which pods it selects, and its ordered post hooks. */
export function ResourceHookCard({
  index,
  hook,
  path,
  access,
  selections,
  podCount,
}: ResourceHookCardProps) {
  const h = asObject(hook);
  const name = asText(h['name']);
  const { edit, findings } = access;
  const floor = path.length + 1;
  const namespaces = (key: string) => (line: string) =>
    edit({ path: [...path, key], value: parseList(line), floor });
  return (
    <fieldset className="hd-card">
      <legend className="hd-card__legend">
        Resource hook {index + 1}
        {name ? `: ${name}` : ''}
      </legend>
      <RemoveCardButton
        label={`Remove resource hook ${index + 1}`}
        onRemove={() => edit({ path, value: undefined, floor: path.length - 2 })}
      />
      <FieldMessages
        id={`hd-resource-${index}-beside`}
        diagnostics={access.beside(path, shownKeys)}
      />
      <TextField
        label="Hook name"
        mono
        value={name}
        onCommit={(v) => edit({ path: [...path, 'name'], value: v })}
        diagnostics={findings([...path, 'name'])}
      />
      <TextField
        label="Included namespaces"
        mono
        placeholder="all namespaces"
        value={formatListText(h['includedNamespaces'])}
        onCommit={namespaces('includedNamespaces')}
        diagnostics={findings([...path, 'includedNamespaces'])}
        hint={() =>
          'Comma-separated glob patterns, matched against the namespace the pod is restored into.'
        }
      />
      <TextField
        label="Excluded namespaces"
        mono
        placeholder="none"
        value={formatListText(h['excludedNamespaces'])}
        onCommit={namespaces('excludedNamespaces')}
        diagnostics={findings([...path, 'excludedNamespaces'])}
      />
      <LabelSelectorBuilder
        selector={h['labelSelector']}
        path={[...path, 'labelSelector']}
        floor={floor}
        access={access}
      />
      <MatchedPods
        index={index}
        selection={selections.find((s) => s.resourceIndex === index)}
        podCount={podCount}
      />
      <PostHookList hooks={h['postHooks']} path={[...path, 'postHooks']} access={access} />
    </fieldset>
  );
}
