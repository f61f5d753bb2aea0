// Injected into the CommonJS bundle (scripts/bundle-cli.mjs): what `import.meta.url` was in the modules.
export const import_meta_url = require('node:url').pathToFileURL(__filename).href;
