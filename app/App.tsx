import { AppHeader } from './components/AppHeader.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { FileDropOverlay } from './components/FileDropOverlay.tsx';
import { NoticeBar } from './components/NoticeBar.tsx';
import { BackupDialog } from './features/backup/BackupDialog.tsx';
import { InputPanel } from './features/input/InputPanel.tsx';
import { LessonPanel } from './features/lesson/LessonPanel.tsx';
import { ResultsPanel } from './features/results/ResultsPanel.tsx';
import { StartCard } from './features/start/StartCard.tsx';
import { includeForTab } from './features/results/tabs.ts';
import { useEngineSync } from './state/engineSync.ts';

export function App() {
  // The engine computes what the open results tab shows.
  useEngineSync(includeForTab);
  return (
    <div className="app">
      <AppHeader />
      <NoticeBar />
      <main className="app-main">
        <ErrorBoundary area="the editors">
          <InputPanel />
        </ErrorBoundary>
        <div className="results-column">
          <ErrorBoundary area="the start card">
            <StartCard />
          </ErrorBoundary>
          <ErrorBoundary area="the lesson">
            <LessonPanel />
          </ErrorBoundary>
          <ErrorBoundary area="the results">
            <ResultsPanel />
          </ErrorBoundary>
        </div>
      </main>
      <FileDropOverlay />
      <BackupDialog />
    </div>
  );
}
