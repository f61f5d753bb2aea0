/** Output formats for findings; each is a pure function from findings to text. */

import type { Colours } from '../core/colours.js';
import type { Finding } from '../core/finding.js';
import { formatCheckstyle } from './checkstyle.js';
import { formatCodeClimate } from './codeclimate.js';
import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import type { ProjectLinks } from './project-links.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export interface FormatContext {
  colours: Colours;
  /** The text of a linted file, for code frames. */
  source(file: string): string | undefined;
  cwd: string;
  /** Home page and rule pages, for formats that link to them (SARIF); absent links are left out. */
  links?: ProjectLinks;
}

const FORMATTERS: Record<string, (findings: Finding[], context: FormatContext) => string> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  checkstyle: formatCheckstyle,
  codeclimate: formatCodeClimate,
  compact: formatCompact,
  gitlab: formatGitlab,
};

export const FORMATS = Object.keys(FORMATTERS);

export function formatFindings(format: string, findings: Finding[], context: FormatContext): string {
  const formatter = FORMATTERS[format];
  if (!formatter) throw new Error(`unknown format ${format}`);
  return formatter(findings, context);
}
