#!/bin/sh
set -e
# As in the official image: `docker run node:20 -e "..."` runs node with those flags.
if [ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ] || { [ -f "${1}" ] && ! [ -x "${1}" ]; }; then
  set -- node "$@"
fi
exec "$@"
