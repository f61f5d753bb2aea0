// npm run lint:seeds — lints every fenced Dockerfile and Compose block of the seed documents and prints
// the findings, for a reviewer to judge. Blocks that are not whole files (templates, fragments) are
// reported as such rather than linted.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintComposeText, lintDockerfileText } from '../dist/lint/engine.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = process.env.SHIPSHAPE_SEEDS ?? join(root, '..', 'shared', 'seeds');
for (const name of readdirSync(seeds).sort()) {
  const text = readFileSync(join(seeds, name), 'utf8');
  for (const match of text.matchAll(/```(dockerfile|yaml)\n([\s\S]*?)```/g)) {
    const [, language, body] = match;
    const line = text.slice(0, match.index).split('\n').length + 1;
    if (language === 'yaml' && !/^services:/m.test(body)) continue;
    const result =
      language === 'dockerfile'
        ? lintDockerfileText(body, 'Dockerfile')
        : lintComposeText(body, /prod/.test(body) ? 'compose.prod.yaml' : 'compose.yaml');
    console.log(`\n${name}:${line} (${language})`);
    for (const problem of result.problems)
      console.log(
        `  ${problem.position.line}:${problem.position.column} not a whole file: ${problem.message}`,
      );
    for (const finding of result.findings)
      console.log(
        `  ${finding.range.start.line}:${finding.range.start.column} ${finding.severity} ${finding.ruleId}: ${finding.message}`,
      );
  }
}
