import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repositoryPath } from '../src/publish/annotations.js'

/** A monorepo checkout: the Python service lives in backend/, the specs at the root. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-triage-annotations-'))
  for (const file of [
    'backend/tests/test_orders.py',
    'spec/cart_spec.rb',
    'web/src/cart.test.ts'
  ]) {
    mkdirSync(join(dir, file, '..'), { recursive: true })
    writeFileSync(join(dir, file), '')
  }
  return dir
}

describe('repositoryPath', () => {
  it('keeps paths relative to the workspace root as they are', () => {
    const ws = checkout()
    expect(repositoryPath('./spec/cart_spec.rb', ws, 'rspec.xml')).toBe(
      'spec/cart_spec.rb'
    )
    expect(repositoryPath(join(ws, 'web/src/cart.test.ts'), ws, null)).toBe(
      'web/src/cart.test.ts'
    )
  })

  it('finds a path relative to where the tests ran, beside the report', () => {
    // pytest writes paths relative to its rootdir, here backend/.
    const ws = checkout()
    expect(
      repositoryPath('tests/test_orders.py', ws, 'backend/reports/junit.xml')
    ).toBe('backend/tests/test_orders.py')
    expect(
      repositoryPath('tests\\test_orders.py', ws, 'backend/junit.xml')
    ).toBe('backend/tests/test_orders.py')
  })

  it('maps absolute paths from another runner (Windows, macOS) onto the checkout', () => {
    const ws = checkout()
    expect(
      repositoryPath(
        'D:\\a\\app\\app\\backend\\tests\\test_orders.py',
        ws,
        null
      )
    ).toBe('backend/tests/test_orders.py')
    expect(
      repositoryPath(
        '/Users/runner/work/app/app/web/src/cart.test.ts',
        ws,
        null
      )
    ).toBe('web/src/cart.test.ts')
  })

  it('without a checkout keeps a relative path and drops an absolute one it cannot place', () => {
    const ws = mkdtempSync(join(tmpdir(), 'ci-triage-annotations-'))
    expect(repositoryPath('tests/test_orders.py', ws, 'junit.xml')).toBe(
      'tests/test_orders.py'
    )
    expect(repositoryPath('C:\\work\\app\\tests\\test_x.py', ws, null)).toBe(
      null
    )
    expect(repositoryPath('/home/someone/app/tests/test_x.py', ws, null)).toBe(
      null
    )
    expect(repositoryPath('../elsewhere/test_x.py', ws, null)).toBe(null)
  })
})
