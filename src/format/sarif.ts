/** SARIF 2.1.0, the format GitHub code scanning and most security dashboards read. */

import type { Log, Region, ReportingDescriptor, Result, Fix as SarifFix } from 'sarif';
import type { Finding, Fix, Severity } from '../core/finding.js';
import type { Range } from '../core/source.js';
import { toolVersion } from '../core/version.js';
import { findRule } from '../rules/index.js';
import type { FormatContext } from './index.js';
import { NO_LINKS } from './project-links.js';

// Typed with @types/sarif so a misspelt or misplaced property fails the build, not a code scanning upload.
const LEVEL: Record<Severity, Result.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  style: 'note',
};

export function formatSarif(findings: Finding[], context?: Pick<FormatContext, 'links'>): string {
  const links = context?.links ?? NO_LINKS;
  const ruleIds = [...new Set(findings.map((finding) => finding.ruleId))].sort();
  const sarif: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'shipshape',
            version: toolVersion(),
            ...(links.informationUri ? { informationUri: links.informationUri } : {}),
            rules: ruleIds.map((id): ReportingDescriptor => {
              const rule = findRule(id);
              const helpUri = links.ruleDocUri(id);
              return {
                id,
                ...(helpUri ? { helpUri } : {}),
                help: { text: rule ? `${rule.docs.summary}\n\n${rule.docs.why}` : id },
                shortDescription: { text: rule?.docs.summary ?? id },
                fullDescription: { text: rule?.docs.why ?? id },
                defaultConfiguration: { level: LEVEL[rule?.severity ?? 'warning'] },
                properties: { aliases: rule?.aliases ?? [] },
              };
            }),
          },
        },
        results: findings.map(
          (finding): Result => ({
            ruleId: finding.ruleId,
            ruleIndex: ruleIds.indexOf(finding.ruleId),
            level: LEVEL[finding.severity],
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(finding.file) },
                  region: region(finding.range),
                },
              },
            ],
            ...(finding.fix?.length ? { fixes: [sarifFix(finding.file, finding.fix)] } : {}),
          }),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

const artifactUri = (file: string) => file.split('\\').join('/');

// SARIF columns count from 1 and endColumn is exclusive, as Range's are.
function region(range: Range): Region {
  return {
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
  };
}

/** A fix is one artifact change: each edit deletes its range and inserts its text (an empty range inserts). */
function sarifFix(file: string, edits: Fix[]): SarifFix {
  return {
    description: { text: 'shipshape lint --fix' },
    artifactChanges: [
      {
        artifactLocation: { uri: artifactUri(file) },
        replacements: edits.map((edit) => ({
          deletedRegion: region(edit.range),
          insertedContent: { text: edit.text },
        })),
      },
    ],
  };
}
