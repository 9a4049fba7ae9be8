/** Scores the triage on a labelled message file (`category<TAB>key<TAB>status<TAB>message`). */
import { readFileSync } from 'node:fs'
import {
  emptyCase,
  emptySuite,
  type Suite,
  type TestStatus
} from '../../src/model.js'
import { classify } from '../../src/analyze/triage/classify.js'

export interface LabelledLine {
  line: number
  category: string
  key: string
  status: TestStatus
  message: string
}

export function readLabelled(path: string): LabelledLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((text, index) => ({ text, line: index + 1 }))
    .filter(({ text }) => text.trim() !== '' && !text.startsWith('#'))
    .map(({ text, line }) => {
      const [category, key, status, ...rest] = text.split('\t')
      return {
        line,
        category,
        key,
        status: status as TestStatus,
        message: rest.join('\t').replace(/\\n/g, '\n')
      }
    })
}

export interface Scored extends LabelledLine {
  gotCategory: string
  gotKey: string
  rule: string | null
}

/** Classifies each line as a one-test suite, the message in the message attribute. */
export function score(lines: readonly LabelledLine[]): Scored[] {
  return lines.map((labelled) => {
    const test = emptyCase('labelled', 'labelled')
    test.status = labelled.status
    test.message = labelled.message
    const suite: Suite = { ...emptySuite('labelled'), cases: [test] }
    const found = classify(test, suite)
    return {
      ...labelled,
      gotCategory: found.category,
      gotKey: found.key,
      rule: found.rule
    }
  })
}

/**
 * Does a finding's key name the thing a label names? Compared without case
 * and with `::`, `\` and `#` read as `.`; either may contain the other
 * (`tests/data/x.csv` names `x.csv`). A label of `-` accepts any key.
 */
export function keysAgree(labelled: string, got: string): boolean {
  if (labelled === '-') return true
  // `Tests\Unit\X::y`, `Tests.Unit.X.y` and `X.y` are one name spelled per language.
  const spelled = (key: string): string =>
    key.toLowerCase().replace(/::|\\|#/g, '.')
  const want = spelled(labelled)
  const have = spelled(got)
  return have !== '' && (have.includes(want) || want.includes(have))
}
