import type { DockerfileRule } from '../rule.js';

export const undefinedArgInFrom: DockerfileRule = {
  kind: 'dockerfile',
  id: 'undefined-arg-in-from',
  aliases: ['UndefinedArgInFrom', 'InvalidDefaultArgInFrom'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Declare (with a default) every ARG that FROM uses.',
    why: 'FROM sees only the ARGs declared before the first FROM. An undeclared one expands to nothing (`FROM node:${VERSION}-slim` becomes `node:-slim`), and one without a default breaks every build that forgets `--build-arg`.',
    bad: 'FROM node:${NODE_VERSION}-bookworm-slim\n',
    good: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-bookworm-slim\n',
  },
  messages: {
    declaredBeforeFirst: '{name} is not declared before the first FROM',
    hasDefaultImage: '{name} has no default: the image name is invalid without --build-arg {name}=…',
  },
  check({ model, report }) {
    const automatic = /^(BUILD|TARGET)(PLATFORM|OS|ARCH|VARIANT)$/;
    for (const stage of model.stages) {
      const image = stage.from.args[0];
      const platform = stage.from.flags.find((f) => f.name === 'platform');
      for (const [text, range] of [
        [image?.raw, image?.range],
        [platform?.value, platform?.range],
      ] as const) {
        if (!text || !range) continue;
        for (const match of text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(:?[-+?][^}]*)?\}?/g)) {
          const name = match[1] as string;
          if (automatic.test(name) || match[2]?.startsWith(':-') || match[2]?.startsWith('-')) continue;
          const declaration = model.globalArgs.flatMap((arg) => arg.pairs).find((pair) => pair.key === name);
          if (!declaration) report({ range, messageId: 'declaredBeforeFirst', data: { name } });
          else if (declaration.value === undefined)
            report({
              range,
              messageId: 'hasDefaultImage',
              data: { name },
            });
        }
      }
    }
  },
};
