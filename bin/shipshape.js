#!/usr/bin/env node
// The CLI is one CommonJS bundle of dist/cli/main.js (scripts/bundle-cli.mjs), loaded through V8's code
// cache (dist/parse/compile-cache.js): one file to compile once, instead of 236 modules on every run.
import { requireWithCodeCache } from '../dist/parse/compile-cache.js';

const { main } = requireWithCodeCache('../dist/bundle/main.cjs', import.meta.url);
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
