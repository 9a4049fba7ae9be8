/**
 * Loaded with `node --import` when GNU time is not installed: prints the
 * process's peak RSS (KiB) and CPU time (µs) on stderr as it exits.
 */
process.on('exit', () => {
  const usage = process.resourceUsage()
  process.stderr.write(
    `maxRSS=${usage.maxRSS} cpu=${usage.userCPUTime + usage.systemCPUTime}\n`
  )
})
