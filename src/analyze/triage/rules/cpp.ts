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
    id: 'cpp.ctest-timeout',
    category: 'timeout',
    pattern:
      /^\s*Timeout\s*$|\*\*\*Timeout|Process (?:timed out|exceeded timeout)/m,
    needle: 'timeout',
    key: '',
    hint: 'The test process ran past its CTest `TIMEOUT`, usually waiting on a dependency. Find the wait or raise the timeout.'
  },
  {
    id: 'cpp.signal',
    category: 'crash',
    pattern:
      /\b(?<type>SIGSEGV|SIGABRT|SIGFPE|SIGBUS|Segmentation fault|SEGFAULT)\b/,
    needle: ['SIG', 'Segmentation fault', 'SEGFAULT'],
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
      /C\+\+ exception with description "|due to unexpected exception with message|std::(?:out_of_range|logic_error|runtime_error|invalid_argument|bad_alloc)|vector::_M_range_check/,
    needle: ['exception', 'std::', '_M_range_check'],
    key: '',
    hint: 'An uncaught C++ exception in the code under test.'
  },
  {
    id: 'cpp.assertion',
    category: 'assertion',
    pattern:
      /Expected equality of these values|Value of: |Expected: [^\n]{0,300}\n\s*(?:Which is|Actual)|\b(?:REQUIRE|CHECK)(?:_FALSE|_THAT|_THROWS[_A-Z]{0,20})?\( |with expansion:/,
    needle: ['Expected', 'Value of', 'REQUIRE', 'CHECK', 'with expansion'],
    key: '',
    hint: 'An expectation did not hold: look at the expected and actual values.'
  }
]
