import { describe, expect, it } from '@jest/globals'
import {
  branchIssueNumber,
  closingKeywordIssues
} from '../src/publish/linked.js'

describe('branchIssueNumber', () => {
  it.each([
    ['issue-861-login-fails', 861],
    ['refs/heads/issue-861', 861],
    ['861-login-fails', 861],
    ['gh-861', 861],
    ['feature/issue_861_login', 861],
    ['fix/861-login', 861]
  ])('finds the issue in %s', (branch, number) => {
    expect(branchIssueNumber(branch)).toBe(number)
  })

  it.each([
    'main',
    'release-2.1',
    'python3.12-upgrade',
    'dependabot/npm/x-1.2.3'
  ])('finds none in %s', (branch) => {
    expect(branchIssueNumber(branch)).toBeNull()
  })
})

describe('closingKeywordIssues', () => {
  it('reads every closing keyword for this repository only', () => {
    const body =
      'Fixes #12, closes: #13 and resolved o/r#14.\nRefs #15; fixes other/repo#16; Fixes #12'
    expect(closingKeywordIssues(body, 'o', 'r')).toEqual([12, 13, 14])
  })

  it('ignores numbers without a keyword', () => {
    expect(closingKeywordIssues('See #12 and PR #13', 'o', 'r')).toEqual([])
  })
})
