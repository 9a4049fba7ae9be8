/** C and C++: GoogleTest, Catch2, CTest. */
import type { Rule } from '../rule.js'

export const CPP_RULES: Rule[] = [
  {
    id: 'cpp.ctest-not-built',
    category: 'build-failure',
    pattern:
      /Unable to find executable:? ?(?<exe>\S{0,300})|Could not find executable (?<exe2>\S{1,300})/,
    needle: ['Unable to find executable', 'Could not find executable'],
    key: '{exe}',
    hint: 'The test executable was never built: fix the build step (the first compiler or linker error) before the tests.'
  },
  {
    id: 'cpp.missing-dependency',
    category: 'missing-module',
    // A header, library or package the build looks for is not installed: the
    // build failed, but what to fix is the missing dependency.
    pattern:
      /fatal error: (?<header>[\w./+-]{1,200}): No such file or directory|fatal error: '(?<header2>[^'\n]{1,200})' file not found|\bld(?:\.\w{1,10})?: cannot find -l(?<lib>[\w.+-]{1,100})|Package (?<pc>[\w.+-]{1,100}) was not found in the pkg-config search path|Could not find a package configuration file provided by "(?<pkg>[\w.+-]{1,100})"|Could NOT find (?<pkg2>[\w.+-]{1,100}) \(missing: /,
    needle: [
      'fatal error',
      'cannot find -l',
      'pkg-config search path',
      'package configuration file',
      'Could NOT find'
    ],
    key: '{header}{header2}{lib}{pc}{pkg}{pkg2}',
    hint: '`{header}{header2}{lib}{pc}{pkg}{pkg2}` is not installed on the runner, so the test target did not build. Install its development package in CI, or fix the include or library path.'
  },
  {
    id: 'cpp.compile-error',
    category: 'build-failure',
    // gcc, clang and ld output, seen when a test target failed to build.
    pattern:
      /undefined reference to [`'](?<sym>[^'\n]{1,300})'|\.(?:c|cc|cpp|cxx|h|hh|hpp):\d{1,7}:\d{1,5}: error: |^CMake Error at /m,
    needle: ['undefined reference', ': error: ', 'CMake Error'],
    key: '{sym}',
    hint: 'The test target did not build, so its tests never ran. Fix the first compiler or linker error.'
  },
  {
    id: 'cpp.bad-alloc',
    category: 'resource-exhausted',
    // The allocator gave up, as MemoryError and OutOfMemoryError elsewhere.
    pattern: /std::bad_alloc/,
    needle: 'bad_alloc',
    key: 'out of memory',
    hint: 'An allocation failed (`std::bad_alloc`): the runner ran out of memory, or the code asked for an absurd size. Check the size asked for before adding memory.'
  },
  {
    id: 'cpp.ctest-timeout',
    category: 'timeout',
    pattern:
      /^\s*Timeout\s*$|\*\*\*Timeout|Process (?:timed out|exceeded timeout)/m,
    needle: 'timeout',
    key: '',
    hint: 'The test process ran past its CTest `TIMEOUT`, usually waiting on a dependency. Find the wait or raise the timeout.'
  },
  {
    id: 'cpp.sanitizer',
    category: 'crash',
    // AddressSanitizer, LeakSanitizer, ThreadSanitizer and UBSan found a memory
    // or concurrency error in the code under test.
    pattern:
      /(?:ERROR|WARNING): (?<tool>AddressSanitizer|LeakSanitizer|ThreadSanitizer|MemorySanitizer): (?<kind>[\w-]{1,60})|\.\w{1,5}:\d{1,7}:\d{1,5}: runtime error: /,
    needle: ['Sanitizer', 'runtime error:'],
    key: '',
    hint: 'A sanitizer found a memory, undefined-behaviour or concurrency error in the code under test. Read the first stack of its report.'
  },
  {
    id: 'cpp.signal',
    category: 'crash',
    pattern:
      /\b(?<type>SIGSEGV|SIGABRT|SIGFPE|SIGBUS|Segmentation fault|SEGFAULT|SegFault|Subprocess aborted|Child aborted)\b/,
    needle: [
      'SIG',
      'Segmentation fault',
      'SEGFAULT',
      'Subprocess aborted',
      'Child aborted'
    ],
    key: '',
    hint: 'The test process crashed ({type}) inside the code under test.'
  },
  {
    id: 'cpp.assert-abort',
    category: 'crash',
    // glibc's assert(): an invariant of the code under test broke and the process aborted.
    pattern:
      /(?<path>[\w./-]{1,300}):(?<line>\d{1,7}): [^\n]{0,200}?Assertion `[^\n]{0,300}' failed\./,
    needle: 'Assertion `',
    key: '{path}:{line}',
    hint: 'An `assert()` in `{path}` failed and aborted the test process: an invariant of the code under test broke.'
  },
  {
    id: 'cpp.exception',
    category: 'crash',
    pattern:
      /C\+\+ exception with description "|due to unexpected exception with message|std::(?:out_of_range|logic_error|runtime_error|invalid_argument)|vector::_M_range_check|fatal error: in "[^"\n]{1,300}": (?:memory access violation|signal: |[\w:]{1,100}: )|THREW exception: /,
    // GoogleTest, Boost.Test (`fatal error: in "suite/case": std::…`), doctest (`THREW exception:`).
    needle: ['exception', 'std::', '_M_range_check', 'fatal error: in'],
    key: '',
    hint: 'An uncaught C++ exception in the code under test.'
  },
  {
    id: 'cpp.assertion',
    category: 'assertion',
    pattern:
      /\.(?:cc|cpp|cxx|c\+\+|hpp|hh|h|c)(?::\d{1,7}|\(\d{1,7}\)): (?:Failure|FAILED:)(?=\n|$)|Expected equality of these values|Value of: |Expected: [^\n]{0,300}\n\s*(?:Which is|Actual)|\b(?:REQUIRE|CHECK)(?:_FALSE|_THAT|_THROWS[_A-Z]{0,20})?\( |with expansion:|: ERROR: (?:CHECK|REQUIRE|WARN)[_A-Z]{0,30}\( [^\n]{0,500}\) is NOT correct!|\berror: in "[^"\n]{1,300}": (?:critical )?check [^\n]{0,500} has failed/,
    // GoogleTest (`file.cc:42: Failure`, whatever macro follows), Catch2
    // (`file.cpp:42: FAILED:`), doctest (`ERROR: CHECK_EQ( … ) is NOT correct!`),
    // Boost.Test (`error: in "suite/case": check … has failed`).
    needle: [
      ': Failure',
      ': FAILED:',
      'Expected',
      'Value of',
      'REQUIRE',
      'CHECK',
      'with expansion',
      'has failed'
    ],
    key: '',
    hint: 'An expectation did not hold: look at the expected and actual values.'
  }
]
