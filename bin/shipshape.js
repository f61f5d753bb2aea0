#!/usr/bin/env node
// The bundle of dist/cli/main.js (scripts/bundle-cli.mjs): one file to load instead of 236 modules.
import { main } from '../dist/bundle/main.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
