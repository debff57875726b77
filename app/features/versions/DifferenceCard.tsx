import { useId } from 'react';
import type { AspectDifference } from '../../../src/index.ts';
import { EvidenceText } from './EvidenceText.tsx';
import { groupCausesByVersion, formatRange, rangeHolds } from './versionSpan.ts';

interface DifferenceCardProps {
  difference: AspectDifference;
  versions: readonly string[];
  /** The picker's release and the one compared with, marked in the ranges. */
  mine: string;
  target: string;
}

/** One aspect that differs: its value over each run of releases, and the changes behind it. */
export function DifferenceCard({ difference, versions, mine, target }: DifferenceCardProps) {
  const titleId = useId();
  return (
    <section className="version-diff" aria-labelledby={titleId}>
      <h3 id={titleId} className="version-diff__title">
        {difference.aspect}
      </h3>
      <ul className="version-diff__ranges">
        {difference.ranges.map((range) => {
          const isMine = rangeHolds(versions, range, mine);
          const isTarget = rangeHolds(versions, range, target);
          return (
            <li
              key={range.from}
              className={`version-range${isMine ? ' version-range--mine' : ''}${isTarget ? ' version-range--target' : ''}`}
            >
              <span className="version-range__versions">
                {formatRange(range)}
                {isMine ? <span className="version-range__tag">your version</span> : null}
                {isTarget ? <span className="version-range__tag">compared with</span> : null}
              </span>
              <span className="version-range__value">{range.value}</span>
            </li>
          );
        })}
      </ul>
      {difference.causes.length > 0 ? (
        <div className="version-diff__causes">
          {groupCausesByVersion(difference.causes).map(([version, causes]) => (
            <div key={version}>
              <h4 className="version-diff__why">Why, at {version}</h4>
              <ul>
                {causes.map((cause, i) => (
                  <li key={i}>
                    <strong>{cause.title}</strong>: <EvidenceText text={cause.meaning} />{' '}
                    <span className="version-diff__evidence">
                      (<EvidenceText text={cause.evidence} />)
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ) : null}
    </section>
  );
}
