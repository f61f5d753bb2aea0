/**
 * The input limits every reader enforces, in one place so the docs (docs/limits.md) and the code agree.
 * Each bounds a resource a hostile or broken file could otherwise exhaust: memory (size, aliases), the
 * call stack of the recursive parsers underneath (nesting), or time (include chains).
 */

/** Largest file read as a Dockerfile, Compose file, .dockerignore or config: real ones are a few kB. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Deepest YAML nesting (maps, sequences, flow collections) composed. Compose files rarely pass 10. */
export const MAX_YAML_DEPTH = 100;

/** Most aliases expanded when a YAML document becomes plain data (the "billion laughs" bound). */
export const MAX_YAML_ALIASES = 1000;

/** Deepest shell nesting (subshells, groups, command substitutions) handed to the shell parser. */
export const MAX_SHELL_DEPTH = 50;

/** Longest chain of Compose `include`s followed. */
export const MAX_INCLUDE_DEPTH = 10;

/**
 * Longest shell script (one RUN, or one heredoc body) handed to the shell parser; longer ones are read by
 * the fallback splitter. The parser costs about half a millisecond per command across its JavaScript
 * boundary, so a 50,000-line heredoc took 13 s; real RUN scripts are a few kB.
 */
export const MAX_SHELL_SCRIPT_BYTES = 64 * 1024;
