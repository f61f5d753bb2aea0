#!/bin/sh
# The official redis image's start-up contract, written for the stand-in: a flag or a .conf file as the
# first argument runs redis-server with it; as root, /data is given to redis and the server runs as redis.
set -e
case "$1" in -* | *.conf) set -- redis-server "$@" ;; esac
if [ "$1" = redis-server ]; then
  # The official build's default is protected-mode no; Debian's build keeps Redis's own yes, so the
  # stand-in says it on the command line unless a config file is given (which then decides).
  case " $* " in *.conf\ * | *protected-mode*) ;; *) set -- "$@" --protected-mode no ;; esac
  if [ "$(id -u)" = 0 ]; then
    find . \! -user redis -exec chown redis '{}' +
    exec gosu redis "$0" "$@"
  fi
  umask 0077
fi
exec "$@"
