// Compiles the Compose schema into a standalone validator at build time: compiling it with Ajv on every
// run costs about 190 ms, which a pre-commit hook would feel on every commit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const standaloneCode = require('ajv/dist/standalone').default;
const { composeSchema, ajvOptions } = require('../schemas/compose-schema-source.cjs');

const ajv = new Ajv2020(ajvOptions());
const validate = ajv.compile(composeSchema());
mkdirSync(new URL('../dist/generated/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../dist/generated/compose-validator.cjs', import.meta.url),
  standaloneCode(ajv, validate),
);

// The lint configuration's schemas, for the config loader (src/lint/config-schema.ts): a pre-commit hook
// with a .shipshape.yaml should not pay for Ajv's compiler either.
const Ajv = require('ajv').default;
for (const [dialect, file] of [
  ['shipshape', 'shipshape-config.schema.json'],
  ['hadolint', 'shipshape-config-hadolint.schema.json'],
]) {
  const configAjv = new Ajv({ allErrors: true, code: { source: true } });
  const configValidate = configAjv.compile(require(`../schemas/${file}`));
  writeFileSync(
    new URL(`../dist/generated/config-${dialect}-validator.cjs`, import.meta.url),
    standaloneCode(configAjv, configValidate),
  );
}
