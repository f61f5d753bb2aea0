#!/usr/bin/env bash
# Builds the stand-in base images the tests need (see test/standins/README.md) into the local Docker
# engine. Idempotent: the Debian root is imported once per input hash; the rest rebuilds from cache.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
standins="$repo/test/standins"
cache="${STANDINS_CACHE:-/var/tmp/shipshape-standins}"
suite=bookworm
export DOCKER_BUILDKIT=1

# The Debian client talks to the engine directly; a newer client without the buildx plugin cannot build.
docker_cli() {
  if [ -n "${SHIPSHAPE_DOCKER:-}" ]; then echo "$SHIPSHAPE_DOCKER"; elif [ -x /usr/bin/docker ]; then echo /usr/bin/docker; else command -v docker; fi
}
DOCKER=$(docker_cli)
say() { printf 'standins: %s\n' "$*"; }

"$DOCKER" info >/dev/null 2>&1 || { say "no Docker engine answers (start dockerd first)"; exit 1; }

# The Debian mirror this machine's apt already uses, so nothing here names a host of its own.
apt_mirror() {
  local uri=""
  if compgen -G "/etc/apt/sources.list.d/*.sources" >/dev/null; then
    uri=$(awk '/^URIs:/ && !/security/ {print $2; exit}' /etc/apt/sources.list.d/*.sources)
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1 == "deb" && !/security/ {print $2; exit}' /etc/apt/sources.list)
  fi
  [ -n "$uri" ] || { say "cannot find a Debian mirror in /etc/apt"; exit 1; }
  echo "$uri"
}

image_label() {
  "$DOCKER" image inspect --format "{{ index .Config.Labels \"org.shipshape.standin\" }}" "$1" 2>/dev/null || true
}

# The apt and dpkg settings Debian's official images are built with (by debuerreotype): apt deletes its
# downloaded packages and binary caches after every run, keeps indexes compressed, fetches no
# translations, and the slim variant never unpacks docs, man pages or locales. Without them an
# `apt-get install` in a derived image leaves ~80 MB of caches that the real image never has.
official_image_config() {
  local rootfs=$1
  mkdir -p "$rootfs/etc/apt/apt.conf.d" "$rootfs/etc/dpkg/dpkg.cfg.d"
  local clean='"rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true";'
  cat >"$rootfs/etc/apt/apt.conf.d/docker-clean" <<EOF
DPkg::Post-Invoke { $clean };
APT::Update::Post-Invoke { $clean };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
  printf 'Acquire::GzipIndexes "true";\nAcquire::CompressionTypes::Order:: "gz";\n' >"$rootfs/etc/apt/apt.conf.d/docker-gzip-indexes"
  printf 'Acquire::Languages "none";\n' >"$rootfs/etc/apt/apt.conf.d/docker-no-languages"
  printf 'Apt::AutoRemove::SuggestsImportant "false";\n' >"$rootfs/etc/apt/apt.conf.d/docker-autoremove-suggests"
  cat >"$rootfs/etc/dpkg/dpkg.cfg.d/docker" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-exclude /usr/share/lintian/*
EOF
}

build_debian() {
  local mirror hash rootfs image_hash
  mirror=$(apt_mirror)
  # The debootstrap tree is keyed by its inputs; the image also by the settings written into it.
  hash=$(printf '%s %s minbase v1' "$mirror" "$suite" | sha256sum | cut -c1-16)
  image_hash=$(printf '%s official-config v2' "$hash" | sha256sum | cut -c1-16)
  if [ "$(image_label debian:bookworm-slim)" = "$image_hash" ]; then
    say "debian:bookworm-slim is up to date"
    return
  fi
  command -v debootstrap >/dev/null || { say "debootstrap is not installed (apt-get install debootstrap)"; exit 1; }
  rootfs="$cache/rootfs-$hash"
  if [ ! -f "$rootfs/.complete" ]; then
    say "debootstrap $suite (minbase) into $rootfs"
    rm -rf "$rootfs"
    mkdir -p "$cache"
    debootstrap --variant=minbase "$suite" "$rootfs" "$mirror" >"$cache/debootstrap.log" 2>&1 \
      || { say "debootstrap failed; see $cache/debootstrap.log"; tail -5 "$cache/debootstrap.log"; exit 1; }
    # What the official slim image leaves out: package caches, lists, docs and man pages.
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
      "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/*
    touch "$rootfs/.complete"
  fi
  official_image_config "$rootfs"
  say "importing debian:bookworm-slim"
  tar --exclude=./.complete -C "$rootfs" -c . | "$DOCKER" import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["bash"]' \
    --change "LABEL org.shipshape.standin=$image_hash" \
    - debian:bookworm-slim >/dev/null
}

# build <context> <target-or-empty> <tag>... : one image, several names.
build() {
  local context=$1 target=$2
  shift 2
  local tags=()
  for tag in "$@"; do tags+=(-t "$tag"); done
  say "building $*"
  local args=(build --quiet "${tags[@]}")
  [ -n "$target" ] && args+=(--target "$target")
  if ! "$DOCKER" "${args[@]}" "${build_args[@]}" "$context" >"$cache/build.log" 2>&1; then
    say "build of $1 failed:"; tail -20 "$cache/build.log"; exit 1
  fi
}

build_node() {
  local node npm_dir version major minor context
  node=$(readlink -f "$(command -v node)")
  npm_dir=$(cd "$(dirname "$(readlink -f "$(command -v npm)")")/.." && pwd)
  version=$("$node" --version | sed 's/^v//')
  major=${version%%.*}
  minor=$(echo "$version" | cut -d. -f2)
  context="$cache/node-context"
  rm -rf "$context" && mkdir -p "$context"
  cp "$standins/node/Dockerfile" "$standins/node/docker-entrypoint.sh" "$context/"
  cp "$node" "$context/node"
  cp -r "$npm_dir" "$context/npm"
  build_args=(--build-arg "NODE_VERSION=$version")
  build "$context" "" "node:$major-bookworm-slim" "node:$major.$minor-bookworm-slim" "node:$version-bookworm-slim" "node:$major-slim"
  build_args=()
}

# Bun from the npm registry (the one registry these machines reach), as the official image's tags name it.
BUN_VERSION=1.4.5
build_bun() {
  local arch context
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64) arch=aarch64 ;;
    *) say "no Bun build for $(uname -m)"; return ;;
  esac
  context="$cache/bun-context"
  if [ ! -x "$context/bun" ] || [ "$("$context/bun" --version)" != "$BUN_VERSION" ]; then
    rm -rf "$context" && mkdir -p "$context"
    (cd "$context" && npm pack --silent "@oven/bun-linux-$arch@$BUN_VERSION" >/dev/null \
      && tar -xzf oven-bun-linux-*.tgz package/bin/bun && mv package/bin/bun bun && rm -rf package ./*.tgz)
  fi
  cp "$standins/bun/Dockerfile" "$standins/bun/docker-entrypoint.sh" "$context/"
  build_args=(--build-arg "BUN_VERSION=$BUN_VERSION")
  build "$context" "" "oven/bun:$BUN_VERSION-debian" "oven/bun:${BUN_VERSION%.*}-debian" "oven/bun:${BUN_VERSION%%.*}-debian"
  build_args=()
}

# An image flattened to one layer, its config kept: for stand-ins whose own apt layers would otherwise
# be counted by verify's layer-waste check against the Dockerfiles built on them (dive counts every
# layer above the first as the user's).
build_squashed() {
  # (not "tag": build() loops over a variable of that name, and bash scopes dynamically)
  local context=$1 image=$2 container layered config
  build "$context" "" "$image-layers"
  layered=$("$DOCKER" image inspect --format '{{.Id}}' "$image-layers")
  if [ "$(image_label "$image")" = "$layered" ]; then return; fi
  say "flattening $image"
  container=$("$DOCKER" create "$image-layers")
  "$DOCKER" export "$container" | "$DOCKER" import - "$image-flat" >/dev/null
  "$DOCKER" rm "$container" >/dev/null
  # docker import cannot set every setting (STOPSIGNAL, WORKDIR), so they are replayed as metadata-only steps.
  config=$("$DOCKER" image inspect --format \
    '{{range .Config.Env}}ENV {{.}}{{"\n"}}{{end}}{{range $p, $v := .Config.ExposedPorts}}EXPOSE {{$p}}{{"\n"}}{{end}}{{if .Config.WorkingDir}}WORKDIR {{.Config.WorkingDir}}{{"\n"}}{{end}}{{if .Config.User}}USER {{.Config.User}}{{"\n"}}{{end}}{{if .Config.StopSignal}}STOPSIGNAL {{.Config.StopSignal}}{{"\n"}}{{end}}CMD {{json .Config.Cmd}}' "$image-layers")
  printf 'FROM %s\n%s\nLABEL org.shipshape.standin=%s\n' "$image-flat" "$config" "$layered" \
    | "$DOCKER" build --quiet -t "$image" - >/dev/null
}

# The full images (node:20, python:3.11, rust:1.63) that only the image benchmark's naive Dockerfiles use.
build_full() {
  local context="$cache/full-context"
  rm -rf "$context" && mkdir -p "$context"
  cp "$standins/full/Dockerfile" "$cache/node-context/node" "$cache/node-context/docker-entrypoint.sh" "$context/"
  cp -r "$cache/node-context/npm" "$context/npm"
  build "$context" buildpack-deps buildpack-deps:bookworm
  build_args=(--build-arg "NODE_VERSION=$("$context/node" --version | sed 's/^v//')")
  build "$context" node node:20-bookworm node:20
  build_args=()
  build "$context" python python:3.11-bookworm python:3.11
  build "$context" rust rust:1.63-bookworm rust:1.63
}

mkdir -p "$cache"
build_args=()
build_debian
build_node
build_bun
build "$standins/python" "" python:3.11-slim-bookworm python:3.11-slim
build "$standins/golang" "" golang:1.19-bookworm golang:1.19
build "$standins/rust" "" rust:1.63-slim-bookworm rust:1.63-slim
build "$standins/ruby" "" ruby:3.1-slim-bookworm ruby:3.1-slim
build "$standins/distroless-static" root gcr.io/distroless/static-debian12
build "$standins/distroless-static" nonroot gcr.io/distroless/static-debian12:nonroot
build "$standins/distroless-static" cc gcr.io/distroless/cc-debian12
build "$standins/distroless-static" cc-nonroot gcr.io/distroless/cc-debian12:nonroot
build_squashed "$standins/nginx" nginxinc/nginx-unprivileged:1.30
build_squashed "$standins/php" php:8.2-apache-bookworm
[ "${1:-}" = "--full" ] && build_full
say "done"
