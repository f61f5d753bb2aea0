import type { Range } from './source.js';

export type Severity = 'error' | 'warning' | 'info' | 'style';

export const SEVERITY_ORDER: Record<Severity, number> = { style: 0, info: 1, warning: 2, error: 3 };

/** A text edit: replace `range` with `text`. Fixes never overlap; they are applied from the bottom up. */
export interface Fix {
  range: Range;
  text: string;
}

export interface Finding {
  file: string;
  range: Range;
  ruleId: string;
  /** Other tools' ids for the same check (hadolint's DL3008, BuildKit's JSONArgsRecommended). */
  aliases: string[];
  severity: Severity;
  message: string;
  /** The key of the rule's message template, and the values filled into it, when the rule declares messages. */
  messageId?: string;
  data?: Record<string, string>;
  fix: Fix[] | undefined;
  /** An edit that may change what the build does: shown with the finding, applied only by --fix-suggestions. */
  suggestion?: Fix[];
}

/** The JSON contract of `lint --format json`: one object per finding. */
export interface FindingJson {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  aliases: string[];
  severity: Severity;
  message: string;
  fixable: boolean;
}

export function findingJson(finding: Finding): FindingJson {
  return {
    file: finding.file,
    line: finding.range.start.line,
    column: finding.range.start.column,
    endLine: finding.range.end.line,
    endColumn: finding.range.end.column,
    ruleId: finding.ruleId,
    aliases: finding.aliases,
    severity: finding.severity,
    message: finding.message,
    fixable: Boolean(finding.fix?.length),
  };
}
