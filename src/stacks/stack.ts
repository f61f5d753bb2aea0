import type { AppPlan, Language } from '../core/app-plan.js';
import type { FileView } from './shared/file-view.js';

/**
 * A language's knowledge, as Railpack organises it: `detect` says whether a directory is this kind of
 * app, `plan` reads it into an AppPlan. Both are pure functions of the file view; odd input becomes a
 * warning in the plan, never an exception.
 */
export interface Provider {
  language: Language;
  detect(view: FileView, dir: string): boolean;
  plan(view: FileView, dir: string): AppPlan;
}

/** An app's name when its manifest gives none: its folder's name (the repository's, for the root). */
export function appName(view: FileView, dir: string): string {
  return baseName(dir === '.' ? view.root : dir, 'app');
}

export function baseName(dir: string, fallback: string): string {
  const last = dir.split('/').filter(Boolean).pop();
  return last && last !== '.' ? last : fallback;
}
