# The seeds' Rust pattern. Changed: rust:1.77-slim -> rust:1.63-slim-bookworm (the stand-in), and the
# binary's name (pinger, not app).
FROM rust:1.63-slim-bookworm AS builder
WORKDIR /app
RUN apt-get update && apt-get install -y pkg-config libssl-dev
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo "fn main() {}" > src/main.rs
RUN cargo build --release
RUN rm -rf src
COPY . .
RUN touch src/main.rs && cargo build --release

FROM debian:bookworm-slim AS runner
RUN apt-get update && apt-get install -y ca-certificates && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home appuser
WORKDIR /app
COPY --from=builder /app/target/release/pinger .
USER appuser
EXPOSE 8080
CMD ["./pinger"]
