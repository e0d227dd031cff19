/**
 * The core announces every saved change with one 'data.changed' event, to every open view, including
 * the one that made it. A grid already shows its own edit (and has the core's row from the answer), so it
 * skips its own echo instead of reloading 50,000 rows; other views, and other windows, reload.
 * The event can arrive before or after the answer, so a write is expected from the moment it is sent.
 */
export class EchoFilter {
  private readonly writes = new Set<{ ended: boolean }>();

  begin(): { ended: boolean } {
    const token = { ended: false };
    this.writes.add(token);
    return token;
  }

  /** The answer came; a write that changed nothing will not be echoed. */
  end(token: { ended: boolean }, changedSomething: boolean): void {
    token.ended = true;
    if (!changedSomething) this.writes.delete(token);
    // Never wait forever for an echo that got lost: a later foreign change must not be skipped.
    else setTimeout(() => this.writes.delete(token), 5000);
  }

  /** True when the event is the echo of one of our writes (and is then used up). */
  consume(): boolean {
    const first = this.writes.values().next();
    if (first.done) return false;
    this.writes.delete(first.value);
    return true;
  }
}
