import type { Diagnostic, JsonPath, PodView } from '../../../../src/index.ts';
import type { Edit } from '../useTextEdit.ts';

/** What every part of the Restore-spec form needs: writing, the engine's findings, the target. */
export interface SpecAccess {
  /** Writes into the Restore's document of the Restore text (paths are document paths). */
  edit: Edit;
  /** The diagnostics of the field at a document path. */
  findings: (path: JsonPath) => Diagnostic[];
  /** The diagnostics under a path that no field of `shown` keys displays. */
  beside: (path: JsonPath, shown: readonly (string | number)[]) => Diagnostic[];
  /** The pod whose volumes and containers the pickers offer; null when there is none. */
  target: PodView | null;
  /** Reads the target's pod-shaped object from the manifests text at the moment of a click. */
  readTarget: (path: JsonPath) => unknown;
}
