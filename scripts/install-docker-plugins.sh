#!/usr/bin/env bash
# Installs Docker Compose v2 and buildx as Docker CLI plugins, taken from Debian 13 (trixie)'s packages.
# Bookworm's docker.io (20.10) ships neither; trixie's docker-compose (2.26) and docker-buildx (0.13) are
# static Go binaries that talk to a 20.10 engine. apt runs against a separate trixie source list and a
# separate state and cache directory, so the host's own package set stays on bookworm: nothing is installed,
# only downloaded and unpacked. Idempotent: a plugin already at the wanted version is left alone.
set -euo pipefail

say() { printf 'docker-plugins: %s\n' "$*"; }

plugins_dir="${DOCKER_CONFIG:-$HOME/.docker}/cli-plugins"
work="${DOCKER_PLUGINS_CACHE:-/var/tmp/shipshape-docker-plugins}"
suite=trixie
docker_cli=/usr/bin/docker
[ -x "$docker_cli" ] || docker_cli=$(command -v docker || true)
[ -n "$docker_cli" ] || { say "no docker client found (install docker.io first)"; exit 1; }

# plugin name -> Debian package, and the binary's path inside that package
declare -A package=([docker-compose]=docker-compose [docker-buildx]=docker-buildx)
declare -A binary=([docker-compose]=usr/libexec/docker/cli-plugins/docker-compose [docker-buildx]=usr/libexec/docker/cli-plugins/docker-buildx)

installed_version() {
  # `docker compose version --short` exists; buildx prints "github.com/docker/buildx 0.13.1 <commit>".
  local plugin=$1
  [ -x "$plugins_dir/$plugin" ] || return 0
  case $plugin in
    docker-compose) "$docker_cli" compose version --short 2>/dev/null || true ;;
    docker-buildx) "$docker_cli" buildx version 2>/dev/null | awk '{print $2}' || true ;;
  esac
}

# The mirror URI and keyring of the host's own Debian entry (not the security one), so no host is named here.
host_entry_field() {
  local field=$1
  awk -v f="$field:" '
    /^$/ { if (uri != "" && uri !~ /security/) { print val; exit } uri = ""; val = "" }
    $1 == "URIs:" { uri = $2 }
    $1 == f { val = $2 }
    END { if (uri != "" && uri !~ /security/) print val }
  ' /etc/apt/sources.list.d/*.sources | head -1
}

compgen -G "/etc/apt/sources.list.d/*.sources" >/dev/null || { say "no /etc/apt/sources.list.d/*.sources entry to copy the mirror from"; exit 1; }
mirror=$(host_entry_field URIs)
keyring=$(host_entry_field Signed-By)
[ -n "$mirror" ] || { say "cannot find a Debian mirror in /etc/apt/sources.list.d"; exit 1; }
keyring=${keyring:-/usr/share/keyrings/debian-archive-keyring.gpg}

mkdir -p "$work/state/lists/partial" "$work/cache/archives/partial" "$work/debs" "$plugins_dir"
# The one-line format, so the file means the same to every apt that reads it as the main source list.
echo "deb [signed-by=$keyring] $mirror $suite main" >"$work/trixie.list"
# An empty dpkg status: apt resolves nothing against the host's installed packages.
touch "$work/state/status"
apt_opts=(
  -o "Dir::State=$work/state"
  -o "Dir::State::status=$work/state/status"
  -o "Dir::Etc::SourceList=$work/trixie.list"
  -o "Dir::Etc::SourceParts=/dev/null"
  -o "Dir::Cache=$work/cache"
)

wanted_version() { apt-cache "${apt_opts[@]}" show --no-all-versions "$1" 2>/dev/null | awk '/^Version:/ {print $2; exit}'; }

if [ ! -f "$work/state/lists/.updated" ] || [ -n "$(find "$work/state/lists/.updated" -mmin +1440 2>/dev/null)" ]; then
  say "apt-get update ($suite, separate state in $work)"
  apt-get "${apt_opts[@]}" update -qq >"$work/update.log" 2>&1 || { tail -20 "$work/update.log"; say "apt-get update of $suite failed"; exit 1; }
  touch "$work/state/lists/.updated"
fi

for plugin in docker-compose docker-buildx; do
  pkg=${package[$plugin]}
  version=$(wanted_version "$pkg")
  [ -n "$version" ] || { say "$suite has no package $pkg"; exit 1; }
  upstream=${version#*:}
  upstream=${upstream%%[-+]*}
  have=$(installed_version "$plugin")
  have=${have#v}
  have=${have%%[-+]*}
  if [ -n "$have" ] && [ "$have" = "$upstream" ]; then
    say "$plugin $have is installed"
    continue
  fi
  say "fetching $pkg $version from $suite"
  rm -rf "$work/debs/$pkg" && mkdir -p "$work/debs/$pkg"
  (cd "$work/debs/$pkg" && apt-get "${apt_opts[@]}" download -qq "$pkg=$version" >"$work/download-$pkg.log" 2>&1) ||
    { tail -20 "$work/download-$pkg.log"; say "apt-get download $pkg failed"; exit 1; }
  deb=$(ls "$work/debs/$pkg"/*.deb)
  dpkg -x "$deb" "$work/debs/$pkg/root"
  src="$work/debs/$pkg/root/${binary[$plugin]}"
  [ -x "$src" ] || { say "$deb does not hold ${binary[$plugin]}"; exit 1; }
  install -m 0755 "$src" "$plugins_dir/$plugin.tmp"
  mv -f "$plugins_dir/$plugin.tmp" "$plugins_dir/$plugin"
  say "$plugin $(installed_version "$plugin") installed in $plugins_dir"
done

"$docker_cli" compose version >/dev/null || { say "docker compose does not run"; exit 1; }
"$docker_cli" buildx version >/dev/null || { say "docker buildx does not run"; exit 1; }
say "$("$docker_cli" compose version); $("$docker_cli" buildx version)"
