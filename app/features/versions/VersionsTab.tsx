import { DEFAULT_RELEASE } from '../../../src/index.ts';
import { listVersionOptions } from '../../components/versionOptions.ts';
import { VersionSelect } from '../../components/VersionSelect.tsx';
import { selectScenarioEdits, selectScenarioText } from '../../state/scenarioSlice.ts';
import { useDesignerStore } from '../../state/store.ts';
import { selectVeleroVersion } from '../../state/versionSlice.ts';
import { selectCompareTo } from '../../state/viewSlice.ts';
import { DifferenceCard } from './DifferenceCard.tsx';
import { useVersionComparison } from './useVersionComparison.ts';
import { formatRange, sortDifferences } from './versionSpan.ts';
import './versions.css';

const options = listVersionOptions().map((o) =>
  o.value === DEFAULT_RELEASE ? { ...o, label: `${o.value} (newest release)` } : o,
);
const order = options.map((o) => o.value).reverse();

/**
 * "What changes if I upgrade?": the design planned and simulated, with the Timeline's scenario, at
 * every release from the picker's to the one chosen here, and what differs with its Velero change.
 */
export function VersionsTab() {
  const mine = useDesignerStore(selectVeleroVersion);
  const target = useDesignerStore(selectCompareTo);
  const setCompareTo = useDesignerStore((s) => s.setCompareTo);
  const { comparison, range, pending } = useVersionComparison(mine, target);
  const upgrade = order.indexOf(target) >= order.indexOf(mine);
  const current = range?.from === mine && range.to === target ? comparison : null;

  return (
    <div className="versions">
      <div className="versions__head">
        <h2 className="versions__question">
          {mine === target
            ? `Velero ${mine} compared with itself: pick another release.`
            : `What changes if I ${upgrade ? 'upgrade' : 'go back'} from Velero ${mine} to ${target}?`}
        </h2>
        <div className="versions__controls">
          <VersionSelect
            label="Compare with"
            value={target}
            options={options}
            onChange={setCompareTo}
          />
          <span className="versions__hint">Your version is the one picked in the header.</span>
        </div>
        <ScenarioNote />
      </div>
      <p className="versions__status" role="status">
        {!current
          ? 'Comparing the releases…'
          : current.differences.length === 0
            ? `Every release from ${formatRange(span(current.versions))} does the same with this design and scenario.`
            : `${current.versions.length} releases compared (${formatRange(span(current.versions))}): ${count(current.differences.length, 'aspect differs', 'aspects differ')}.`}
        {current && pending ? ' Updating…' : null}
      </p>
      {current ? (
        <div className="versions__list" aria-busy={pending}>
          {sortDifferences(current.differences).map((d) => (
            <DifferenceCard
              key={d.aspect}
              difference={d}
              versions={current.versions}
              mine={mine}
              target={target}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** Which scenario each release runs: the Timeline's, so a hook made to fail there fails here. */
function ScenarioNote() {
  const edits = useDesignerStore(selectScenarioEdits).length;
  const fromText = useDesignerStore(selectScenarioText).trim() !== '';
  const showTimeline = useDesignerStore((s) => s.showResultTab);
  const scenario = fromText
    ? "the example's scenario"
    : edits > 0
      ? `the Timeline's scenario (${count(edits, 'change', 'changes')} to the default)`
      : 'the default scenario: every container starts and every hook succeeds';
  return (
    <p className="versions__scenario">
      Each release runs {scenario}.{' '}
      <button
        type="button"
        className="action-button action-button--quiet"
        onClick={() => showTimeline('timeline')}
      >
        Edit it in the Timeline
      </button>
    </p>
  );
}

function span(versions: readonly string[]) {
  return { from: versions[0] ?? '', to: versions[versions.length - 1] ?? '' };
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
