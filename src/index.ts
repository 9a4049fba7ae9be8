/* istanbul ignore file */
// The action's entry point: the runner executes dist/index.js, built from here.
import { run } from './main.js'

await run()
