// Writes docs/rules/*.md from the built rule catalogue (run after `npm run build`).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { presetsMarkdown, ruleMarkdown, rulesIndexMarkdown } from '../dist/lint/rule-docs.js';
import { RULES } from '../dist/rules/index.js';

const dir = new URL('../docs/rules/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const name of readdirSync(dir)) rmSync(new URL(name, dir));
for (const rule of RULES) writeFileSync(new URL(`${rule.id}.md`, dir), ruleMarkdown(rule));
writeFileSync(new URL('README.md', dir), rulesIndexMarkdown(RULES));
writeFileSync(new URL('presets.md', dir), presetsMarkdown(RULES));
console.log(`docs/rules: ${RULES.length} rules`);
