/** PHP: PHPUnit and Pest. */
import type { Rule } from '../rule.js'

export const PHP_RULES: Rule[] = [
  {
    id: 'php.test-file-unloadable',
    category: 'collection-error',
    // PHPUnit could not load a test file it was given: the file is not there
    // (a path in `phpunit.xml` or the command line that moved), it does not
    // declare the class its name promises (PHPUnit 9 `Class 'X' could not be
    // found in 'X.php'`, 10+ `Class "X" cannot be found in "X.php"`, its
    // ClassCannotBeFoundException without quotes), or the
    // bootstrap script is gone.
    // Tried before `php.class-not-found`, which reads autoloaded classes.
    pattern:
      /\bCannot open file "(?<path>[^"\n]{1,300}\.php)"|\bTest file "(?<path2>[^"\n]{1,300}\.php)" not found|\bClass '[\w\\]{1,300}' could not be found in '(?<path3>[^'\n]{1,300}\.php)'|\bClass "[\w\\]{1,300}" cannot be found in "(?<path5>[^"\n]{1,300}\.php)"|\bClass [\w\\]{1,300} cannot be found in (?<path6>[^\s"']{1,300}\.php)|\bCannot open bootstrap script "(?<path4>[^"\n]{1,300})"/,
    needle: [
      'Cannot open ',
      'not found',
      // PHPUnit 9 `could not be found in`, 10+ `cannot be found in`.
      'be found in'
    ],
    key: '{path}',
    hint: 'PHPUnit could not load `{path}`, so its tests never ran. Fix the path in `phpunit.xml` or the command line, or make the file declare the class named like it.'
  },
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
    id: 'php.undefined-test-method',
    category: 'missing-attribute',
    // A method missing on a class of the test suite: a Codeception actor
    // (`ApiTester`, `AcceptanceTester`: the suite does not enable the module
    // that provides the step, or `codecept build` was not run) or any class
    // under a `Tests` namespace. Product classes are `php.undefined-method`.
    pattern:
      /Call to undefined method (?<owner>(?:[\w]{1,100}\\){0,20}(?<cls>\w{0,100}Tester)|(?:\w{1,100}\\){0,3}Tests\\(?:\w{1,100}\\){0,20}(?<cls2>\w{1,200}))::(?<meth>\w{1,200})\(\)/,
    needle: 'Call to undefined method',
    key: '{cls}.{meth}',
    hint: 'The test class `{owner}` has no method `{meth}`. For a Codeception actor, enable the module that provides the step in the suite configuration and run `codecept build`; otherwise restore the helper or update the callers.'
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
      /SQLSTATE\[HY000\] \[2002\] (?:Connection refused|No such file or directory|Connection timed out|Operation timed out|php_network_getaddresses: getaddrinfo)/,
    needle: 'SQLSTATE',
    key: 'MySQL',
    hint: 'The database is not reachable. Add it as a CI service and check the DSN.'
  },
  {
    id: 'php.requires-extension',
    category: 'missing-module',
    // PHPUnit's `@requires extension` / `#[RequiresPhpExtension]` skip
    // (`PHP extension x is required.`, `Extension x is required.` since
    // PHPUnit 10), Composer's platform check, and hand-written checks.
    pattern:
      /\b(?:PHP )?[Ee]xtension [`'"]?(?<module>\w{1,100})[`'"]? is (?:required|missing|not (?:available|loaded|installed))|\b(?:The )?[`'"]?(?<module2>\w{1,100})[`'"]? (?:PHP )?extension (?:is (?:not (?:available|loaded|installed)|required|missing)|must be (?:installed|loaded|enabled))|\bext-(?<module3>\w{1,100}) \* (?:-> it is|but it is) missing from your system/,
    needle: ['extension', 'missing from your system'],
    key: '{module}{module2}{module3}',
    hint: 'The PHP extension `{module}{module2}{module3}` is not installed on the runner, so its tests cannot run. Add it to the `extensions:` of setup-php (or install it).'
  },
  {
    id: 'php.curl-error',
    category: 'service-unavailable',
    pattern:
      /cURL error (?:6|7): (?:Failed to connect to (?<host>[\w.-]{1,200}) port (?<port>\d{1,5})|Could not resolve host: (?<host2>[\w.-]{1,200})|Couldn't connect to server)/,
    needle: 'cURL error',
    key: '{address}',
    hint: 'A service the tests call was not reachable ({service}). Start it in CI before the tests.'
  },
  {
    id: 'php.parse-error',
    category: 'collection-error',
    // PHP compiles a file when it is loaded: a syntax error means the test
    // file (or a class it autoloads) never loaded, so none of its tests ran.
    pattern:
      /\b(?:ParseError|PHP Parse error): {1,2}syntax error(?:[^\n]{0,300}? in (?<path>[^\s]{1,300}\.php) on line \d{1,7}|[^\n]{0,300}\n\s{0,10}\n?(?<path2>[^\s]{1,300}\.php):\d{1,7})?/,
    needle: 'syntax error',
    key: '{path}',
    hint: 'A PHP file has a syntax error, so the tests that load it never ran. Fix the error at the line PHP names (`php -l` finds it).'
  },
  {
    id: 'php.webdriver-unreachable',
    category: 'service-unavailable',
    // php-webdriver could not talk to chromedriver/geckodriver/Selenium: the
    // driver was not started (a refused address, when given, wins as the key).
    pattern:
      /WebDriverCurlException: Curl error thrown for http (?<method>[A-Z]{3,7}) to (?<path>\/[^\s]{0,200})/,
    needle: 'WebDriverCurlException',
    key: 'WebDriver',
    hint: 'The browser driver (chromedriver, geckodriver or Selenium) did not answer. Start it before the browser tests.',
    tier: 'text'
  },
  {
    id: 'php.timeout',
    category: 'timeout',
    pattern:
      /ProcessTimedOutException: The process "(?<cmd>[^"\n]{1,300})" exceeded the timeout of (?<budget>\d{1,9} seconds?)|cURL error 28: |Maximum execution time of (?<budget2>\d{1,9} seconds?) exceeded/,
    needle: [
      'ProcessTimedOutException',
      'cURL error 28',
      'Maximum execution time'
    ],
    key: '',
    hint: 'A process, request or script ran past its time limit, usually waiting on a dependency that is not there. Find the wait or raise the limit.'
  },
  {
    id: 'php.codeception-module-config',
    category: 'missing-config',
    pattern:
      /ModuleConfigException\]?:? {0,2}(?:[\w\\]{0,200}\\)?(?<module>\w{1,100}) module is not configured/,
    needle: 'module is not configured',
    key: '{module} module',
    hint: 'The Codeception `{module}` module has no configuration for this suite in CI (its options are missing). Set them in the suite file or the environment it reads.'
  },
  {
    id: 'php.laravel-app-key',
    category: 'missing-config',
    pattern:
      /MissingAppKeyException|No application encryption key has been specified/,
    needle: ['MissingAppKeyException', 'No application encryption key'],
    key: 'APP_KEY',
    hint: 'Laravel has no `APP_KEY` in CI. Set it in `phpunit.xml` or the workflow `env:` (`php artisan key:generate --show`).'
  },
  {
    id: 'php.vite-manifest',
    category: 'build-failure',
    // Laravel renders `@vite` from the built manifest: the assets were not built.
    pattern: /Vite manifest not found at: (?<path>\S{1,300})/,
    needle: 'Vite manifest not found',
    key: 'Vite assets',
    hint: 'The front-end assets were not built before the tests (`{path}` is missing). Run `npm ci && npm run build` first, or call `withoutVite()` in tests.'
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
    // PHPUnit, its mock expectations (`Expectation failed for method name is
    // "save" when invoked 1 time`), Mockery's call counts.
    pattern:
      /Failed asserting that|ExpectationFailedException|Expectation failed for method name|InvalidCountException|\bMethod [^\n]{1,300} should be called\s{1,20}(?:exactly|at least|at most) \d{1,9} times?/,
    needle: ['fail', 'InvalidCountException', 'should be called'],
    key: '',
    hint: 'An expectation did not hold: look at the expected and actual values.'
  },
  {
    id: 'php.null-access',
    category: 'crash',
    // The engine's fatal `Error`s for a value that is not what the code
    // assumed (a null object, an undefined variable or array key).
    pattern:
      /\b(?:Error: )?(?<what>Call to a member function \w{1,200}\(\) on (?:null|bool|array|int|float|string)|Attempt to (?:read|assign) property "\w{1,200}" on (?:null|bool|array|int|float|string)|Cannot access offset of type \w{1,40} on \w{1,40}|Undefined (?:array key|variable|property:?) [^\n]{1,200}|Trying to access array offset on (?:value of type )?\w{1,40})/,
    needle: [
      'Call to a member function',
      'Attempt to',
      'Cannot access offset',
      'Undefined array key',
      'Undefined variable',
      'Undefined property',
      'Trying to access array offset'
    ],
    key: '',
    hint: 'The code under test used a value that was not what it assumed: {what}.'
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
