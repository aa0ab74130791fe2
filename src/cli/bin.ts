import { runCli } from './main.ts';

const exitCode = await runCli(process.argv.slice(2));
process.exitCode = exitCode;
// Everything the command opened is closed by now; if a stray handle keeps the loop alive, do not hang.
setTimeout(() => process.exit(exitCode), 3000).unref();
