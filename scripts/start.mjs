/** `npm start`: build the data if needed, build the app, serve it on localhost. */
import { execSync } from 'node:child_process';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
run('npm run --silent data:if-needed');
run('npx vite build --logLevel warn');
const { serve } = await import('./serve.mjs');
const server = await serve('dist', Number(process.env.PORT ?? 4173));
const addr = server.address();
console.log(`\nCommon Ground is running at http://localhost:${addr.port}/  (Ctrl+C to stop)`);
