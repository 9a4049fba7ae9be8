/** Python and pytest. Messages as CPython and pytest's junitxml write them. */
import type { Rule } from '../rule.js'

export const PYTHON_RULES: Rule[] = [
  {
    id: 'py.skip-could-not-import',
    category: 'missing-module',
    // pytest.importorskip and hand-written skips: the module named first is
    // the one the test wanted, even when the error names a parent package.
    pattern: /could not import '(?<module>[\w.]{1,300})'/,
    needle: 'could not import',
    key: '{module}',
    hint: 'Tests skip because `{module}` cannot be imported. Install the package that provides `{top}` in CI or fix the import path; a skip here silently hides coverage.'
  },
  {
    id: 'py.module-not-found',
    category: 'missing-module',
    pattern: /No module named '?(?<module>[\w.]{1,300})/,
    needle: 'No module named',
    key: '{module}',
    hint: '`{module}` cannot be imported. Add the package that provides `{top}` to the test dependencies, or fix the import path if it is part of this repository.'
  },
  {
    id: 'py.cannot-import-name',
    category: 'missing-attribute',
    pattern:
      /cannot import name '(?<name>\w{1,200})' from (?:partially initialized module )?'(?<module>[\w.]{1,300})'/,
    needle: 'cannot import name',
    key: '{module}.{name}',
    hint: '`{module}` has no `{name}`: it was renamed or removed. Restore it or update the import.'
  },
  {
    id: 'py.module-has-no-attribute',
    category: 'missing-attribute',
    pattern:
      /module '(?<module>[\w.]{1,300})' has no attribute '(?<attr>\w{1,200})'/,
    needle: 'has no attribute',
    key: '{module}.{attr}',
    hint: '`{module}.{attr}` does not exist: the helper was removed or renamed, or a library changed its API. Restore it or update the callers.'
  },
  {
    id: 'py.object-has-no-attribute',
    category: 'missing-attribute',
    pattern: /'(?<cls>\w{1,200})' object has no attribute '(?<attr>\w{1,200})'/,
    needle: 'has no attribute',
    key: '{cls}.{attr}',
    hint: 'Tests call `{attr}` on `{cls}`, which does not define it. Add the helper to `{cls}` or update the callers to the name it really has.',
    refine: 'helper'
  },
  {
    id: 'py.type-has-no-attribute',
    category: 'missing-attribute',
    pattern:
      /type object '(?<cls>\w{1,200})' has no attribute '(?<attr>\w{1,200})'/,
    needle: 'has no attribute',
    key: '{cls}.{attr}',
    hint: 'Tests use `{cls}.{attr}`, which `{cls}` does not define. Add it or update the callers.',
    refine: 'helper'
  },
  {
    id: 'py.name-not-defined',
    category: 'missing-attribute',
    pattern: /NameError: name '(?<name>\w{1,200})' is not defined/,
    needle: 'is not defined',
    key: '{name}',
    hint: '`{name}` is not defined where the test uses it: a missing import or a removed helper.',
    refine: 'helper'
  },
  {
    id: 'py.fixture-not-found',
    category: 'missing-fixture',
    pattern: /fixture '(?<fixture>\w{1,200})' not found/,
    needle: 'not found',
    key: '{fixture}',
    hint: 'Tests request the fixture `{fixture}`, which is not defined. Define it in a `conftest.py` the tests can see, or fix the name (`pytest --fixtures` lists what exists).'
  },
  {
    id: 'py.ssl-verify',
    category: 'service-unavailable',
    // urllib3 wraps a certificate the runner does not trust in the same
    // `Max retries exceeded` as a refused connection; the fix differs.
    pattern:
      /host='(?<host>[^'\n]{1,200})', port=(?<port>\d{1,5})\)[^\n]{0,400}?(?:SSLError|CERTIFICATE_VERIFY_FAILED)/,
    needle: 'port=',
    key: '{address}',
    hint: 'The TLS handshake with `{host}:{port}` failed: the runner does not trust its certificate (an internal CA, a self-signed or expired certificate). Install the CA on the runner (`REQUESTS_CA_BUNDLE`) or point the test at a trusted endpoint.'
  },
  {
    id: 'py.errno-connection-refused',
    category: 'service-unavailable',
    pattern:
      /host='(?<host>[^'\n]{1,200})', port=(?<port>\d{1,5})\)[^\n]{0,400}?(?:Connection refused|NewConnectionError|Max retries)/,
    needle: 'port=',
    key: '{address}',
    hint: '{service} at `{host}:{port}` refused connections. Start it before the tests (a `services:` container or compose with a health check).'
  },
  {
    id: 'py.libpq-connection-failed',
    category: 'service-unavailable',
    pattern:
      /connection to server at "(?<host>[^"\n]{1,200})"(?: \([^)\n]{1,100}\))?, port (?<port>\d{1,5}) failed/,
    needle: 'connection to server',
    key: '{address}',
    hint: 'PostgreSQL at `{host}:{port}` is not reachable. Add a postgres service with a health check and point `DATABASE_URL` at it.'
  },
  {
    id: 'py.libpq-socket',
    category: 'service-unavailable',
    pattern: /connection to server on socket "(?<socket>[^"\n]{1,300})" failed/,
    needle: 'connection to server on socket',
    key: 'PostgreSQL',
    hint: 'No local PostgreSQL socket `{socket}`. Run a postgres service and connect over TCP (`DATABASE_URL`).'
  },
  {
    id: 'py.redis-connecting',
    category: 'service-unavailable',
    pattern:
      /Error -?\d{1,6} connecting to (?<host>[\w.-]{1,200}):(?<port>\d{1,5})\./,
    needle: 'connecting to',
    key: '{address}',
    hint: '{service} at `{host}:{port}` is not reachable. Add it as a CI service.'
  },
  {
    id: 'py.pytest-timeout',
    category: 'timeout',
    // Older pytest-timeout writes `Failed: Timeout >5.0s`, newer releases
    // `Failed: Timeout (>120.0s) from pytest-timeout.`.
    pattern: /Failed: Timeout \(?>(?<budget>(?<secs>[\d.]{1,20})s)\b/,
    needle: 'Failed: Timeout',
    key: '',
    hint: 'Tests hit the {secs}s timeout, usually while waiting on a service that is not there; otherwise raise the timeout.'
  },
  {
    id: 'py.sqlalchemy-pool-timeout',
    category: 'timeout',
    // Every pooled connection stayed checked out for the whole wait (a test
    // or fixture that never returns its session). A refusal behind the wait
    // is the refused database instead (see `classify.ts`).
    pattern:
      /QueuePool limit of size \d{1,6} overflow -?\d{1,6} reached, connection timed out, timeout (?<budget>[\d.]{1,12})/,
    needle: 'QueuePool limit',
    key: 'QueuePool',
    hint: 'No pooled database connection came free within {budget} s: tests or fixtures hold sessions without closing them, or the pool is smaller than the tests need. Close sessions in teardown or raise `pool_size`.'
  },
  {
    id: 'py.environ-keyerror',
    category: 'missing-config',
    // A KeyError alone is a dict lookup; only an upper-case name read through
    // os.environ is a missing variable (checked by the `env` refinement).
    pattern: /KeyError: '(?<var>[A-Z][A-Z0-9_]{2,100})'/,
    needle: 'KeyError',
    key: '{var}',
    hint: 'The environment variable `{var}` is not set. Set it in the workflow `env:` or secrets (secrets are not passed to pull requests from forks).',
    refine: 'env'
  },
  {
    id: 'py.no-credentials',
    category: 'missing-config',
    pattern: /NoCredentialsError: Unable to locate credentials/,
    needle: 'NoCredentialsError',
    key: 'AWS credentials',
    hint: 'AWS credentials are missing in CI. Configure an OIDC role or mock AWS in tests.'
  },
  {
    id: 'py.django-improperly-configured',
    category: 'missing-config',
    pattern:
      /ImproperlyConfigured: (?:Set the (?<var>[A-Z][A-Z0-9_]{1,100}) environment variable|[^\n]{0,300}?define the environment variable (?<var2>[A-Z][A-Z0-9_]{1,100})|The (?<var3>[A-Z][A-Z0-9_]{1,100}) setting must not be empty|settings\.(?<var4>[A-Z][A-Z0-9_]{1,100}) is improperly configured)/,
    needle: 'ImproperlyConfigured',
    key: '{var}',
    hint: 'Django is not configured in CI: `{var}` is not set. Set it in the workflow `env:` (or a test settings module).'
  },
  {
    id: 'py.decouple-undefined',
    category: 'missing-config',
    // python-decouple's `config('X')` with no value and no default.
    pattern:
      /UndefinedValueError: (?<var>\w{1,100}) not found\. Declare it as envvar or define a default value/,
    needle: 'UndefinedValueError',
    key: '{var}',
    hint: 'The setting `{var}` has no value in CI. Set it in the workflow `env:` (or a `.env`/`settings.ini` for tests), or give it a default.'
  },
  {
    id: 'py.settings-field-required',
    category: 'missing-config',
    // pydantic-settings: a settings class whose field has no value in the
    // environment (pytest prefixes each line with `E` when it is collected).
    pattern:
      /validation errors? for \w{0,100}(?:Settings|Config)\n(?:E {1,10})?(?<var>\w{1,100})\n(?:E)?\s{1,10}Field required/,
    needle: 'Field required',
    key: '{var}',
    hint: 'The setting `{var}` has no value: set its environment variable in the workflow `env:` or secrets.'
  },
  {
    id: 'py.kafka-no-brokers',
    category: 'service-unavailable',
    pattern: /NoBrokersAvailable/,
    needle: 'NoBrokersAvailable',
    key: 'Kafka',
    hint: 'No Kafka broker answered. Add a kafka service with a health check before the tests.'
  },
  {
    id: 'py.permission-error',
    category: 'permission-denied',
    pattern:
      /PermissionError: \[Errno 13\] Permission denied: '(?<path>[^'\n]{1,300})'/,
    needle: 'PermissionError',
    key: '{path}',
    hint: 'The runner cannot write `{path}`. Use a temporary directory (`tmp_path`) or fix the ownership.'
  },
  {
    id: 'py.memory-error',
    category: 'resource-exhausted',
    // numpy names its own subclass (`_ArrayMemoryError: Unable to allocate
    // 74.5 GiB for an array`), which a word boundary before `Memory` misses.
    pattern:
      /(?:\b|_Array)MemoryError\b|CUDA out of memory|\bUnable to allocate [\d.]{1,20} [KMGTPE]?i?B for an array/,
    needle: ['memory', 'Unable to allocate'],
    key: 'out of memory',
    hint: 'The tests ran out of memory. Reduce parallelism or data size, or use a larger runner.'
  },
  // Product signatures: tried after every infrastructure rule of the same tier.
  {
    id: 'py.assertion',
    category: 'assertion',
    pattern:
      /^(?:E\s+)?(?:AssertionError\b|assert )|\bAssertionError: |Failed: DID NOT RAISE/m,
    needle: 'assert',
    key: '',
    hint: 'An expectation did not hold: look at the expected and actual values.'
  },
  {
    id: 'py.exception',
    category: 'crash',
    pattern:
      /^(?:E\s+)?(?<type>(?:TypeError|KeyError|ValueError|IndexError|ZeroDivisionError|RuntimeError|AttributeError|UnboundLocalError|RecursionError|NotImplementedError))\b/m,
    needle: 'Error',
    key: '',
    hint: 'An uncaught `{type}` in the code under test.'
  }
]
