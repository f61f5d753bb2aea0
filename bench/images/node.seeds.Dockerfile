# The seeds' Node pattern. Changed: node:20-alpine -> node:20-bookworm-slim (no Alpine here);
# `--only=production` -> `--omit=dev` (npm 9 dropped --only); `mkdir -p node_modules` (npm ci makes none
# for an app without dependencies, and the COPY of it would fail); no build stage (the app has no build
# step), so the runner copies the source instead of dist/; busybox addgroup/adduser -> groupadd/useradd.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev && mkdir -p node_modules

FROM node:20-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production
RUN groupadd --system --gid 1001 nodejs && useradd --system --uid 1001 --gid nodejs appuser
COPY --from=deps /app/node_modules ./node_modules
COPY . .
USER appuser
EXPOSE 3000
CMD ["node", "server.js"]
