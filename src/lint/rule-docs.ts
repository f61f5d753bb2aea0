/**
 * A rule's page, generated from its metadata: why it matters, a bad and a good example, what --fix
 * makes of the bad one (computed, not written by hand), and the ids other tools use for it.
 */

import type { Rule } from '../rules/rule.js';
import { fixToFixpoint } from './engine.js';
import { PRESET_NAMES, type PresetName, presetLevels } from './presets.js';
import { exampleOptions, lintWithRule } from './rule-examples.js';

const LANGUAGE: Record<Rule['kind'], string> = {
  dockerfile: 'dockerfile',
  compose: 'yaml',
  dockerignore: 'gitignore',
};

export function fixedExample(rule: Rule): string | undefined {
  if (!rule.fixable) return undefined;
  const options = exampleOptions(rule);
  const fixed = fixToFixpoint(rule.docs.bad, (text) => lintWithRule(rule, text, options)).text;
  return fixed === rule.docs.bad ? undefined : fixed;
}

/** What `--fix --fix-suggestions` makes of the bad example, when the rule suggests more than it fixes. */
export function suggestedExample(rule: Rule): string | undefined {
  const options = exampleOptions(rule);
  const lint = (text: string) => lintWithRule(rule, text, options);
  const suggested = fixToFixpoint(rule.docs.bad, lint, { suggestions: true }).text;
  return suggested === (fixedExample(rule) ?? rule.docs.bad) ? undefined : suggested;
}

function aliasLine(alias: string): string {
  if (/^DL\d{4}$/.test(alias))
    return `- hadolint [${alias}](https://github.com/hadolint/hadolint/wiki/${alias}): \`# hadolint ignore=${alias}\` works here too`;
  const slug = alias
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
  return `- Docker build check [${alias}](https://docs.docker.com/reference/build-checks/${slug}/)`;
}

export function ruleMarkdown(rule: Rule): string {
  const lang = LANGUAGE[rule.kind];
  const fixed = fixedExample(rule);
  const file =
    rule.kind === 'compose'
      ? rule.docs.stackFile
        ? 'a Swarm stack file'
        : rule.docs.productionFile
          ? 'a production Compose file'
          : 'Compose files'
      : rule.kind === 'dockerignore'
        ? '.dockerignore'
        : 'Dockerfiles';
  const lines = [
    `# ${rule.id}`,
    '',
    `${rule.docs.summary}`,
    '',
    `Applies to ${file}. ${rule.optIn ? `Off by default: turn it on with \`rules: { ${rule.id}: ${rule.severity} }\` in \`.shipshape.yaml\`.` : `Default severity: **${rule.severity}**.`}${rule.fixable ? ' Fixable with `shipshape lint --fix`.' : ''}`,
    '',
    '## Why',
    '',
    rule.docs.why,
    '',
    '## Bad',
    '',
    `\`\`\`${lang}`,
    rule.docs.bad.trimEnd(),
    '```',
    '',
    '## Good',
    '',
    `\`\`\`${lang}`,
    rule.docs.good.trimEnd(),
    '```',
  ];
  if (rule.docs.dockerignore !== undefined)
    lines.push(
      '',
      'Both examples are built with this `.dockerignore`:',
      '',
      '```gitignore',
      rule.docs.dockerignore.trimEnd(),
      '```',
    );
  if (rule.docs.settings?.trustedRegistries?.length)
    lines.push(
      '',
      `Both examples assume \`trustedRegistries: [${rule.docs.settings.trustedRegistries.join(', ')}]\` in \`.shipshape.yaml\`.`,
    );
  if (fixed !== undefined)
    lines.push(
      '',
      '## Fixed',
      '',
      'What `--fix` makes of the bad example:',
      '',
      `\`\`\`${lang}`,
      fixed.trimEnd(),
      '```',
    );
  const suggested = suggestedExample(rule);
  if (suggested !== undefined)
    lines.push(
      '',
      '## Suggested',
      '',
      'What `--fix --fix-suggestions` makes of the bad example (a change to review: it alters what gets built):',
      '',
      `\`\`\`${lang}`,
      suggested.trimEnd(),
      '```',
    );
  lines.push(
    '',
    '## Silencing it',
    '',
    `- Above the ${rule.kind === 'compose' ? 'key' : 'instruction'}: \`# shipshape-ignore ${rule.id}\``,
  );
  if (rule.kind === 'dockerfile') lines.push(`- For the whole file: \`# shipshape-ignore-file ${rule.id}\``);
  lines.push(`- In \`.shipshape.yaml\`: \`rules: { ${rule.id}: off }\``);
  if (rule.aliases.length) lines.push('', '## Same rule elsewhere', '', ...rule.aliases.map(aliasLine));
  return `${lines.join('\n')}\n`;
}

export function rulesIndexMarkdown(rules: Rule[]): string {
  const rows = rules.map(
    (rule) =>
      `| [${rule.id}](${rule.id}.md) | ${rule.kind} | ${rule.optIn ? `off (opt-in, ${rule.severity})` : rule.severity} | ${rule.fixable ? 'yes' : ''} | ${rule.aliases.join(', ')} | ${rule.docs.summary.replace(/\|/g, '\\|')} |`,
  );
  return [
    '# shipshape lint rules',
    '',
    `${rules.length} rules. Generated from the rules' metadata by \`npm run docs\`; do not edit by hand. [Presets](presets.md) say which rules \`recommended\`, \`strict\` and \`hadolint\` turn on.`,
    '',
    '| rule | file | severity | fix | aliases | what it asks |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

const PRESET_WHY: Record<PresetName, string> = {
  recommended:
    'For most teams. Version pins of distribution packages (apt, apk, yum, dnf, zypper) are off: mirrors drop old versions, so a pinned package breaks the build weeks later, and the base image tag is the pin that counts. Pins of language packages installed by name are kept as info: a lock file is the better answer.',
  strict:
    'Every rule at its own severity, and the opt-in rules on as well: for images that must be reproducible to the package and teams that review every exception in the configuration.',
  hadolint:
    "hadolint's rule set: only the rules that carry a hadolint DL id run (at shipshape's severities), so a team moving from hadolint sees the findings it knows, under the ids its pragmas and configs already use.",
};

/** docs/rules/presets.md: what each preset changes, computed from the same table the linter uses. */
export function presetsMarkdown(rules: Rule[]): string {
  const lines = [
    '# Presets',
    '',
    'A preset is the starting point for `rules:` in `.shipshape.yaml`; entries under `rules:` override it.',
    'Without a preset every rule runs at its own severity and opt-in rules stay off.',
    '',
    '```yaml',
    'preset: recommended   # or strict, hadolint',
    'rules:',
    '  npm-pin-versions: warning',
    '```',
    '',
    "Generated from the rules' metadata by `npm run docs`; do not edit by hand.",
  ];
  for (const name of PRESET_NAMES) {
    const levels = presetLevels(name, rules);
    const changed = rules.filter((rule) => levels[rule.id] !== undefined);
    lines.push('', `## ${name}`, '', PRESET_WHY[name], '');
    if (!changed.length) lines.push('It changes no rule.');
    else {
      lines.push('| rule | level in this preset | default |', '| --- | --- | --- |');
      for (const rule of changed)
        lines.push(
          `| [${rule.id}](${rule.id}.md) | ${levels[rule.id]} | ${rule.optIn ? 'off (opt-in)' : rule.severity} |`,
        );
    }
  }
  return `${lines.join('\n')}\n`;
}
