/** Dart and Flutter: `dart test` and `flutter test` (JSON reporter, junitreport). */
import type { Rule } from '../rule.js'

export const DART_RULES: Rule[] = [
  {
    id: 'dart.package-unresolved',
    category: 'missing-module',
    // The front end could not resolve an import: a package missing from
    // pubspec.yaml (or `pub get` not run), or a file that moved (the front
    // end says it could not read the file, then shows the import naming it).
    pattern:
      /Couldn't resolve the package '(?<module>[\w]{1,200})' in '|\bError: Not found: '(?<uri>[^'\n]{1,300})'|\bError: Error when reading '[^'\n]{1,300}': (?:No such file or directory|The system cannot find the (?:file|path) specified)[^\n]{0,40}\n(?:import|export|part) '(?<uri3>[^'\n]{1,300})'|Target of URI doesn't exist: '(?<uri2>[^'\n]{1,300})'|\bdepends on (?<module2>\w{1,200}) [^\n]{0,100}?which doesn't exist \(could not find package/,
    needle: [
      "Couldn't resolve the package",
      'Error: Not found:',
      'Error when reading',
      'Target of URI',
      'could not find package'
    ],
    key: '{module}{uri}',
    hint: '`{module}{uri}` cannot be imported. Add the package to `dev_dependencies` in `pubspec.yaml` and run `dart pub get`, or fix the path.'
  },
  {
    id: 'dart.missing-member',
    category: 'missing-attribute',
    pattern:
      /Error: The (?:method|getter|setter|operator) '(?<member>[^'\n]{1,200})' isn't defined for the (?:class|type|extension) '(?<type>[^'\n]{1,200})'|Error: Member not found: '(?<member2>[^'\n]{1,200})'/,
    needle: ["isn't defined for the", 'Member not found'],
    key: '{type}.{member}',
    hint: '`{type}` has no member `{member}`: it was renamed or removed. Restore it or update the test.'
  },
  {
    id: 'dart.syntax-error',
    category: 'collection-error',
    // The front end's parser errors: the test file does not parse, so it
    // failed to load, as a Python, Ruby, PHP or JavaScript file with a syntax
    // error does. Type errors below are the compiler's and a build failure.
    pattern:
      /(?<path>[^\s:"]{1,300}\.dart):\d{1,7}:\d{1,5}: Error: (?:Expected (?:'[^'\n]{1,10}' (?:after|before) this|an? \w{1,20}(?: \w{1,20}){0,3}, but got )|Unexpected token '|Can't find '[^'\n]{1,10}' to match ')/,
    // Every shape is a `file.dart:line:col:` diagnostic: the compile
    // rule's needle serves both.
    needle: '.dart:',
    key: '{path}',
    hint: 'The test file `{path}` (or a file it imports) does not parse, so none of its tests ran. Fix the syntax error at the line the compiler names (`dart analyze` finds it).'
  },
  {
    id: 'dart.compile-error',
    category: 'build-failure',
    // The front end's diagnostics, printed when a test file fails to compile.
    pattern:
      /(?<path>[^\s:"]{1,300}\.dart):\d{1,7}:\d{1,5}: Error: |Compilation failed for testPath=(?<path2>[^\s:]{1,300}\.dart)/,
    needle: ['.dart:', 'Compilation failed for testPath'],
    key: '{path}',
    hint: 'The test file or the code it imports did not compile, so none of its tests ran. Fix the first compiler error.'
  },
  {
    id: 'dart.missing-plugin',
    category: 'missing-fixture',
    // A platform plugin has no implementation in a unit test: the channel
    // needs a mock handler (or a fake of the plugin's interface).
    pattern:
      /MissingPluginException\(No implementation found for method (?<meth>\S{1,200}) on channel (?<channel>[^\s)]{1,200})\)/,
    needle: 'MissingPluginException',
    key: '{channel}',
    hint: 'No implementation of the platform channel `{channel}` exists in tests (`{meth}` was called). Register a mock handler (`setMockMethodCallHandler`) or inject a fake of the plugin.'
  },
  {
    id: 'dart.socket',
    category: 'service-unavailable',
    // dart:io's SocketException. The port it prints is often the local one,
    // so the key is read from the URL or address elsewhere in the text.
    pattern:
      /SocketException: (?:Connection refused|OS Error: Connection refused|Connection reset by peer|Connection failed)[^\n]{0,200}?errno = \d{1,5}|SocketException: Failed host lookup: '(?<hostname>[^'\n]{1,200})'/,
    needle: 'SocketException: ',
    key: '{hostname}',
    hint: 'A service the tests call was not reachable. Start it before the tests, or stub the HTTP client.'
  },
  {
    id: 'dart.timeout',
    category: 'timeout',
    pattern:
      /\bTest timed out after (?<budget>[\d.]{1,12} (?:seconds?|minutes?))|\bTimeoutException after (?<budget2>\d{1,3}:\d{2}:\d{2}(?:\.\d{1,6})?)(?:: (?<what>Future not completed))?/,
    needle: ['Test timed out after', 'TimeoutException after'],
    key: '',
    hint: 'A test or a future ran past its time limit, usually waiting on a service or a stream that never answered. Find the wait or raise `timeout`.'
  },
  {
    id: 'dart.load-failed',
    category: 'collection-error',
    // A test file that did not load (an exception in `main`, a failed
    // `setUpAll`); a compiler error or missing package inside it wins.
    pattern: /Failed to load "(?<path>[^"\n]{1,300}\.dart)":/,
    needle: 'Failed to load "',
    key: '{path}',
    hint: 'The test file `{path}` did not load, so none of its tests ran. Fix the error it printed while loading.',
    tier: 'text'
  },
  {
    id: 'dart.no-such-method',
    category: 'missing-attribute',
    // A dynamic call to a member the class does not have: a stale fake or
    // helper keeps the category, product code becomes a crash.
    pattern:
      /NoSuchMethodError: Class '(?<cls>[^'\n]{1,200})' has no instance (?:method|getter|setter) '(?<meth>[^'\n]{1,200})'/,
    needle: 'has no instance',
    key: '{cls}.{meth}',
    hint: '`{cls}` has no `{meth}`: a helper, fake or mock that was not updated. Add it or update the callers.',
    refine: 'helper'
  },
  // Product signatures (the `Expected: … Actual: …` of package:test is the
  // C++ table's assertion shape and is decided there).
  {
    id: 'dart.crash',
    category: 'crash',
    pattern:
      /\bNull check operator used on a null value|\bLateInitializationError: |\bNoSuchMethodError: The (?:method|getter|setter) '[^'\n]{1,200}' was called on null|\btype '[^'\n]{1,200}' is not a subtype of type '|\bRangeError \((?:index|length)\)|\bBad state: (?:No element|Too many elements)/,
    needle: [
      'Null check operator',
      'LateInitializationError',
      'was called on null',
      'is not a subtype of type',
      'RangeError (',
      'Bad state:'
    ],
    key: '',
    hint: 'An uncaught error in the code under test (a null value, a late field never set, a wrong type).'
  }
]
