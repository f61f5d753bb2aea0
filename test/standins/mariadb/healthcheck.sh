#!/usr/bin/env bash
# The official mariadb image's healthcheck.sh, for the tests the generated files rely on: --connect
# (the server accepts a login) and --innodb_initialized (InnoDB is up), as the healthcheck user that the
# entrypoint created. Each test given must pass.
set -eo pipefail
client=(mariadb --defaults-extra-file=/var/lib/mysql/.my-healthcheck.cnf --skip-column-names --batch)
[ $# -gt 0 ] || set -- --connect
for test in "$@"; do
  case "$test" in
    --connect) "${client[@]}" -e 'SELECT 1' >/dev/null ;;
    --innodb_initialized)
      [ "$("${client[@]}" -e "SELECT 1 FROM information_schema.ENGINES WHERE engine = 'innodb' AND support IN ('YES', 'DEFAULT')")" = 1 ] ;;
    --su-mysql | --su=*) ;;
    *) echo "healthcheck.sh: unsupported test $test in this stand-in" >&2; exit 1 ;;
  esac
done
