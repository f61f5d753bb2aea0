FROM rust:1.63
WORKDIR /app
COPY . .
RUN cargo build --release
EXPOSE 8080
CMD ./target/release/pinger
