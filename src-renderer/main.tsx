/**
 * The entry is kept small on purpose: the app itself is asked for first, then, when the app opens on the
 * organizations grid, its list (prefetch.ts), so the core prepares the list while the browser loads and
 * compiles the app.
 */
import { prefetchOrganizations } from './features/organizations/prefetch.ts';

const app = import('./app/start.tsx');
prefetchOrganizations();
void app;
