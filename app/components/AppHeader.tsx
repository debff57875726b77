import { DesignsButton } from './DesignsButton.tsx';
import { DisplayControls } from './DisplayControls.tsx';
import { ExamplesButton } from '../features/examples/ExamplesButton.tsx';
import { LessonButton } from '../features/lesson/LessonPanel.tsx';
import { OpenFileButton } from './OpenFileButton.tsx';
import { ResetButton } from './ResetButton.tsx';
import { ShareButton } from './ShareButton.tsx';
import { StartButton } from '../features/start/StartCard.tsx';
import { VeleroVersionPicker } from './VeleroVersionPicker.tsx';
import './designActions.css';

export function AppHeader() {
  return (
    <header className="app-header">
      <h1 className="app-header__title">Restore Hook Designer</h1>
      <p className="app-header__tagline">
        Design and check Velero restore hooks before a real restore.
      </p>
      <StartButton />
      <p className="app-header__hint">
        In an editor, <kbd>Ctrl</kbd>+<kbd>M</kbd> makes <kbd>Tab</kbd> move focus.
      </p>
      <VeleroVersionPicker />
      <nav className="header-actions" aria-label="Design">
        <ExamplesButton />
        <LessonButton />
        <OpenFileButton />
        <ShareButton />
        <ResetButton />
        <DesignsButton />
      </nav>
      <DisplayControls />
    </header>
  );
}
