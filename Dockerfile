# shipshape's own image: `docker run --rm -v "$PWD:/src:ro" <image> lint`.
# Written by `shipshape init` on this repository, then adjusted where a CLI differs from a web app (see the
# comments marked "by hand"). Build: docker build -t shipshape .

# The runtime every stage shares. By hand: the tag written out (not through an ARG) so update bots can bump it.
FROM node:20-bookworm-slim AS base
WORKDIR /app

# Production dependencies only; rebuilt when the lockfile changes, not the source.
FROM base AS deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci --omit=dev \
 && mkdir -p node_modules

# All dependencies and the build.
FROM base AS build
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci \
 && mkdir -p node_modules
COPY . .
RUN npm run build

# Production: runtime, production dependencies and the built tool, as an unprivileged user.
FROM base AS production
LABEL org.opencontainers.image.title="shipshape" \
      org.opencontainers.image.description="Lint Dockerfiles, Compose files and .dockerignore; detect, containerise and verify apps" \
      org.opencontainers.image.licenses="MIT"
ENV NODE_ENV=production
COPY --from=deps --chown=1000:1000 /app/node_modules ./node_modules
COPY --chown=1000:1000 package.json ./
COPY --from=build --chown=1000:1000 /app/dist ./dist
# By hand: init copied only dist, but the tool also runs bin/ and reads schemas/ and docs/rules at run time.
COPY --chown=1000:1000 bin ./bin
COPY --chown=1000:1000 schemas ./schemas
COPY --chown=1000:1000 docs ./docs
USER 1000
# By hand: a CLI, not a server. init took port 3000 and /health from examples/node-http and wrote EXPOSE, PORT
# and an HTTP HEALTHCHECK; a run that lints and exits has nothing to probe.
# By hand: ENTRYPOINT (init wrote CMD) so `docker run <image> lint /src` passes `lint /src` to the tool, and the
# mounted repository as working directory so its .shipshape.yaml is found and paths print as in the repository.
WORKDIR /src
ENTRYPOINT ["node", "/app/bin/shipshape.js"]
CMD ["--help"]
