/** Ruby: RSpec and minitest (rspec_junit_formatter, rspec JSON). */
import type { Rule } from '../rule.js'

export const RUBY_RULES: Rule[] = [
  {
    id: 'rb.load-error',
    category: 'missing-module',
    pattern: /cannot load such file -- (?<feature>\S{1,300})/,
    needle: 'cannot load such file',
    key: '{feature}',
    hint: '`require "{feature}"` fails: add the gem to the Gemfile test group, or fix the load path.'
  },
  {
    id: 'rb.uninitialized-constant',
    category: 'missing-attribute',
    pattern: /uninitialized constant (?<const>[\w:]{1,300})/,
    needle: 'uninitialized constant',
    key: '{const}',
    hint: '`{const}` is not loaded: a missing `require`, a renamed class, or an autoload path that does not cover it.'
  },
  {
    id: 'rb.undefined-method-instance',
    category: 'missing-attribute',
    // Ruby 3.3 wrote `for an instance of X` with a backtick; 3.4 uses quotes.
    pattern:
      /undefined method [`'](?<meth>[^'`\n]{1,200})' for (?:an instance of |#<)(?<cls>[\w:]{1,300})/,
    needle: 'undefined method',
    key: '{cls}.{meth}',
    hint: 'Specs call `{meth}` on `{cls}`, which does not define it: the support module is not included (`config.include`) or the helper was removed or renamed.',
    refine: 'helper'
  },
  {
    id: 'rb.undefined-local',
    category: 'missing-attribute',
    pattern:
      /undefined local variable or method [`'](?<name>\w{1,200})' for (?:an instance of |#<)?(?<cls>[\w:]{1,300})/,
    needle: 'undefined local variable or method',
    key: '{name}',
    hint: '`{name}` is not defined where the spec uses it: a missing `let`, helper or include.',
    refine: 'helper'
  },
  {
    id: 'rb.econnrefused',
    category: 'service-unavailable',
    pattern:
      /ECONNREFUSED[^\n]{0,300}? for "(?<host>[^"\n]{1,200})" port (?<port>\d{1,5})/,
    needle: 'ECONNREFUSED',
    key: '{address}',
    hint: '{service} at `{host}:{port}` refused connections. Start it in CI before the specs.'
  },
  {
    id: 'rb.redis-cannot-connect',
    category: 'service-unavailable',
    pattern:
      /Redis::CannotConnectError: Error connecting to Redis on (?<host>[\w.-]{1,200}):(?<port>\d{1,5})/,
    needle: 'CannotConnectError',
    key: '{address}',
    hint: 'Redis at `{host}:{port}` is not reachable. Add a redis service.'
  },
  {
    id: 'rb.pg-connection-bad',
    category: 'service-unavailable',
    pattern: /PG::ConnectionBad/,
    needle: 'PG::ConnectionBad',
    key: 'PostgreSQL',
    hint: 'PostgreSQL is not reachable. Add a postgres service and check `DATABASE_URL`.'
  },
  {
    id: 'rb.env-fetch',
    category: 'missing-config',
    pattern: /key not found: "(?<var>[A-Z][A-Z0-9_]{2,100})"/,
    needle: 'key not found',
    key: '{var}',
    hint: 'The environment variable `{var}` is not set. Set it in the workflow `env:` or secrets.'
  },
  {
    id: 'rb.pending-migration',
    category: 'missing-config',
    pattern: /ActiveRecord::PendingMigrationError|Migrations are pending/,
    needle: 'igration',
    key: 'database schema',
    hint: 'The test database schema is not loaded. Run `db:schema:load` (or the migrations) in the CI setup.'
  },
  {
    id: 'rb.timeout',
    category: 'timeout',
    pattern: /Timeout::Error|execution expired/,
    needle: ['Timeout::Error', 'execution expired'],
    key: '',
    hint: 'A spec timed out, usually waiting on a dependency that is not there.'
  },
  // Product signatures.
  {
    id: 'rb.assertion',
    category: 'assertion',
    pattern:
      /ExpectationNotMetError|^\s*expected:? [^\n]{0,300}\n\s*got:|Expected [^\n]{0,300} to /m,
    needle: 'xpect',
    key: '',
    hint: 'An expectation did not hold: look at the expected and actual values.'
  },
  {
    id: 'rb.nil-error',
    category: 'crash',
    pattern:
      /undefined method [`'][^'`\n]{1,200}' for nil|(?<type>ZeroDivisionError|NoMethodError|TypeError|ArgumentError)\b/,
    needle: [
      'undefined method',
      'ZeroDivisionError',
      'NoMethodError',
      'TypeError',
      'ArgumentError'
    ],
    key: '',
    hint: 'An uncaught error in the code under test.'
  }
]
