// Started with `node --import <this file> out/main/main.js` (through fork, for the channel): points
// the bare specifier `electron` at the stub, and gives the process what Electron's own main process has.
import { registerHooks } from 'node:module';
import { listen } from './control.ts';
import { describeError, state } from './state.ts';

const stubUrl = new URL('./electron.ts', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: stubUrl, shortCircuit: true };
    return nextResolve(specifier, context);
  },
});

// Electron sets process.resourcesPath (its own resources folder, unpackaged); plain Node has none.
Object.defineProperty(process, 'resourcesPath', { value: process.env.KTTT_STUB_RESOURCES_PATH ?? '', enumerable: true });

// Electron's main process logs these and carries on; the stub keeps them for the test to see.
process.on('unhandledRejection', (reason) => state.errors.push(`unhandled rejection: ${describeError(reason)}`));
process.on('uncaughtException', (err) => state.errors.push(`uncaught exception: ${describeError(err)}`));

listen();
