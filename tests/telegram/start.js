'use strict';
// Starts telegram-test-api (installed here by scripts/setup.sh from package-lock.json) on 127.0.0.1
// for blufio's tests:  node start.js PORT   (0: any free port)
// Prints "listening PORT" on stdout once it accepts connections, and stops when its stdin closes
// (the test that started it exited, however it exited) or on SIGTERM/SIGINT.
const TelegramServer = require('telegram-test-api');

async function main() {
  const port = Number(process.argv[2] || 0);
  // The package turns port 0 into its default 9000; ask for a port first, then listen on the wanted one.
  const server = new TelegramServer({ port: port || 9000, host: '127.0.0.1' });
  server.config.port = port;
  await server.start();
  const actual = server.server.address().port;
  server.config.port = actual;
  server.config.apiURL = `http://127.0.0.1:${actual}`;
  process.stdout.write(`listening ${actual}\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
}

main().catch((err) => {
  process.stderr.write(`telegram-test-api: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
