import { runCli } from './main.ts';

// Entry point of out/main/cli.js; `npm run cli -- …` passes the words after `--`.
process.exitCode = await runCli(process.argv.slice(2));
