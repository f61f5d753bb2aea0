// Where the Compose Specification schema comes from, shared by the build-time generator and the
// runtime fallback so both validate against the same document.
//
// Source: the `dclint` package's copy of compose-spec's `compose-spec.json` (Apache-2.0, from the
// compose-spec/compose-go repository). It is the most current copy in the npm registry; it declares
// draft-07 but is written with `$defs` and 2020-12 keywords, so it is read with Ajv's 2020-12 build.
// Newer than it upstream: `pre_start` hooks, which this copy reports as unknown.
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

function composeSchema() {
  const packageJson = require.resolve('dclint/package.json');
  const schema = JSON.parse(readFileSync(join(dirname(packageJson), 'schemas', 'compose.schema.json'), 'utf8'));
  schema.$schema = 'https://json-schema.org/draft/2020-12/schema';
  return schema;
}

function ajvOptions() {
  return { allErrors: true, strict: false, code: { source: true } };
}

module.exports = { composeSchema, ajvOptions };
