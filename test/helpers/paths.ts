import path from 'node:path';

/** Where things are, for tests and the scripts they start (no test framework here: child processes import it). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const RESOURCES_DIR = path.join(REPO_ROOT, 'resources');
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');
