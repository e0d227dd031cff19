// Lets plain Node (a worker thread in tests, a quick script) run the TypeScript sources directly:
// Node strips the types itself, but the sources import some siblings without an extension
// ("./result"), which the bundler resolves and Node does not. This adds ".ts" (or "/index.ts") to such
// relative imports. Used only when running from source; the built app is bundled by electron-vite.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    const fromPackage = context.parentURL?.includes('/node_modules/') ?? false;
    if (!relative || fromPackage || /\.[cm]?[jt]sx?$|\.json$/.test(specifier)) return nextResolve(specifier, context);
    try {
      return nextResolve(`${specifier}.ts`, context);
    } catch {
      return nextResolve(`${specifier}/index.ts`, context);
    }
  },
});
