import { selectNotices, useNoticeStore } from '../state/notices.ts';
import { NoticeItem } from './NoticeItem.tsx';
import './designActions.css';

/**
 * The notices under the header: refused links and files, opened examples and links (with Undo).
 */
export function NoticeBar() {
  const notices = useNoticeStore(selectNotices);
  // Always rendered: it is the page grid's row between the header and the panels.
  return (
    <section className="notices" aria-label="Notices">
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} />
      ))}
    </section>
  );
}
