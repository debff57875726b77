import { linkEvidence } from './evidenceLinks.ts';

/** A text of the version model with its Velero issues, pull requests and commits as links. */
export function EvidenceText({ text }: { text: string }) {
  return (
    <>
      {linkEvidence(text).map((part, i) =>
        part.href ? (
          <a key={i} href={part.href} target="_blank" rel="noreferrer">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
