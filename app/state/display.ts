import { create } from 'zustand';

/**
 * How the page looks, chosen by the person at the screen: the theme, the presenter view (large
 * type, results beside the manifest at any zoom) and whether the start card is shown. A preference of this browser, not part of a
 * design: never shared in a link, kept across designs.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

interface DisplayState {
  theme: ThemeChoice;
  presenter: boolean;
  /** The start card (what the page is, three things to try): shown until the user hides it. */
  startCard: boolean;
}

const DISPLAY_KEY = 'restore-hook-designer:display';
const darkQuery = '(prefers-color-scheme: dark)';

function readDisplay(): DisplayState {
  const fallback: DisplayState = { theme: 'system', presenter: false, startCard: true };
  try {
    const value: unknown = JSON.parse(localStorage.getItem(DISPLAY_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return fallback;
    const { theme, presenter, startCard } = value as Record<string, unknown>;
    return {
      theme: theme === 'light' || theme === 'dark' ? theme : 'system',
      presenter: presenter === true,
      startCard: startCard !== false,
    };
  } catch {
    return fallback;
  }
}

export const useDisplayStore = create<DisplayState>()(readDisplay);

export function chooseTheme(theme: ThemeChoice): void {
  useDisplayStore.setState({ theme });
}

export function setPresenterView(presenter: boolean): void {
  useDisplayStore.setState({ presenter });
}

export function showStartCard(startCard: boolean): void {
  useDisplayStore.setState({ startCard });
}

/** The theme the page shows: the choice, or the system's when the choice is "system". */
function resolveTheme(theme: ThemeChoice, media: MediaQueryList): 'light' | 'dark' {
  if (theme !== 'system') return theme;
  return media.matches ? 'dark' : 'light';
}

/**
 * Puts the display choices on the root element (`data-theme`, `data-presenter`), where the CSS and
 * the editors read them, and keeps them in this browser. Call before the first render.
 */
export function installDisplay(): void {
  const media = matchMedia(darkQuery);
  const apply = ({ theme, presenter }: DisplayState): void => {
    const root = document.documentElement;
    root.dataset['theme'] = resolveTheme(theme, media);
    if (presenter) root.dataset['presenter'] = '';
    else delete root.dataset['presenter'];
  };
  apply(useDisplayStore.getState());
  media.addEventListener('change', () => apply(useDisplayStore.getState()));
  useDisplayStore.subscribe((state) => {
    apply(state);
    try {
      localStorage.setItem(DISPLAY_KEY, JSON.stringify(state));
    } catch {
      // A display preference is not worth a notice: it still applies in this tab.
    }
  });
}
