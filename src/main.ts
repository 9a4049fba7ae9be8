/** Wires the GitHub Action: inputs → collect → parse → analyze → render → publish. */
import * as core from '@actions/core'

export async function run(): Promise<void> {
  core.setFailed(
    'ci-triage: the GitHub Action is not implemented yet; use the command line'
  )
}
