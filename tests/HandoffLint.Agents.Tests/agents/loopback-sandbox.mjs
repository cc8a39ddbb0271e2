// Runs one agent CLI inside a network namespace that has nothing but loopback (the suite starts this script under
// `unshare --net`), so that nothing the agent does can leave the machine. The fake model server listens on a Unix socket
// outside the namespace; this script forwards 127.0.0.1:<port> inside the namespace to that socket, starts the agent once
// the port listens, and exits with the agent's exit code.
//
// Usage: node loopback-sandbox.mjs <unix-socket> <port> <command> [arguments...]
import net from 'node:net';
import { spawn } from 'node:child_process';

const [socketPath, port, command, ...args] = process.argv.slice(2);
if (!socketPath || !port || !command) {
  console.error('loopback-sandbox: usage: node loopback-sandbox.mjs <unix-socket> <port> <command> [arguments...]');
  process.exit(2);
}

const forwarder = net.createServer(client => {
  const upstream = net.connect(socketPath);
  const close = () => { client.destroy(); upstream.destroy(); };
  client.on('error', close).on('close', close);
  upstream.on('error', close).on('close', close);
  client.pipe(upstream);
  upstream.pipe(client);
});

forwarder.listen(Number(port), '127.0.0.1', () => {
  // The agent reads no standard input: a headless agent given a pipe would wait for it or append it to the prompt.
  const agent = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  agent.on('error', e => {
    console.error(`loopback-sandbox: cannot start ${command}: ${e.message}`);
    process.exit(127);
  });
  agent.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => agent.kill(signal));
});

