/** Push events from the core to the renderer (IPC send in Electron, Server-Sent Events in the browser). */
export interface EventPayloads {
  /** Something in the named area changed; views showing it reload. */
  'data.changed': { area: 'settings' | 'database' | 'registry' | 'imports' | 'inspections' | 'bcd' };
  /** Progress of a long task, such as an import or a report. */
  'task.progress': { taskId: string; done: number; total: number; label: string };
}

export type EventName = keyof EventPayloads;
export interface PushEvent<E extends EventName = EventName> {
  name: E;
  payload: EventPayloads[E];
}

export const EVENT_CHANNEL = 'kttt:event';
