import { runCli } from './main.ts';
import { quietWhenPipeCloses } from './output.ts';

// Entry point of out/main/cli.js; `npm run cli -- …` passes the words after `--`.
quietWhenPipeCloses();
process.exitCode = await runCli(process.argv.slice(2));
