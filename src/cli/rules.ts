import { colours, coloursEnabled } from '../core/colours.js';
import { UsageError } from '../core/errors.js';
import { ruleMarkdown } from '../lint/rule-docs.js';
import { findRule, RULES } from '../rules/index.js';
import { type Command, EXIT, flagOption } from './command.js';

export const rulesCommand: Command = {
  name: 'rules',
  summary: "List the lint rules, or show one rule's documentation.",
  usage: 'shipshape rules [rule-id-or-alias] [--json]',
  details: 'Example:\n  shipshape rules DL3008',
  options: {},
  async run(args, io) {
    const [name] = args.positionals;
    if (name) {
      const rule = findRule(name);
      if (!rule) throw new UsageError(`rules: no rule named ${name}`);
      if (flagOption(args, 'json')) io.stdout(`${JSON.stringify({ ...rule, check: undefined }, null, 2)}\n`);
      else io.stdout(ruleMarkdown(rule));
      return EXIT.ok;
    }
    if (flagOption(args, 'json')) {
      const catalogue = RULES.map(({ id, kind, aliases, severity, fixable, docs }) => ({
        id,
        kind,
        aliases,
        severity,
        fixable,
        summary: docs.summary,
      }));
      io.stdout(`${JSON.stringify(catalogue, null, 2)}\n`);
      return EXIT.ok;
    }
    const paint = colours(coloursEnabled(io.env, io.isTTY));
    const width = Math.max(...RULES.map((rule) => rule.id.length)) + 2;
    for (const kind of ['dockerfile', 'compose', 'dockerignore'] as const) {
      const rules = RULES.filter((rule) => rule.kind === kind);
      if (!rules.length) continue;
      io.stdout(`${paint.bold(kind)} (${rules.length})\n`);
      for (const rule of rules) {
        const tags = [rule.severity, rule.fixable ? 'fix' : '', ...rule.aliases].filter(Boolean).join(', ');
        io.stdout(`  ${rule.id.padEnd(width)}${rule.docs.summary} ${paint.dim(`[${tags}]`)}\n`);
      }
    }
    return EXIT.ok;
  },
};
