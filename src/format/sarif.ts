/** SARIF 2.1.0, the format GitHub code scanning and most security dashboards read. */

import type { Finding, Severity } from '../core/finding.js';
import { toolVersion } from '../core/version.js';
import { findRule } from '../rules/index.js';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', style: 'note' };

export function formatSarif(findings: Finding[]): string {
  const ruleIds = [...new Set(findings.map((finding) => finding.ruleId))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'shipshape',
            version: toolVersion(),
            informationUri: 'https://www.npmjs.com/package/shipshape',
            rules: ruleIds.map((id) => {
              const rule = findRule(id);
              return {
                id,
                shortDescription: { text: rule?.docs.summary ?? id },
                fullDescription: { text: rule?.docs.why ?? id },
                defaultConfiguration: { level: LEVEL[rule?.severity ?? 'warning'] },
                properties: { aliases: rule?.aliases ?? [] },
              };
            }),
          },
        },
        results: findings.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: ruleIds.indexOf(finding.ruleId),
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: finding.file.split('\\').join('/') },
                region: {
                  startLine: finding.range.start.line,
                  startColumn: finding.range.start.column,
                  endLine: finding.range.end.line,
                  endColumn: finding.range.end.column,
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
