/** The library entry point: the parsers and models, for tools that build on shipshape. */

export { main } from './cli/main.js';
export * from './core/errors.js';
export * from './core/finding.js';
export * from './core/source.js';
export * from './parse/compose.js';
export { validateCompose } from './parse/compose-schema.js';
export * from './parse/dockerfile.js';
export { runScripts } from './parse/dockerfile-shell.js';
export * from './parse/dockerignore.js';
export { parseEnvFile } from './parse/env-file.js';
export * from './parse/shell.js';
