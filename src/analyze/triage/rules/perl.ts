/** Perl: Test::More and prove (TAP). */
import type { Rule } from '../rule.js'

export const PERL_RULES: Rule[] = [
  {
    id: 'pl.cant-locate-module',
    category: 'missing-module',
    pattern:
      /Can't locate (?<file>[\w/]{1,300})\.pm in @INC|Tried to use '(?<module>[\w:]{1,300})'/,
    needle: ["Can't locate", 'Tried to use'],
    key: '{module}{file}',
    hint: 'Perl cannot load the module. Add it to the cpanfile (or `PERL5LIB`) and install the dependencies in CI.'
  },
  {
    id: 'pl.cant-locate-method',
    category: 'missing-attribute',
    pattern:
      /Can't locate object method "(?<meth>\w{1,200})" via package "(?<cls>[\w:]{1,300})"/,
    needle: "Can't locate object method",
    key: '{cls}.{meth}',
    hint: 'Tests call `{meth}` on `{cls}`, which does not define it. Add the helper or update the callers.'
  },
  {
    id: 'pl.undefined-value',
    category: 'crash',
    pattern:
      /Can't call method "(?<meth>\w{1,200})" on (?:an undefined value|unblessed reference)/,
    needle: "Can't call method",
    key: '',
    hint: 'The code under test called `{meth}` on an undefined value.'
  },
  {
    id: 'pl.assertion',
    category: 'assertion',
    pattern: /^#?\s*Failed test\b|^#?\s*got: [^\n]{0,300}\n#?\s*expected: /m,
    needle: ['Failed test', 'got:'],
    key: '',
    // Every TAP failure says "Failed test": only a weak sign of an assertion.
    tier: 'text',
    hint: 'An expectation did not hold: look at the got and expected values.'
  }
]
