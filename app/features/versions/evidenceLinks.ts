/** A piece of an evidence text: plain text, or a reference to Velero's repository with its address. */
export interface EvidencePart {
  text: string;
  href?: string;
}

const VELERO = 'https://github.com/velero-io/velero';

// `velero#1234` (an issue, or a PR: GitHub forwards /issues/N to /pull/N), `#1234` (in the version
// model always a fix or a backport PR), and abbreviated commit hashes (hex with a letter and a digit).
const REFERENCE =
  /(?<![\w/#])(?:velero#(\d+)|#(\d+)|((?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}))(?![\w/])/g;

/**
 * Splits an evidence or meaning text of the version model into text and links to the Velero issue,
 * pull request or commit it names. Links are only followed when clicked: nothing is fetched.
 */
export function linkEvidence(text: string): EvidencePart[] {
  const parts: EvidencePart[] = [];
  let at = 0;
  for (const match of text.matchAll(REFERENCE)) {
    const [whole, issue, pull, commit] = match;
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    const href = issue
      ? `${VELERO}/issues/${issue}`
      : pull
        ? `${VELERO}/pull/${pull}`
        : `${VELERO}/commit/${commit!}`;
    parts.push({ text: whole, href });
    at = match.index + whole.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
