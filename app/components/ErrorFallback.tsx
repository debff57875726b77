import { ResetButton } from './ResetButton.tsx';
import './designActions.css';

interface ErrorFallbackProps {
  area: string;
  error: Error;
  onRetry: () => void;
}

/** What a crashed area shows: what broke, that the work is safe, and the ways out. */
export function ErrorFallback({ area, error, onRetry }: ErrorFallbackProps) {
  return (
    <section className="error-fallback panel" role="alert" aria-label={`Error in ${area}`}>
      <div className="error-fallback__body">
        <h2 className="error-fallback__title">Something broke in {area}</h2>
        <p>
          Your texts are safe: they are kept in this browser and survive a reload. Try again, reload
          the page, or reset the design to the first example.
        </p>
        <pre className="error-fallback__detail">{`${error.name}: ${error.message}`}</pre>
        <div className="error-fallback__actions">
          <button type="button" className="action-button" onClick={onRetry}>
            Try again
          </button>
          <button type="button" className="action-button" onClick={() => location.reload()}>
            Reload
          </button>
          <ResetButton onDone={onRetry} />
        </div>
      </div>
    </section>
  );
}
