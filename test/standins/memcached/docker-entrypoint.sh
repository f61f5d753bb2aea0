#!/bin/sh
# As in the official image: `docker run memcached -m 64` runs memcached with those flags.
set -e
case "$1" in -*) set -- memcached "$@" ;; esac
exec "$@"
