/* global process */
// Loaded with --import: prints the process's peak resident memory when it exits, for the benchmarks.
process.on('exit', () => {
  process.stdout.write(`\nKTTT_MAX_RSS_MB=${(process.resourceUsage().maxRSS / 1024).toFixed(0)}\n`);
});
