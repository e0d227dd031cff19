import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

export default defineConfig({
  // The three doors of src-main, built side by side into out/main (they share the core's chunks).
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          main: resolve(root, 'src-main/electron/main.ts'),
          web: resolve(root, 'src-main/web/main.ts'),
          cli: resolve(root, 'src-main/cli/index.ts'),
          // Spreadsheets are parsed in a worker thread (core/import/reader/worker): its own file, next to the doors.
          importWorker: resolve(root, 'src-main/core/import/reader/worker/worker-entry.ts'),
        },
      },
    },
  },
  // A sandboxed preload cannot require anything: bundle zod and the contract into one CommonJS file.
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(root, 'src-main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // Minified: a smaller bundle parses faster when the window opens.
      minify: true,
      rolldownOptions: { input: resolve(root, 'src-renderer/index.html') },
    },
  },
});
