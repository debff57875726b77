import { dismissNotice, type Notice } from '../state/notices.ts';

/** One notice: its message, its action (e.g. Undo) and Dismiss. Errors are announced at once. */
export function NoticeItem({ notice }: { notice: Notice }) {
  return (
    <div
      className={`notice notice--${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
    >
      <p className="notice__message">{notice.message}</p>
      {notice.action ? (
        <button type="button" className="action-button" onClick={notice.action.run}>
          {notice.action.label}
        </button>
      ) : null}
      <button
        type="button"
        className="action-button action-button--quiet"
        onClick={() => dismissNotice(notice.id)}
      >
        Dismiss
      </button>
    </div>
  );
}
