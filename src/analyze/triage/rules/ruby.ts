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
    id: 'rb.gem-not-found',
    category: 'missing-module',
    pattern:
      /Could not find gem '(?<gem>[\w.-]{1,100})|Gem::MissingSpecError: Could not find '(?<gem2>[\w.-]{1,100})'/,
    needle: 'Could not find',
    key: '{gem}',
    hint: 'The gem `{gem}` is not installed. Run `bundle install` in CI (check the Gemfile groups the job installs).'
  },
  {
    id: 'rb.rails-credentials',
    category: 'missing-config',
    pattern:
      /Missing encryption key to decrypt file|ENV\['RAILS_MASTER_KEY'\]|Missing `secret_key_base`/,
    needle: ['Missing encryption key', 'RAILS_MASTER_KEY', 'secret_key_base'],
    key: 'RAILS_MASTER_KEY',
    hint: 'Rails cannot read its credentials in CI. Set `RAILS_MASTER_KEY` from a secret, or use test credentials.'
  },
  {
    id: 'rb.required-keys',
    category: 'missing-config',
    // dotenv's `Dotenv.require_keys` and Figaro's `Figaro.require_keys`.
    pattern:
      /MissingKeys: Missing required configuration keys?: \[?"(?<var>[A-Za-z_]\w{1,100})"/,
    needle: 'Missing required configuration key',
    key: '{var}',
    hint: 'The environment variable `{var}` is required and not set. Set it in the workflow `env:` or secrets.'
  },
  {
    id: 'rb.no-database',
    category: 'missing-config',
    pattern:
      /ActiveRecord::NoDatabaseError|We could not find your database: (?<db>[\w-]{1,100})/,
    needle: ['NoDatabaseError', 'could not find your database'],
    key: 'database schema',
    hint: 'The test database does not exist. Run `db:create db:schema:load` in the CI setup.'
  },
  {
    id: 'rb.net-timeout',
    category: 'timeout',
    pattern:
      /\bNet::(?:ReadTimeout|OpenTimeout|WriteTimeout)\b|Faraday::TimeoutError/,
    needle: ['Net::', 'Faraday::TimeoutError'],
    key: '',
    hint: 'An HTTP call timed out, usually to a dependency that is not there. Start or stub it before the specs.'
  },
  {
    id: 'rb.faraday-connection',
    category: 'service-unavailable',
    pattern:
      /Faraday::ConnectionFailed|HTTP::ConnectionError|SocketError: Failed to open TCP connection/,
    needle: [
      'ConnectionFailed',
      'HTTP::ConnectionError',
      'Failed to open TCP connection'
    ],
    key: 'connection refused',
    hint: 'A service the specs call was not reachable. Start it in CI or stub it.'
  },
  {
    id: 'rb.eacces',
    // Ruby's Errno message names the system call and the path.
    category: 'permission-denied',
    pattern: /Permission denied @ \w{1,40} - (?<path>\S{1,300})/,
    needle: 'Permission denied @',
    key: '{path}',
    hint: 'The runner cannot write `{path}`. Use a temporary directory or fix the ownership.'
  },
  {
    id: 'rb.timeout',
    category: 'timeout',
    pattern: /Timeout::Error|execution expired/,
    needle: ['Timeout::Error', 'execution expired'],
    key: '',
    hint: 'A spec timed out, usually waiting on a dependency that is not there.'
  },
  {
    id: 'rb.shared-context-missing',
    category: 'missing-fixture',
    // `include_context` / `it_behaves_like` naming a shared group no loaded
    // file defines (usually a support file that is not required).
    pattern:
      /Could not find shared (?<kind>context|examples|example group) "(?<name>[^"\n]{1,200})"/,
    needle: 'Could not find shared',
    key: '{name}',
    hint: 'The shared {kind} "{name}" is not defined when the spec loads. Require the support file that defines it (`spec/support`) or fix the name.'
  },
  {
    id: 'rb.fixture-row-missing',
    category: 'missing-fixture',
    // Rails fixtures: the test asks for a row its YAML file does not define.
    pattern:
      /No fixture named '(?<name>[^'\n]{1,200})' found for fixture set '(?<set>[^'\n]{1,200})'/,
    needle: 'No fixture named',
    key: '{name}',
    hint: 'The fixture `{set}(:{name})` is not defined: add the row `{name}` to `test/fixtures/{set}.yml` or fix the name.'
  },
  {
    id: 'rb.file-fixture-missing',
    category: 'missing-fixture',
    // Rails' `file_fixture` and `fixture_file_upload` look in the fixture
    // directory and name the file that is not there.
    pattern:
      /the directory '(?<dir>[^'\n]{1,300})' does not contain a file named '(?<file>[^'\n]{1,300})'/,
    needle: 'does not contain a file named',
    key: '{file}',
    hint: 'The test uses the fixture file `{file}`, which is not in `{dir}` in CI: commit it or fix the name.'
  },
  {
    id: 'rb.factory-not-registered',
    category: 'missing-fixture',
    // FactoryBot: a factory, trait or sequence no loaded definition declares.
    pattern:
      /\b(?<kind>Factory|Trait|Sequence) not registered: "?:?(?<name>[\w:]{1,200})"?/,
    needle: 'not registered:',
    key: '{name}',
    hint: 'FactoryBot has no {kind} `{name}`: define it under `spec/factories` (and check that the definitions load), or fix the name.'
  },
  {
    id: 'rb.spec-file-load',
    category: 'collection-error',
    // RSpec could not load a spec file (a SyntaxError, an error raised at
    // load time), so none of its examples ran. A more specific cause inside
    // (a missing gem, an uninitialised constant) wins.
    pattern:
      /An error occurred while loading (?:\.\/)?(?<file>[^\s]{1,300}\.rb)\b/,
    needle: 'an error occurred while loading',
    key: '{file}',
    hint: 'RSpec could not load `{file}`, so none of its examples ran. Fix the error it raised while loading (the first one in the output).',
    tier: 'text'
  },
  // Product signatures.
  {
    id: 'rb.assertion',
    category: 'assertion',
    pattern:
      /ExpectationNotMetError|^\s*expected:? [^\n]{0,300}\n\s*got:|Expected [^\n]{0,300} to |^\s{0,40}expected: (?:at (?:least|most) )?\d{1,9} times?\b[^\n]{0,300}\n\s{0,40}received: \d{1,9} times?|received :\w{1,100} with unexpected arguments/m,
    // rspec-mocks: `expected: 1 time with any arguments` / `received: 0 times`.
    needle: ['xpect'],
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
