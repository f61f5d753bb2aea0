/**
 * Where a Vite build writes, from `build.outDir` in vite.config: a string literal, or
 * `resolve(__dirname, 'a', 'b')` / `path.join(__dirname, ...)`, relative to the config's folder. A
 * config computed any other way reads as undefined (Vite's default, dist). Evaluating the config
 * would mean running the app's code and its plugins at detect time; these are the spellings seen.
 */

import { posix } from 'node:path';

export const VITE_CONFIGS = ['vite.config.ts', 'vite.config.mts', 'vite.config.js', 'vite.config.mjs'];

const LITERAL = /\boutDir\s*:\s*(["'`])([^"'`$]+)\1/;
const FROM_DIRNAME =
  /\boutDir\s*:\s*(?:path\.)?(?:resolve|join)\(\s*(?:__dirname|import\.meta\.dirname)\s*((?:,\s*["'][^"']+["']\s*)+)\)/;

/** The output folder relative to the app, normalised (`../server/public` when it is outside). */
export function viteOutDir(config: string | undefined): string | undefined {
  if (!config) return undefined;
  const literal = LITERAL.exec(config)?.[2];
  const parts = FROM_DIRNAME.exec(config)?.[1]
    ?.split(',')
    .map((part) => part.trim().replace(/^["']|["']$/g, ''))
    .filter(Boolean);
  const dir = literal ?? (parts?.length ? posix.join(...parts) : undefined);
  if (!dir || posix.isAbsolute(dir)) return undefined;
  return posix.normalize(dir).replace(/\/$/, '');
}
