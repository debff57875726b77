import { useEffect, useRef, useState } from 'react';

/** Announces short messages (Copied, …) to screen readers and shows them briefly. */
export function useAnnouncer(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = (next: string) => {
    clearTimeout(timer.current);
    // Empty first, so the same message twice is announced twice.
    setMessage('');
    timer.current = setTimeout(() => {
      setMessage(next);
      timer.current = setTimeout(() => setMessage(''), 4000);
    }, 30);
  };
  return [message, announce];
}
