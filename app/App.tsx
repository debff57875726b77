import { AppHeader } from './components/AppHeader.tsx';
import { InputPanel } from './features/input/InputPanel.tsx';
import { ResultsPanel } from './features/results/ResultsPanel.tsx';
import { useEngineSync } from './state/useDesignerView.ts';

export function App() {
  useEngineSync();
  return (
    <div className="app">
      <AppHeader />
      <main className="app-main">
        <InputPanel />
        <ResultsPanel />
      </main>
    </div>
  );
}
