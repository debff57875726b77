import type { AuthoredState } from '../../state/authoredState.ts';

/** One numbered step of an example's lesson: what to do or look at, and the tab it is about. */
export interface LessonStep {
  text: string;
  /** The results tab the step is about (`plan`, `timeline`…); the lesson offers to open it. */
  tab?: string;
}

/** One entry of public/examples/index.json. */
export interface Example {
  id: string;
  title: string;
  /** What to notice in this example, one paragraph. */
  summary: string;
  /** File names in the example's folder, by the editor they fill. */
  files: Record<string, string>;
  /** The workshop lesson: steps to follow in order (may be empty). */
  steps: LessonStep[];
}

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The URL of a file under public/examples, relative to the page (the app is built with base './'). */
export function buildExampleUrl(path: string): string {
  return `examples/${path}`;
}

function readExample(value: unknown): Example | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, title, summary, files } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !SAFE_NAME.test(id)) return null;
  if (typeof title !== 'string' || typeof summary !== 'string') return null;
  if (typeof files !== 'object' || files === null) return null;
  const names: Record<string, string> = {};
  for (const [key, name] of Object.entries(files)) {
    if (typeof name === 'string' && SAFE_NAME.test(name) && !name.includes('..')) names[key] = name;
  }
  if (!names['manifests']) return null;
  return { id, title, summary, files: names, steps: readSteps(value) };
}

function readSteps(example: object): LessonStep[] {
  const steps = (example as { steps?: unknown }).steps;
  if (!Array.isArray(steps)) return [];
  return steps.flatMap((step: unknown) => {
    if (typeof step !== 'object' || step === null) return [];
    const { text, tab } = step as Record<string, unknown>;
    if (typeof text !== 'string' || text.trim() === '') return [];
    return [typeof tab === 'string' && SAFE_NAME.test(tab) ? { text, tab } : { text }];
  });
}

/** Reads index.json; entries that are not well-formed are left out rather than failing the list. */
export function parseExampleIndex(value: unknown): Example[] {
  if (!Array.isArray(value)) return [];
  return value.map(readExample).filter((e): e is Example => e !== null);
}

/**
 * The design an example opens: each of its files fills the store field `<file>Text` when the store
 * has one (manifests → manifestsText, restore → restoreText, scenario → scenarioText), and an
 * example without a Restore opens with an empty one.
 */
export function buildExampleDesign(
  texts: Record<string, string>,
  defaults: AuthoredState,
): Partial<AuthoredState> {
  const design: Record<string, string> = { restoreText: '' };
  for (const [key, text] of Object.entries(texts)) {
    const field = `${key}Text`;
    if (Object.hasOwn(defaults, field)) design[field] = text;
  }
  return design;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

export async function fetchExampleIndex(): Promise<Example[]> {
  const response = await fetch(buildExampleUrl('index.json'));
  if (!response.ok) throw new Error(`examples/index.json: HTTP ${response.status}`);
  return parseExampleIndex(await response.json());
}

/** Fetches an example's files, by the editor they fill. */
export async function fetchExampleTexts(example: Example): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(example.files).map(
      async ([key, name]) =>
        [key, await fetchText(buildExampleUrl(`${example.id}/${name}`))] as const,
    ),
  );
  return Object.fromEntries(entries);
}
