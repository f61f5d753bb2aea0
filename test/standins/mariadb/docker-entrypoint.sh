#!/usr/bin/env bash
# The official mariadb image's start-up contract, written for the stand-in: a flag as the first
# argument runs mariadbd with it; as root, the script re-runs itself as mysql; an empty data directory
# is initialised from MARIADB_* (or the MYSQL_* names the mysql image reads) and /docker-entrypoint-initdb.d.
set -Eeo pipefail

# MARIADB_X, else MYSQL_X, each also as a _FILE holding the value; never a variable and its file both.
env_value() {
  local name=$1 var
  for var in "MARIADB_$name" "MYSQL_$name"; do
    local file_var="${var}_FILE"
    if [ -n "${!var:-}" ] && [ -n "${!file_var:-}" ]; then
      echo "error: both $var and $file_var are set (but are exclusive)" >&2
      exit 1
    fi
    if [ -n "${!var:-}" ]; then printf '%s' "${!var}"; return; fi
    if [ -n "${!file_var:-}" ]; then cat "${!file_var}"; return; fi
  done
}

# Read while still root, as the official image does (a secret file only root may read still works):
# each setting ends up in MARIADB_<NAME>, its _FILE variables gone.
setup_env() {
  local name value
  for name in ROOT_PASSWORD ROOT_HOST DATABASE USER PASSWORD ALLOW_EMPTY_ROOT_PASSWORD RANDOM_ROOT_PASSWORD; do
    value=$(env_value "$name")
    export "MARIADB_$name=$value"
    unset "MARIADB_${name}_FILE" "MYSQL_${name}_FILE"
  done
}

# 32 random hex digits (no `tr </dev/urandom | head`: its SIGPIPE fails the script under pipefail).
random_password() { od -An -tx1 -N16 /dev/urandom | tr -d ' \n'; }

sql_string() { local text=${1//\\/\\\\}; printf "'%s'" "${text//\'/\\\'}"; }
sql_name() { printf '`%s`' "${1//\`/\`\`}"; }

initialise() {
  local root_password database user password root_host
  root_password=$MARIADB_ROOT_PASSWORD
  root_host=$MARIADB_ROOT_HOST
  database=$MARIADB_DATABASE
  user=$MARIADB_USER
  password=$MARIADB_PASSWORD
  if [ -z "$root_password" ] && [ -z "$MARIADB_ALLOW_EMPTY_ROOT_PASSWORD" ] \
    && [ -z "$MARIADB_RANDOM_ROOT_PASSWORD" ]; then
    echo 'error: Database is uninitialized and password option is not specified' >&2
    echo '       You need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH,' >&2
    echo '       MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD' >&2
    exit 1
  fi
  if [ -n "$MARIADB_RANDOM_ROOT_PASSWORD" ]; then
    root_password=$(random_password)
    echo "GENERATED ROOT PASSWORD: $root_password"
  fi
  mariadb-install-db --user=mysql --datadir=/var/lib/mysql --skip-test-db \
    --auth-root-authentication-method=normal --skip-name-resolve >/dev/null
  local socket=/run/mysqld/mysqld.sock
  mariadbd --user=mysql --skip-networking --socket="$socket" &
  local pid=$! i
  for i in $(seq 60); do mariadb-admin --socket="$socket" ping --silent 2>/dev/null && break; sleep 1; done
  local client=(mariadb --protocol=socket --socket="$socket" -uroot)
  local health_password
  health_password=$(random_password)
  {
    echo "SET @@SESSION.SQL_LOG_BIN=0;"
    echo "DELETE FROM mysql.global_priv WHERE user NOT IN ('mysql', 'mariadb.sys', 'root') OR host NOT IN ('localhost');"
    echo "SET PASSWORD FOR 'root'@'localhost' = PASSWORD($(sql_string "$root_password"));"
    if [ "${root_host:-%}" != localhost ]; then
      echo "CREATE USER 'root'@$(sql_string "${root_host:-%}") IDENTIFIED BY $(sql_string "$root_password");"
      echo "GRANT ALL ON *.* TO 'root'@$(sql_string "${root_host:-%}") WITH GRANT OPTION;"
    fi
    # What healthcheck.sh logs in as, as in the official image.
    for host in 127.0.0.1 ::1 localhost; do
      echo "CREATE USER 'healthcheck'@'$host' IDENTIFIED BY $(sql_string "$health_password");"
      echo "GRANT USAGE ON *.* TO 'healthcheck'@'$host';"
    done
    [ -n "$database" ] && echo "CREATE DATABASE IF NOT EXISTS $(sql_name "$database");"
    if [ -n "$user" ] && [ -n "$password" ]; then
      echo "CREATE USER $(sql_string "$user")@'%' IDENTIFIED BY $(sql_string "$password");"
      [ -n "$database" ] && echo "GRANT ALL ON $(sql_name "$database").* TO $(sql_string "$user")@'%';"
    fi
    echo "FLUSH PRIVILEGES;"
  } | "${client[@]}"
  printf '[mariadb-client]\nport=3306\nsocket=%s\nuser=healthcheck\npassword=%s\n' "$socket" "$health_password" \
    >/var/lib/mysql/.my-healthcheck.cnf
  chmod 600 /var/lib/mysql/.my-healthcheck.cnf
  local file
  for file in /docker-entrypoint-initdb.d/*; do
    case "$file" in
      *.sh) if [ -x "$file" ]; then "$file"; else . "$file"; fi ;;
      *.sql) "${client[@]}" -p"$root_password" ${database:+"$database"} <"$file" ;;
      *.sql.gz) gunzip -c "$file" | "${client[@]}" -p"$root_password" ${database:+"$database"} ;;
      *) [ -e "$file" ] && echo "ignoring $file" ;;
    esac
  done
  kill "$pid"
  wait "$pid" || true
  echo 'MariaDB init process done. Ready for start up.'
}

if [ "${1:0:1}" = - ]; then set -- mariadbd "$@"; fi
if [ "$1" = mariadbd ] || [ "$1" = mysqld ]; then
  setup_env
  if [ "$(id -u)" = 0 ]; then
    chown -R mysql:mysql /var/lib/mysql /run/mysqld
    exec gosu mysql "$BASH_SOURCE" "$@"
  fi
  if [ ! -d /var/lib/mysql/mysql ]; then initialise; fi
fi
exec "$@"
