import { AppHeader } from './components/AppHeader.tsx';
import { InputPanel } from './features/input/InputPanel.tsx';

export function App() {
  return (
    <div className="app">
      <AppHeader />
      <main className="app-main">
        <InputPanel />
      </main>
    </div>
  );
}
