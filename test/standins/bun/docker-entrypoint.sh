#!/bin/sh
# A first argument that is a flag (or nothing runnable) is an argument to bun.
set -e
if [ "${1#-}" != "$1" ] || [ -z "$(command -v "$1" 2>/dev/null)" ]; then
  set -- /usr/local/bin/bun "$@"
fi
exec "$@"
