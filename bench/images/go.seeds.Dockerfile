# The seeds' Go pattern. Changed: golang:1.23-alpine -> golang:1.19-bookworm and alpine:latest ->
# debian:bookworm-slim (no Alpine here; apk and busybox adduser become apt-get and useradd); go.sum is
# not copied because this app has no dependencies and so no go.sum (COPY would fail).
FROM golang:1.19-bookworm AS builder
WORKDIR /app
COPY go.mod ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -ldflags="-w -s" -o main .

FROM debian:bookworm-slim AS runner
RUN apt-get update && apt-get install -y ca-certificates && rm -rf /var/lib/apt/lists/* && useradd appuser
WORKDIR /app
COPY --from=builder /app/main .
USER appuser
EXPOSE 8080
CMD ["./main"]
