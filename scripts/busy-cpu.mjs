// Runs a command while every core is kept busy, to prove that tests wait for what they need rather
// than for a time that only an idle machine meets:
//   node scripts/busy-cpu.mjs npm test
// One busy-loop thread per core competes with the command; the load stops when the command exits,
// and the command's exit code is passed through.
import { spawn } from 'node:child_process';
import { availableParallelism, constants } from 'node:os';
import { Worker } from 'node:worker_threads';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('Usage: node scripts/busy-cpu.mjs <command> [arguments…]');
  process.exit(2);
}

const cores = availableParallelism();
const busyLoops = Array.from({ length: cores }, () => new Worker('for (;;);', { eval: true }));
console.error(`[busy-cpu] ${cores} busy thread(s) running beside: ${[command, ...args].join(' ')}`);

// A shell on Windows, where npm and npx are .cmd files that spawn cannot run directly.
const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });

// Ctrl+C reaches the child through the terminal; a signal sent to this process alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));

const exitCode = await new Promise((done) => {
  child.on('error', (error) => {
    console.error(`[busy-cpu] could not run ${command}: ${error.message}`);
    done(127);
  });
  // Killed by a signal, report it as a shell does: 128 + the signal's number.
  child.on('exit', (code, signal) => done(code ?? 128 + constants.signals[signal]));
});

await Promise.all(busyLoops.map((worker) => worker.terminate()));
process.exit(exitCode);
