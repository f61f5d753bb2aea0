import { type Finding, findingJson } from '../core/finding.js';

/** The JSON contract: an array of findings (see FindingJson). */
export function formatJson(findings: Finding[]): string {
  return `${JSON.stringify(findings.map(findingJson), null, 2)}\n`;
}
