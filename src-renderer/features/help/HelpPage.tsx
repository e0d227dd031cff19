import { useEffect, useRef, useState } from 'react';
import { HELP_TOPICS, TOPIC_OF_SECTION } from './topics.tsx';
import './help.css';

/** "#/huong-dan/bang" opens that topic. */
function topicFromHash(): string {
  const wanted = window.location.hash.replace(/^#\/?/, '').split('/')[1];
  return HELP_TOPICS.find((t) => t.id === wanted)?.id ?? 'bat-dau';
}

/** Hướng dẫn: the short help pages, a list of topics beside the one open. */
export function HelpPage() {
  const [topic, setTopic] = useState(topicFromHash);
  useEffect(() => {
    const onHash = () => setTopic(topicFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const open = HELP_TOPICS.find((t) => t.id === topic) ?? HELP_TOPICS[0];
  return (
    <div className="panel help-page">
      <h1>Hướng dẫn</h1>
      <div className="help-layout">
        <nav aria-label="Các mục hướng dẫn">
          <ul>
            {HELP_TOPICS.map((t) => (
              <li key={t.id}>
                <a href={`#/huong-dan/${t.id}`} aria-current={t.id === topic ? 'page' : undefined}>
                  {t.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {open && (
          <article aria-labelledby="help-title">
            <h2 id="help-title">{open.title}</h2>
            {open.body}
          </article>
        )}
      </div>
    </div>
  );
}

/**
 * F1 anywhere: the help of the current section in a dialog over the page, so the clerk keeps their place.
 * Esc or "Đóng" closes it, and the keyboard goes back where it was (never to the page body).
 */
export function HelpOnF1({ section }: { section: string }) {
  const [open, setOpen] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F1') return;
      e.preventDefault();
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOpen(TOPIC_OF_SECTION[section] ?? 'bat-dau');
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [section]);
  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [open]);
  const close = () => {
    dialog.current?.close();
  };
  const onClose = () => {
    setOpen(null);
    returnTo.current?.focus();
  };
  const topic = HELP_TOPICS.find((t) => t.id === open);
  if (!topic) return null;
  return (
    <dialog ref={dialog} className="help-dialog" aria-labelledby="help-dialog-title" onClose={onClose}>
      <h2 id="help-dialog-title">{topic.title}</h2>
      <div onClick={(e) => e.target instanceof HTMLAnchorElement && close()}>{topic.body}</div>
      <div className="toolbar">
        <button type="button" onClick={close} autoFocus>
          Đóng (Esc)
        </button>
        <a href={`#/huong-dan/${topic.id}`} onClick={close}>
          Mở trang Hướng dẫn
        </a>
      </div>
    </dialog>
  );
}
