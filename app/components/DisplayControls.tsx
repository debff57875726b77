import { useId } from 'react';
import {
  chooseTheme,
  setPresenterView,
  useDisplayStore,
  type ThemeChoice,
} from '../state/display.ts';
import { ToggleButton } from './ToggleButton.tsx';

const themes: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The theme, and the presenter view for projectors and workshops. */
export function DisplayControls() {
  const theme = useDisplayStore((s) => s.theme);
  const presenter = useDisplayStore((s) => s.presenter);
  const id = useId();
  return (
    <div className="display-controls">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        className="version-picker__select"
        value={theme}
        onChange={(event) => chooseTheme(event.target.value as ThemeChoice)}
      >
        {themes.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
      <ToggleButton
        className="action-button"
        pressed={presenter}
        onToggle={setPresenterView}
        title="Large type, and the results beside the manifests at any zoom"
      >
        Presenter view
      </ToggleButton>
    </div>
  );
}
