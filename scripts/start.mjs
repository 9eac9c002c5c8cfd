/** `npm start`: build the data if needed, build the app, serve it on localhost (PORT, default 4173). */
import { execSync } from 'node:child_process';
import net from 'node:net';

const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a number from 0 to 65535, not "${process.env.PORT}".`);
  process.exit(1);
}

/** Resolves to an error code ('EADDRINUSE', 'EACCES', …) if the port cannot be bound, else null. */
function probe(p) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', (e) => resolve(e.code ?? String(e)));
    s.listen(p, '127.0.0.1', () => s.close(() => resolve(null)));
  });
}

// Check before the (slow) build so a busy port is reported at once and in words, not as a stack trace.
const busy = await probe(port);
if (busy) {
  const why = busy === 'EADDRINUSE' ? 'is already in use' : `cannot be opened (${busy})`;
  console.error(`Port ${port} ${why}. Stop the other server or choose another port, e.g. PORT=8080 npm start`);
  process.exit(1);
}

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
run('npm run --silent data:if-needed');
run('npx vite build --logLevel warn');
const { serve } = await import('./serve.mjs');
const server = await serve('dist', port);
const addr = server.address();
console.log(`\nCommon Ground is running at http://localhost:${addr.port}/  (Ctrl+C to stop)`);
