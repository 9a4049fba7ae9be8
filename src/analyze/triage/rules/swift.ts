/** Swift: XCTest and Swift Testing through xcodebuild or `swift test`. */
import type { Rule } from '../rule.js'

/**
 * XCTest writes a failed assertion with the values it compared on one line
 * (`XCTAssertEqual failed: ("…") is not equal to ("…")`): wording in it is
 * data. Put after a match, so it is only looked at where the match is.
 */
export const SWIFT_RULES: Rule[] = [
  {
    id: 'swift.no-such-module',
    category: 'missing-module',
    pattern:
      /\b[Nn]o such module '(?<module>[\w.]{1,200})'|\bmissing required modules?:? '(?<module2>[\w.]{1,200})'|\bproduct '(?<module3>[\w.-]{1,200})' required by package '[^'\n]{1,200}' target '[^'\n]{1,200}' not found/,
    needle: ['such module', 'missing required module', 'required by package'],
    key: '{module}',
    hint: 'The module `{module}` is not available to the test target: add the package (or the target dependency) in `Package.swift` or the Xcode project, or fix the import.'
  },
  {
    id: 'swift.missing-member',
    category: 'missing-attribute',
    // Without the compiler's `File.swift:line:col:` in front: with it, the
    // test target did not compile, a `swift.compile-error` keyed by the file,
    // as Kotlin's `e: File.kt:…: Unresolved reference` and javac's are.
    pattern:
      /(?<!\.swift:\d{1,7}:\d{1,5}: )error: (?:value of type|type) '(?<type>[^'\n]{1,200})' has no member '(?<member>\w{1,200})'|(?<!\.swift:\d{1,7}:\d{1,5}: )error: module '(?<type2>[\w.]{1,200})' has no member named '(?<member2>\w{1,200})'/,
    needle: ['has no member'],
    key: '{type}.{member}',
    hint: '`{type}` has no member `{member}`: it was renamed or removed. Restore it or update the test.'
  },
  {
    id: 'swift.compile-error',
    category: 'build-failure',
    // Compiler diagnostics carry a column; XCTest failures (`File.swift:48:
    // error: -[…]`) do not.
    pattern:
      /(?<path>[^\s:]{1,300}\.swift):\d{1,7}:\d{1,5}: error: |\*\* (?:TEST )?BUILD FAILED \*\*|^error: (?:emit-module command failed|fatalError$|compile command failed)/m,
    needle: [
      '.swift:',
      'BUILD FAILED',
      'error: emit-module',
      'error: fatalError',
      'error: compile command'
    ],
    key: '{path}',
    hint: 'The test target did not compile, so none of its tests ran. Fix the first compiler error.'
  },
  {
    id: 'swift.url-error',
    category: 'service-unavailable',
    // Foundation's URLError: cannot connect (-1004), host not found (-1003),
    // connection lost (-1005), offline (-1009), DNS lookup failed (-1006).
    pattern: /\bNSURLErrorDomain,? Code=-(?<code>100[3-6]|1009)\b/,
    needle: 'NSURLErrorDomain',
    key: 'connection refused',
    hint: 'A service the tests call was not reachable (URLError {code}). Start it before the tests, or stub the request (`URLProtocol`).'
  },
  {
    id: 'swift.timeout',
    category: 'timeout',
    pattern:
      /(?:Asynchronous wait failed: Exceeded timeout of (?<budget>[\d.]{1,12} seconds?), with unfulfilled expectations: "(?<what>[^"\n]{1,200})"|exceeded execution time allowance of (?<budget2>[\d.]{1,12} (?:seconds?|minutes?))|\bNSURLErrorDomain,? Code=-1001\b)/,
    needle: [
      'Asynchronous wait failed',
      'execution time allowance',
      'NSURLErrorDomain'
    ],
    key: '{what}',
    hint: 'A test waited past its time limit, usually for a callback or a service that never answered. Find the wait or raise the timeout.'
  },
  // Product signatures (XCTest's assertion wording is `any.expected-got`'s).
  {
    id: 'swift.fatal-error',
    category: 'crash',
    // The Swift runtime traps: force-unwrapped nil, an index out of range,
    // arithmetic overflow; xcodebuild and `swift test` report the crash.
    pattern:
      /\.swift:\d{1,7}: Fatal error: |\bFatal error: (?:Unexpectedly found nil|Index out of range|Division by zero|Array index is out of range|Range requires lowerBound)|\bTest crashed with signal \w{1,10}|\bExited with (?:unexpected )?signal code \d{1,3}|\bEXC_BAD_(?:ACCESS|INSTRUCTION)\b/,
    needle: ['Fatal error:', 'crashed with signal', 'signal code', 'EXC_BAD_'],
    key: '',
    hint: 'The test process trapped in the code under test (a force-unwrapped nil, an index out of range): read the line it names.'
  }
]
