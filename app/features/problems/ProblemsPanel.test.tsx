import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { setUpReactRoot } from '../../testing/reactRoot.ts';
import { registerEditor, type EditorHandle } from '../../editor/editorRegistry.ts';
import { editorPaths } from '../../editor/paths.ts';
import type { EngineSnapshot } from '../../engine/index.ts';
import { MANIFESTS_FILE, type Diagnostic, type DesignerView } from '../../../src/index.ts';
import { ProblemsPanel } from './ProblemsPanel.tsx';

const engineState = vi.hoisted((): { snapshot: EngineSnapshot | null } => ({ snapshot: null }));
vi.mock('../../engine/index.ts', () => ({
  useEngineView: () => engineState.snapshot?.view ?? null,
}));

function snapshot(diagnostics: Diagnostic[] | null): EngineSnapshot {
  const view = diagnostics ? ({ diagnostics } as unknown as DesignerView) : null;
  return { view, inputId: view ? 1 : 0, pending: view === null, ms: 0 };
}

function finding(code: string, line: number, message = `${code} message`): Diagnostic {
  return {
    file: MANIFESTS_FILE,
    document: 0,
    range: { start: { line, column: 5 }, end: { line, column: 9 } },
    code,
    severity: 'info',
    message,
    data: {},
    path: [],
  };
}

describe('ProblemsPanel', () => {
  const dom = setUpReactRoot();

  const render = (diagnostics: Diagnostic[] | null) => {
    engineState.snapshot = snapshot(diagnostics);
    act(() => dom.root.render(<ProblemsPanel />));
  };
  const header = () => dom.container.querySelector('header')?.textContent ?? '';
  const button = (name: string | RegExp) =>
    [...dom.container.querySelectorAll('button')].find((b) =>
      typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
    );
  const click = (element: Element | undefined) => act(() => (element as HTMLElement).click());
  const rows = () => [...dom.container.querySelectorAll('.problems__list > li')];

  it('says "Checking…" instead of zero counts until the engine has answered', () => {
    render(null);
    expect(header()).toContain('Checking…');
    expect(header()).not.toContain('0 errors');
    expect(dom.container.querySelector('[aria-label="Show problems by severity"]')).toBeNull();

    render([]);
    expect(header()).not.toContain('Checking…');
    expect(header()).toContain('0 errors0 warnings0 info');
  });

  it('folds identical findings into one row that opens to their locations, each revealing its own', () => {
    const same = [3, 40, 77].map((line) => finding('same', line));
    render([finding('alone', 1), ...same]);
    // The header still counts findings, not rows.
    expect(header()).toContain('4 info');
    click(button('Problems'));
    expect(rows()).toHaveLength(2);
    expect(rows()[0]?.textContent).toBe('Infoalone messageManifests 1:5 · alone?');

    const group = rows()[1]!;
    const toggle = group.querySelector('.problem__main')!;
    expect(toggle.textContent).toBe(
      'Infosame message × 33 locations, the first at Manifests 3:5 · same',
    );
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const places = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(places?.hasAttribute('hidden')).toBe(true);

    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(places?.hasAttribute('hidden')).toBe(false);
    const locations = [...group.querySelectorAll('ul[aria-label="Locations of same"] button')];
    expect(locations.map((b) => b.textContent)).toEqual([
      'Manifests 3:5',
      'Manifests 40:5',
      'Manifests 77:5',
    ]);

    const reveal = vi.fn<EditorHandle['reveal']>();
    const unregister = registerEditor(editorPaths.manifests, {
      reveal,
      cursor: () => null,
      markers: () => [],
    });
    click(locations[1]);
    unregister();
    expect(reveal).toHaveBeenCalledWith(same[1]!.range, { focus: true });
  });

  it('lists 200 locations of a large group and says how many more the editors mark', () => {
    render(Array.from({ length: 362 }, (_, i) => finding('pods', i + 1)));
    click(button('Problems'));
    expect(rows()).toHaveLength(1);
    click(rows()[0]!.querySelector('.problem__main')!);
    expect(dom.container.querySelectorAll('.problem__place')).toHaveLength(200);
    expect(rows()[0]?.textContent).toContain('× 362');
    expect(rows()[0]?.textContent).toContain('162 more not listed; the editors mark them all.');
  });
});
