#!/usr/bin/env bash
# Checks, from containers on the stand-ins, that each package registry this machine reaches is reachable
# the way the stand-ins set up its client (test/standins/README.md, "The machine's CA"), and that it is
# not without that set-up. Prints one markdown line per check; exits non-zero when a check that should
# work did not. Needs the stand-ins (npm run standins) and the network to the registries.
set -uo pipefail

DOCKER=${SHIPSHAPE_DOCKER:-/usr/bin/docker}
failed=0

# check <expect: works|fails> <label> <image> <script>
check() {
  local expect=$1 label=$2 image=$3 script=$4 output status verdict
  if ! "$DOCKER" image inspect "$image" >/dev/null 2>&1; then
    echo "- $label: not checked, $image is absent (npm run standins)"
    failed=1
    return
  fi
  output=$("$DOCKER" run --rm --entrypoint /bin/sh "$image" -c "$script" 2>&1)
  status=$?
  if [ $status -eq 0 ]; then verdict=works; else verdict=fails; fi
  local last
  # What it printed last, or for a failure the line that names the certificate problem.
  last=$(printf '%s\n' "$output" | grep -v '^\s*$' | tail -1)
  if [ $status -ne 0 ]; then
    last=$(printf '%s\n' "$output" | grep -m1 -iE 'cert|x509|ssl|tls' || echo "$last")
  fi
  last=$(echo "$last" | tr '`' "'" | cut -c1-160)
  echo "- $label (\`$image\`): **$verdict** — \`$last\`"
  [ "$verdict" = "$expect" ] || failed=1
}

check works 'npm registry: `npm install is-number`' node:26-trixie-slim \
  'cd /tmp && npm init -y >/dev/null && npm install --no-audit --no-fund is-number && node -p "require(\"is-number\")(5)"'
check fails 'npm registry without NODE_EXTRA_CA_CERTS' node:26-trixie-slim \
  'cd /tmp && npm init -y >/dev/null && env -u NODE_EXTRA_CA_CERTS npm install --no-audit --no-fund is-number'
check works 'PyPI: `pip install six`' python:3.13-slim-trixie \
  'pip install --no-cache-dir --root-user-action=ignore six && python -c "import six; print(six.__version__)"'
# Debian's pip reads the system bundle, which holds the machine's CA once ca-certificates is installed
# (the stand-in has it); the official image's pip carries certifi's bundle and needs PIP_CERT.
check works 'PyPI without PIP_CERT (Debian pip reads the system bundle)' python:3.13-slim-trixie \
  'env -u PIP_CERT -u REQUESTS_CA_BUNDLE pip install --no-cache-dir --root-user-action=ignore --retries 0 --timeout 20 six'
check works 'crates.io: `cargo fetch` of itoa' rust:1.95-slim-trixie \
  'cd /tmp && cargo new --quiet probe && cd probe && echo "itoa = \"1\"" >>Cargo.toml && cargo fetch && ls "$CARGO_HOME/registry/cache/"*/ | grep itoa'
# The rust image has ca-certificates (as the official slim one does): cargo's OpenSSL probes the system
# bundle, which holds the machine's CA, so the variable is belt and braces there.
check works 'crates.io without CARGO_HTTP_CAINFO (cargo reads the system bundle)' rust:1.95-slim-trixie \
  'cd /tmp && cargo new --quiet probe && cd probe && echo "itoa = \"1\"" >>Cargo.toml && env -u CARGO_HTTP_CAINFO CARGO_NET_RETRY=0 cargo fetch'
check works 'Go module proxy: `go mod download github.com/google/uuid`' golang:1.26-trixie \
  'mkdir /tmp/probe && cd /tmp/probe && go mod init probe >/dev/null 2>&1 && go mod download github.com/google/uuid@v1.6.0 && ls /go/pkg/mod/github.com/google/'
# The golang image has ca-certificates (as buildpack-deps does), whose bundle holds the machine's CA:
# Go falls back to it without SSL_CERT_FILE.
check works 'Go module proxy without SSL_CERT_FILE (Go reads the system bundle)' golang:1.26-trixie \
  'mkdir /tmp/probe && cd /tmp/probe && go mod init probe >/dev/null 2>&1 && env -u SSL_CERT_FILE go mod download github.com/google/uuid@v1.6.0 && echo downloaded'
check works 'Maven Central: Maven fetched from Central as mvnw does, then `mvn dependency:get junit:junit:4.13.2`' eclipse-temurin:21-jdk-noble \
  'cd /tmp && curl -fsSL https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.9/apache-maven-3.9.9-bin.tar.gz | tar -xz && apache-maven-3.9.9/bin/mvn -q -B dependency:get -Dartifact=junit:junit:4.13.2 && ls ~/.m2/repository/junit/junit/'
check works "Debian's apt: \`apt-get install jq\`, then the system bundle holds the machine's CA" debian:trixie-slim \
  'apt-get update -qq && apt-get install -y -qq --no-install-recommends jq ca-certificates >/dev/null && jq --version && n=$(grep -c BEGIN /etc/ssl/certs/ca-certificates.crt) && echo "system bundle: $n certificates"'
exit $failed
