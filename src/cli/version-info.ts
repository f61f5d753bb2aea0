/** `shipshape --version --verbose`: the tool's version and the age of the facts it carries. */

import { createRequire } from 'node:module';
import { toolVersion } from '../core/version.js';
import { imageTable } from '../images/index.js';

interface SchemaProvenance {
  base: string;
  specificationDate: string;
  patched: Array<{ key: string; section: string }>;
}

export function verboseVersion(): string {
  // Two levels up from both src/cli and dist/cli, like package.json.
  const { schemaProvenance } = createRequire(import.meta.url)('../../schemas/compose-schema-source.cjs') as {
    schemaProvenance(): SchemaProvenance;
  };
  const schema = schemaProvenance();
  const officialImages = imageTable.sources.find(
    (source) => source.repo === 'docker-library/official-images',
  );
  return [
    `shipshape ${toolVersion()}`,
    `compose schema: ${schema.base}, patched to the Compose Specification of ${schema.specificationDate}`,
    ...schema.patched.map((patch) => `  + ${patch.key}  (${patch.section})`),
    `image table: facts as of ${imageTable.date}${officialImages ? ` (docker-library/official-images ${officialImages.commit.slice(0, 7)})` : ''}`,
    '',
  ].join('\n');
}
