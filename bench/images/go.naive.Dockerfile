FROM golang:1.19
WORKDIR /app
COPY . .
RUN go mod download && go build -o hello .
EXPOSE 8080
CMD ./hello
