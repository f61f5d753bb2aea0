const http = require('node:http');

const port = Number(process.env.PORT ?? 3000);

const server = http.createServer((request, response) => {
  if (request.url === '/health') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ status: 'ok', uptime: process.uptime() }));
    return;
  }
  response.writeHead(200, { 'content-type': 'text/plain' });
  response.end('hello from node-http\n');
});

server.listen(port, () => console.log(`listening on ${port}`));

// Finish in-flight requests, then exit: `docker stop` sends SIGTERM and waits before it kills.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
