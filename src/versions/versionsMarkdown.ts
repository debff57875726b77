import { BEHAVIOURS, type Behaviour } from './behaviours.ts';
import { DEFAULT_RELEASE, RELEASES } from './releases.ts';

/** The range a change holds for: from its release to the one before the next change. */
function rangeOf(b: Behaviour<unknown>, i: number): string {
  const from = b.changes[i]!.since;
  const next = b.changes[i + 1];
  if (!next) return from === 'main' ? 'main' : `${from} and later`;
  const last = RELEASES[RELEASES.findIndex((r) => r.name === next.since) - 1]!.name;
  return from === last ? from : `${from}–${last}`;
}

/** docs/velero-versions.md: the supported releases and every behaviour entry, from the model. */
export function renderVersionsMarkdown(): string {
  const lines = [
    '# Velero versions',
    '',
    '<!-- Generated from src/versions/ by `npm run docs:versions`; a test fails when it is stale. -->',
    '',
    `The engine predicts what each of these Velero releases does with restore hooks. Pick one with`,
    `\`--velero-version\` (CLI) or the header's version picker (designer); the default is`,
    `${DEFAULT_RELEASE}. \`1.17\` means its newest patch; \`main\` is one fixed commit.`,
    '',
    '| version | released | k8s.io/api |',
    '| --- | --- | --- |',
    ...RELEASES.map(
      (r) =>
        `| ${r.name}${r.name === DEFAULT_RELEASE ? ' (default)' : ''} | ${r.date} | ${r.k8sApi} |`,
    ),
    ...RELEASES.filter((r) => r.commit).map((r) => `\n\`${r.name}\` is commit \`${r.commit}\`.`),
    '',
    '## What differs between releases',
    '',
  ];
  for (const [id, b] of Object.entries(BEHAVIOURS) as [string, Behaviour<unknown>][]) {
    lines.push(`### ${b.title}`, '', `\`${id}\`; evidence: ${b.evidence}.`, '');
    b.changes.forEach((c, i) => lines.push(`- **${rangeOf(b, i)}**: ${c.meaning}.`));
    lines.push('');
  }
  return lines.join('\n');
}
