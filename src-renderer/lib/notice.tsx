/** The one-line outcome of an action ("Đã lưu…", or the core's Vietnamese error), as every page shows it. */
export type Notice = { kind: 'ok' | 'error'; text: string } | null;

export function NoticeLine({ notice }: { notice: Notice }) {
  if (!notice) return null;
  return (
    <span role={notice.kind === 'error' ? 'alert' : 'status'} className={notice.kind === 'ok' ? 'ok-text' : 'error-text'}>
      {notice.text}
    </span>
  );
}
