/** Port and health path, read from env templates, source code and an existing Dockerfile. */

import type { FileView } from './file-view.js';
import { join } from './services.js';

/** `PORT=3000` in an env template, a default in code, or EXPOSE in an existing Dockerfile. */
export function portHint(
  view: FileView,
  dir: string,
  sources: string[],
): { port: number; from: string } | undefined {
  for (const name of ['.env.example', '.env.sample', '.env.template', '.env']) {
    const match = /^\s*(?:export\s+)?(?:APP_)?PORT\s*=\s*["']?(\d{2,5})/m.exec(
      view.read(join(dir, name)) ?? '',
    );
    if (match) return { port: Number(match[1]), from: name };
  }
  for (const file of sources) {
    const text = view.read(file) ?? '';
    const patterns = [
      /process\.env\.PORT\s*(?:\|\||\?\?)\s*["']?(\d{2,5})/,
      /Number\(process\.env\.PORT\s*(?:\|\||\?\?)\s*["']?(\d{2,5})/,
      /\.listen\(\s*(\d{2,5})\b/,
      /environ\.get\(\s*["']PORT["']\s*,\s*["']?(\d{2,5})/,
      /getenv\(\s*["']PORT["']\s*,\s*["']?(\d{2,5})/,
      /ENV\.fetch\(\s*["']PORT["']\s*,\s*["']?(\d{2,5})/,
      /port\s*=\s*(\d{4,5})\b/i,
      /["']:(\d{4,5})["']/,
      /ListenAndServe\(\s*["'][^"':]*:(\d{2,5})/,
      /SocketAddr::from\(\(\[[\d, ]+\],\s*(\d{2,5})\)\)|bind\(\s*["'][\d.]+:(\d{2,5})["']/,
    ];
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      const value = match?.[1] ?? match?.[2];
      if (value) return { port: Number(value), from: file };
    }
  }
  const expose = /^\s*EXPOSE\s+(\d{2,5})/im.exec(view.read(join(dir, 'Dockerfile')) ?? '');
  if (expose) return { port: Number(expose[1]), from: 'Dockerfile EXPOSE' };
  return undefined;
}

const HEALTH_PATHS = ['/actuator/health', '/healthz', '/livez', '/health', '/readyz', '/up', '/ping'];

/** A health route the code defines, found as a quoted path literal. */
export function healthPath(view: FileView, sources: string[]): { path: string; from: string } | undefined {
  for (const file of sources) {
    const text = view.read(file) ?? '';
    for (const path of HEALTH_PATHS) {
      if (new RegExp(`["'\`]${path.replace(/\//g, '\\/')}/?["'\`]`).test(text)) return { path, from: file };
    }
  }
  return undefined;
}
