import { stringify } from 'yaml';

/**
 * A generated YAML file: comment lines, then the data printed by the yaml package (always valid YAML).
 * Long strings stay on one line, and repeated objects are written out rather than as anchors and
 * aliases, which some manifest tools mishandle and readers find hard to follow.
 */
export function yamlDocument(comments: string[], data: unknown): string {
  const header = comments.map((line) => `# ${line}`).join('\n');
  return `${header}\n${stringify(data, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
