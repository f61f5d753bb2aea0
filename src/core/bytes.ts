/** Sizes as docker prints them: decimal units (1 MB = 1,000,000 bytes), three significant digits. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

/** Reads a size such as `200MB`, `1.5 GB`, `512k` or `1048576` (bytes); undefined when it is not one. */
export function parseBytes(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = (match[2] ?? '').toLowerCase().replace(/b$/, '');
  const binary = unit.endsWith('i');
  const power = ['', 'k', 'm', 'g', 't'].indexOf(unit.replace(/i$/, ''));
  if (power < 0) return undefined;
  return Math.round(Number(match[1]) * (binary ? 1024 : 1000) ** power);
}
