import { describe, expect, it } from '@jest/globals'
import {
  describeSource,
  findSource,
  type SourceStats,
  type SourceTree
} from '../src/analyze/triage/source.js'
import type { Cause, CauseCategory } from '../src/analyze/types.js'

function tree(files: Record<string, string>): SourceTree {
  return {
    root: '.',
    files: Object.entries(files).map(([path, text]) => ({ path, text })),
    truncated: null
  }
}

function cause(
  category: CauseCategory,
  key: string,
  classname = 'tests.test_app'
): Cause {
  return {
    category,
    infrastructure: true,
    key,
    count: 4,
    tests: [{ suite: 's', classname, name: 'test_a', file: null }],
    message: '',
    evidence: [],
    hint: 'generic hint',
    source: null
  }
}

const failedOnly: SourceStats = {
  failed: 4,
  skipped: 0,
  failedFiles: new Set(['tests/test_app']),
  skippedFiles: new Set()
}

describe('findSource actions', () => {
  it('says to install the dependencies when the manifest already lists the package', () => {
    const found = findSource(
      tree({
        'requirements.txt': 'PyYAML>=6\nrequests==2.32.3\n',
        'tests/test_app.py': 'import requests\n'
      }),
      cause('missing-module', 'requests'),
      failedOnly
    )
    expect(found?.fix).toEqual({
      action:
        'Install the dependencies from requirements.txt in CI before the tests run (it lists `requests`)',
      payoff: 'unblocks 4 tests',
      unblocks: 4
    })
  })

  it('says to fix the import path when the module is in the repository', () => {
    const found = findSource(
      tree({
        'src/billing/__init__.py': '',
        'src/billing/invoice.py': 'def total(lines):\n    return 0\n',
        'tests/test_app.py': 'from billing.invoice import total\n'
      }),
      cause('missing-module', 'billing.invoice'),
      failedOnly
    )
    expect(found?.fix?.action).toBe(
      'Make src/billing/invoice importable in CI (PYTHONPATH, an editable install or tsconfig paths) so `billing.invoice` resolves'
    )
  })

  it('points a moved relative import at where the file now is', () => {
    const found = findSource(
      tree({
        'src/lib/format.ts': 'export function format(x: number) {}\n',
        'test/app.test.ts': "import { format } from './format'\n"
      }),
      cause('missing-module', './format', 'app'),
      failedOnly
    )
    expect(found?.fix?.action).toContain(
      'Point the import `./format` in test/app.test.ts at src/lib/format.ts'
    )
  })

  it('names the file to create inside the nearest package and the importing test', () => {
    const found = findSource(
      tree({
        'shop/__init__.py': '',
        'shop/cart.py': 'class Cart:\n    pass\n',
        'tests/test_app.py': 'from shop.pricing.rules import discount\n'
      }),
      cause('missing-module', 'shop.pricing.rules'),
      failedOnly
    )
    expect(found?.fix?.action).toBe(
      'Create `shop/pricing/rules.py` or fix the import in tests/test_app.py'
    )
  })

  it('imports a helper that exists elsewhere instead of renaming it', () => {
    const found = findSource(
      tree({
        'tests/helpers.py': 'def make_user(email):\n    return email\n',
        'tests/test_app.py':
          'class Factory:\n    def build(self):\n        pass\n\ndef test_a():\n    make_user("a@b.c")\n'
      }),
      cause('missing-attribute', 'make_user'),
      failedOnly
    )
    expect(found?.fix?.action).toBe(
      'Import `make_user` from tests/helpers.py where the tests use it'
    )
    expect(found?.fix?.payoff).toBe('fixes 4 failing tests')
  })

  it('counts skipped tests and hidden call sites in the payoff of a rename', () => {
    const found = findSource(
      tree({
        'tests/client.py':
          'class ApiClient:\n    def get_json(self, url):\n        pass\n',
        'tests/test_app.py': 'def test_a(client):\n    client.getjson("/")\n',
        'tests/test_other.py':
          'def test_b(client):\n    client.getjson("/a")\n    client.getjson("/b")\n'
      }),
      cause('missing-attribute', 'ApiClient.getjson'),
      {
        failed: 1,
        skipped: 3,
        failedFiles: new Set(['tests/test_app']),
        skippedFiles: new Set(['tests/test_other'])
      }
    )
    expect(found?.fix).toEqual({
      action:
        'Rename `getjson` to `get_json` at 3 call sites in 2 files, or add it to `ApiClient`',
      payoff: 'fixes 1 failing test, 3 skipped tests and 2 hidden behind skips',
      unblocks: 6
    })
  })

  it('has no action when the tree shows nothing about the name, and records the action on the cause', () => {
    const missing = cause('missing-attribute', 'Widget.spin')
    expect(
      describeSource(tree({ 'app.py': 'x = 1\n' }), missing, failedOnly)
    ).toBeNull()
    expect(missing.fix).toBeNull()
    const module = cause('missing-module', 'numpy')
    const text = describeSource(
      tree({ 'pyproject.toml': '[project]\nname = "app"\n' }),
      module,
      failedOnly
    )
    expect(text).toContain('pyproject.toml does not list it')
    expect(module.fix?.action).toBe(
      'Add the package that provides `numpy` to pyproject.toml'
    )
  })
})
