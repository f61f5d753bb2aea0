#!/usr/bin/env bash
# The harness names this script as SHIPSHAPE_DOCKER: it runs the real docker client and appends its stderr
# (BuildKit's plain progress) to $HARNESS_DOCKER_LOG, so the harness can quote a failing step's last lines.
real=${HARNESS_REAL_DOCKER:-/usr/bin/docker}
if [ -z "${HARNESS_DOCKER_LOG:-}" ]; then exec "$real" "$@"; fi
"$real" "$@" 2> >(tee -a "$HARNESS_DOCKER_LOG" >&2)
status=$?
wait $! 2>/dev/null
exit $status
