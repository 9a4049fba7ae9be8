import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { indexSource } from '../src/collect/source.js'
import { paramNames } from '../src/analyze/triage/source.js'

describe('indexSource', () => {
  it('reads sources and manifests, skips dependency and VCS folders', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ci-triage-source-'))
    for (const dir of ['app', 'node_modules/lib', '.git', '.venv/lib'])
      mkdirSync(join(root, dir), { recursive: true })
    writeFileSync(join(root, 'app', 'main.py'), 'def run(x):\n    return x\n')
    writeFileSync(join(root, 'requirements.txt'), 'requests\n')
    writeFileSync(
      join(root, 'node_modules', 'lib', 'index.js'),
      'function hidden() {}'
    )
    writeFileSync(join(root, '.git', 'HEAD'), 'ref: refs/heads/main')
    writeFileSync(join(root, '.venv', 'lib', 'site.py'), 'def hidden(): pass')
    writeFileSync(join(root, 'logo.png'), 'not read')
    const tree = await indexSource(root)
    const paths = tree.files.map((f) => f.path).sort()
    expect(paths).toEqual(['app/main.py', 'logo.png', 'requirements.txt'])
    expect(tree.files.find((f) => f.path === 'logo.png')?.text).toBeNull()
    expect(tree.truncated).toBeNull()
  })

  it('stops at the byte bound and says so', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ci-triage-source-'))
    for (let i = 0; i < 5; i++)
      writeFileSync(join(root, `m${i}.py`), 'x = 1\n'.repeat(100))
    const tree = await indexSource(root, {
      files: 100,
      bytes: 700,
      fileBytes: 1000,
      milliseconds: 5000
    })
    expect(tree.truncated).toContain('byte bound')
    expect(tree.files.filter((f) => f.text !== null).length).toBeLessThan(5)
  })
})

describe('paramNames', () => {
  it('keeps parameter names across languages', () => {
    expect(
      paramNames('self, email: str, password: str = "x", roles=None')
    ).toEqual(['email', 'password', 'roles'])
    expect(paramNames('String name, int count')).toEqual(['name', 'count'])
    expect(paramNames('ctx context.Context, id int')).toEqual(['ctx', 'id'])
    expect(paramNames('string $email, array $roles = []')).toEqual([
      'email',
      'roles'
    ])
  })
})
