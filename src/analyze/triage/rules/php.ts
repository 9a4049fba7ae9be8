/** PHP: PHPUnit and Pest. */
import type { Rule } from '../rule.js'

export const PHP_RULES: Rule[] = [
  {
    id: 'php.class-not-found',
    category: 'missing-module',
    pattern:
      /Class "(?<cls>[\w\\]{1,300})" not found|Class '(?<cls2>[\w\\]{1,300})' not found/,
    needle: 'not found',
    key: '{cls}{cls2}',
    hint: 'The class cannot be autoloaded. Add its package with Composer or fix the namespace and `autoload` mapping, then `composer dump-autoload`.'
  },
  {
    id: 'php.failed-opening-required',
    category: 'missing-module',
    pattern:
      /Failed opening required '(?<file>[^'\n]{1,300})'|failed to open stream: No such file or directory/,
    needle: ['Failed opening required', 'failed to open stream'],
    key: '{file}',
    hint: 'A required file is missing (often `vendor/autoload.php`): run `composer install` before the tests.'
  },
  {
    id: 'php.undefined-method',
    category: 'missing-attribute',
    // The namespace is dropped from the key: `Tests\Support\AuthHelper::x()` → `AuthHelper.x`.
    pattern:
      /Call to undefined method (?<owner>(?:[\w]{1,100}\\){0,20}(?<cls>\w{1,200}))::(?<meth>\w{1,200})\(\)/,
    needle: 'Call to undefined method',
    key: '{cls}.{meth}',
    hint: '`{owner}` has no method `{meth}`: the helper or method was removed or renamed. Restore it or update the callers.',
    refine: 'helper'
  },
  {
    id: 'php.undefined-function',
    category: 'missing-attribute',
    pattern: /Call to undefined function (?<name>[\w\\]{1,300})\(\)/,
    needle: 'Call to undefined function',
    key: '{name}',
    hint: '`{name}()` does not exist: the helper was removed or renamed, or the file that defines it is not loaded.',
    refine: 'helper'
  },
  {
    id: 'php.data-provider-invalid',
    category: 'collection-error',
    // PHPUnit could not build the test at all: none of its cases ran.
    pattern:
      /The data provider specified for (?<test>[\w\\:]{1,300}) is invalid/,
    needle: 'The data provider specified for',
    key: '{test}',
    hint: 'PHPUnit could not load the data provider of `{test}`, so the test never ran. Restore the provider method or fix its name.'
  },
  {
    id: 'php.pdo-refused',
    category: 'service-unavailable',
    pattern:
      /SQLSTATE\[HY000\] \[2002\] (?:Connection refused|No such file or directory)/,
    needle: 'SQLSTATE',
    key: 'MySQL',
    hint: 'The database is not reachable. Add it as a CI service and check the DSN.'
  },
  {
    id: 'php.memory',
    category: 'resource-exhausted',
    pattern: /Allowed memory size of \d{1,20} bytes exhausted/,
    needle: 'Allowed memory size',
    key: 'out of memory',
    hint: 'PHP ran out of memory. Raise `memory_limit` for the test run.'
  },
  {
    id: 'php.env-missing',
    category: 'missing-config',
    pattern:
      /getenv\('(?<var>[A-Z][A-Z0-9_]{2,100})'\)|Environment variable not found: "(?<var2>[A-Z][A-Z0-9_]{2,100})"/,
    needle: 'env',
    key: '{var}{var2}',
    hint: 'A required environment variable is not set. Set it in the workflow `env:` or `phpunit.xml`.'
  },
  {
    id: 'php.execution-aborted',
    category: 'timeout',
    pattern: /Execution aborted after (?<budget>(?<n>\d{1,9}) seconds?)/,
    needle: 'Execution aborted',
    key: '',
    hint: 'The test ran past its {n}s time limit (`enforceTimeLimit`), usually waiting on a dependency. Find the wait or raise the limit.'
  },
  // Product signatures.
  {
    id: 'php.assertion',
    category: 'assertion',
    pattern: /Failed asserting that|ExpectationFailedException/,
    needle: 'fail',
    key: '',
    hint: 'An expectation did not hold: look at the expected and actual values.'
  },
  {
    id: 'php.error',
    category: 'crash',
    pattern:
      /\b(?<type>TypeError|DivisionByZeroError|ErrorException|ValueError): /,
    needle: 'Error',
    key: '',
    hint: 'An uncaught `{type}` in the code under test.'
  }
]
