import { describe, expect, it } from '@jest/globals'
import {
  codeBlock,
  codeSpan,
  defuseMarkers,
  escapeInline
} from '../src/render/escape.js'

describe('escapeInline', () => {
  it('leaves no live HTML', () => {
    const out = escapeInline('<img src=x onerror="alert(1)"><details open>')
    expect(out).not.toMatch(/<[a-z]/i)
    expect(out).toContain('&lt;img')
  })

  it('breaks mentions and issue references so they neither ping nor link', () => {
    const out = escapeInline(
      'ping @octocat and @org/team about #12, o/r#3 and GH-4'
    )
    expect(out).not.toMatch(/@[A-Za-z0-9]/)
    expect(out).not.toMatch(/#\d/)
    expect(out).not.toMatch(/GH-\d/i)
  })

  it('leaves no link syntax and no javascript: scheme', () => {
    const out = escapeInline(
      '[click](javascript:alert(1)) <javascript:alert(1)>'
    )
    expect(out).not.toMatch(/(?<!\\)\[/)
    expect(out).not.toMatch(/(?<!\\)\(/)
    expect(out).not.toMatch(/javascript:/i)
  })

  it('cannot forge our hidden marker', () => {
    expect(escapeInline('<!-- ci-triage:CI -->')).not.toContain('<!--')
  })

  it('keeps a table cell one line and escapes pipes and math', () => {
    expect(escapeInline('a|b\nc\r\nd $x$')).toBe('a\\|b c d \\$x\\$')
  })

  it('drops bidi overrides and control characters', () => {
    expect(escapeInline('safe\u202Eevil\u0007')).toBe('safeevil')
  })
})

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run inside', () => {
    const block = codeBlock('before\n````\nafter')
    expect(block.startsWith('`````\n')).toBe(true)
    expect(block.endsWith('\n`````')).toBe(true)
  })

  it('defuses markers inside the block', () => {
    expect(codeBlock('<!-- ci-triage:CI -->')).not.toContain('<!--')
  })

  it('keeps the language tag a plain word', () => {
    expect(codeBlock('x', 'py\n<script>').split('\n')[0]).toBe('```pyscript')
  })
})

describe('codeSpan', () => {
  it('survives backticks and newlines', () => {
    expect(codeSpan('a ``b`` c\nd')).toBe('```a ``b`` c d```')
    expect(codeSpan('`edge`')).toBe('`` `edge` ``')
  })
})

describe('defuseMarkers', () => {
  it('breaks both ends of an HTML comment', () => {
    expect(defuseMarkers('<!-- x -->')).toBe('<\u200b!-- x --\u200b>')
  })
})
