/**
 * Findings in the Language Server Protocol's terms: LSP counts lines and characters from 0 (UTF-16 units,
 * which is what JavaScript string offsets and shipshape's columns already are), shipshape from 1.
 */

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type CodeAction,
  CodeActionKind,
  type Diagnostic,
  DiagnosticSeverity,
  type Hover,
  type Range as LspRange,
  MarkupKind,
  type TextEdit,
} from 'vscode-languageserver';
import type { Finding, Severity } from '../core/finding.js';
import type { Position, Range } from '../core/source.js';
import type { ProjectLinks } from '../format/project-links.js';
import { findRule } from '../rules/index.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  style: DiagnosticSeverity.Hint,
};

export const SOURCE = 'shipshape';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.shipshape`;

export function lspPosition(position: Position): { line: number; character: number } {
  return { line: position.line - 1, character: position.column - 1 };
}

export function lspRange(range: Range): LspRange {
  return { start: lspPosition(range.start), end: lspPosition(range.end) };
}

/** The rule's page: on the project's site when package.json names one, else the copy shipped in the package. */
export function ruleDocLink(ruleId: string, links: ProjectLinks): string | undefined {
  const remote = links.ruleDocUri(ruleId);
  if (remote) return remote;
  const local = new URL(`../../docs/rules/${ruleId}.md`, import.meta.url);
  return existsSync(fileURLToPath(local)) ? local.href : undefined;
}

export function findingDiagnostic(finding: Finding, links: ProjectLinks): Diagnostic {
  const href = ruleDocLink(finding.ruleId, links);
  return {
    range: lspRange(finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: finding.message,
  };
}

export function problemDiagnostic(message: string, position: Position | undefined): Diagnostic {
  const start = position ? lspPosition(position) : { line: 0, character: 0 };
  return { range: { start, end: start }, severity: DiagnosticSeverity.Error, source: SOURCE, message };
}

function overlaps(a: LspRange, b: LspRange): boolean {
  const before = (x: LspRange['start'], y: LspRange['start']) =>
    x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** One quick fix per fixable finding touching the range the editor asks about. */
export function quickFixes(
  uri: string,
  findings: Finding[],
  range: LspRange,
  links: ProjectLinks,
): CodeAction[] {
  return findings
    .filter((finding) => finding.fix?.length && overlaps(lspRange(finding.range), range))
    .map((finding) => ({
      title: `Fix ${finding.ruleId}: ${finding.message}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [findingDiagnostic(finding, links)],
      isPreferred: true,
      edit: {
        changes: {
          [uri]: (finding.fix ?? []).map(
            (edit): TextEdit => ({ range: lspRange(edit.range), newText: edit.text }),
          ),
        },
      },
    }));
}

/** Every fix at once, as `lint --fix` would write it: the whole buffer replaced by its fixed text. */
export function fixAllAction(uri: string, text: string, fixed: string, lineCount: number): CodeAction {
  return {
    title: 'Fix all shipshape findings that have a fix',
    kind: FIX_ALL_KIND,
    edit: {
      changes: {
        [uri]: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: lineCount, character: 0 } },
            newText: fixed,
          },
        ],
      },
    },
    ...(text === fixed ? { disabled: { reason: 'nothing to fix' } } : {}),
  };
}

/** The summary of each rule reported under the cursor, its other ids, and a link to its page. */
export function hoverFor(
  findings: Finding[],
  position: LspRange['start'],
  links: ProjectLinks,
): Hover | null {
  const here = findings.filter((finding) =>
    overlaps(lspRange(finding.range), { start: position, end: position }),
  );
  if (!here.length) return null;
  const sections = [...new Map(here.map((finding) => [finding.ruleId, finding])).values()].map((finding) => {
    const rule = findRule(finding.ruleId);
    const href = ruleDocLink(finding.ruleId, links);
    const aliases = finding.aliases.length ? ` (${finding.aliases.join(', ')})` : '';
    return [
      `**${finding.ruleId}**${aliases}: ${rule?.docs.summary ?? finding.message}`,
      ...(href ? ['', `[Rule documentation](${href})`] : []),
    ].join('\n');
  });
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') } };
}
