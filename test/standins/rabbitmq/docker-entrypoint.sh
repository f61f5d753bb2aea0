#!/bin/sh
# As in the official image: the server and its tools run as rabbitmq, which owns its data directory.
set -e
if [ "$1" = rabbitmq-server ] && [ "$(id -u)" = 0 ]; then
  chown -R rabbitmq:rabbitmq /var/lib/rabbitmq
  exec gosu rabbitmq "$0" "$@"
fi
exec "$@"
