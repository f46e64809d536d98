// Preloaded into a child process by bench/hostile.ts: on exit, prints the process's peak resident
// memory (main thread and worker threads together) on stderr.
process.on('exit', () => process.stderr.write(`\npeak-rss-mb ${(process.resourceUsage().maxRSS / 1024).toFixed(1)}\n`));
