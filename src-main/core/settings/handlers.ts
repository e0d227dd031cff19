import type { settingsMethods } from '../../contract/settings.ts';
import type { CoreContext } from '../context.ts';
import type { HandlersFor } from '../handler-types.ts';
import { getSettings, setSettings } from './service.ts';

/** Handlers of the methods in contract/settings.ts. */
export function buildSettingsHandlers(ctx: CoreContext): HandlersFor<keyof typeof settingsMethods> {
  return {
    'settings.get': () => getSettings(ctx),
    'settings.set': (input) => setSettings(ctx, input),
  };
}
