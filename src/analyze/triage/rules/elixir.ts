/** Elixir: ExUnit (junit_formatter), Ecto/Postgrex, Mix. */
import type { Rule } from '../rule.js'

/**
 * ExUnit prints the asserted expression on a `code:` line: wording in it is
 * what the test compared, not what stopped it. Put after a match, so it is
 * only looked at where the match is.
 */
export const ELIXIR_RULES: Rule[] = [
  {
    id: 'ex.module-not-available',
    category: 'missing-module',
    // A call into a module that is not compiled into the test build: a
    // dependency missing from mix.exs (or `only: :test` forgotten), or a
    // module that was renamed.
    pattern:
      /\(UndefinedFunctionError\) function [\w.]{1,300}\.[\w?!]{1,200}\/\d{1,3} is undefined \(module (?<module>[\w.]{1,300}) is not available\)|\bmodule (?<module2>[A-Z][\w.]{0,300}) is not loaded and could not be found/,
    needle: ['is not available', 'is not loaded and could not be found'],
    key: '{module}',
    hint: 'The module `{module}` is not in the test build. Add its package to `mix.exs` (for the `:test` environment) and run `mix deps.get`, or fix the module name.'
  },
  {
    id: 'ex.undefined-function',
    category: 'missing-attribute',
    pattern:
      /\(UndefinedFunctionError\) function (?<module>[\w.]{1,300})\.(?<fn>[\w?!]{1,200})\/\d{1,3} is undefined or private/,
    needle: 'is undefined or private',
    key: '{module}.{fn}',
    hint: '`{module}` has no public `{fn}` with that arity: the helper was removed, renamed or made private. Restore it or update the callers.',
    refine: 'helper'
  },
  {
    id: 'ex.undefined-local-function',
    category: 'missing-attribute',
    // The compiler's wording for a call to a function neither defined nor imported.
    pattern:
      /undefined function (?<fn>[\w?!]{1,200})\/\d{1,3} \((?:expected (?<module>[\w.]{1,300}) to define such a function|there is no such import)/,
    needle: 'undefined function',
    key: '{fn}',
    hint: '`{fn}` is neither defined nor imported where the test calls it: a missing `import` of a support module, or a helper that was removed.',
    refine: 'helper'
  },
  {
    id: 'ex.compile-error',
    category: 'build-failure',
    pattern:
      /\*\* \((?:CompileError|SyntaxError|TokenMissingError|MismatchedDelimiterError|Kernel\.TypespecError)\) (?<path>[\w./-]{1,300}\.exs?):\d{1,7}|== Compilation error in file (?<path2>[\w./-]{1,300}\.exs?) ==|\*\* \(CompileError\) cannot compile (?:file|module)/,
    needle: [
      'CompileError',
      'SyntaxError',
      'TokenMissingError',
      'MismatchedDelimiterError',
      'TypespecError',
      'Compilation error in file'
    ],
    key: '{path}',
    hint: 'The test code (or a support file it needs) did not compile, so none of its tests ran. Fix the first compiler error.'
  },
  {
    id: 'ex.tcp-connect',
    category: 'service-unavailable',
    // Postgrex, MyXQL and Redix word a failed connect the same way.
    pattern:
      /\btcp connect \((?<host>[\w.-]{1,200}|\[?[\da-fA-F:]{2,60}\]?):(?<port>\d{1,5})\): (?<reason>connection refused|non-existing domain|timeout|host is unreachable|network is unreachable)/,
    needle: 'tcp connect (',
    key: '{address}',
    hint: '{service} at `{host}:{port}` was not reachable ({reason}). Add it as a CI service with a health check before `mix test`.'
  },
  {
    id: 'ex.db-pool',
    category: 'service-unavailable',
    pattern:
      /\(DBConnection\.ConnectionError\) connection not available and request was dropped from queue after \d{1,9}ms/,
    needle: 'request was dropped from queue',
    key: 'database connection pool',
    hint: 'No database connection could be checked out: the database is unreachable, or a test holds the sandbox connection too long. Check the database service first.'
  },
  {
    id: 'ex.econnrefused',
    category: 'service-unavailable',
    // Erlang's error atoms as clients return them: `{:error, :econnrefused}`
    // in a failed match, Mint's and HTTPoison's `reason: :econnrefused`.
    pattern:
      /(?:\breason: :(?<reason>econnrefused|nxdomain|ehostunreach)\b|no match of right hand side value: \{:error, :(?<reason2>econnrefused|nxdomain|ehostunreach)\}|\(Mint\.TransportError\) (?:connection refused|non-existing domain))/,
    needle: ['econnrefused', 'nxdomain', 'ehostunreach', 'Mint.TransportError'],
    key: 'connection refused',
    hint: 'A service the tests call was not reachable. Start it in CI before `mix test`, or stub the client.'
  },
  {
    id: 'ex.test-timeout',
    category: 'timeout',
    pattern:
      /\(ExUnit\.TimeoutError\) (?<what>test|setup_all|setup) timed out after (?<budget>\d{1,12}ms)/,
    needle: 'ExUnit.TimeoutError',
    key: '',
    hint: 'Tests ran past the ExUnit timeout, usually waiting on a process or service that never answered. Find the wait, or raise it with `@tag timeout:`.'
  },
  {
    id: 'ex.call-timeout',
    category: 'timeout',
    // A GenServer.call or Task.await that got no reply in time.
    pattern:
      /(?:exited in: (?:GenServer\.call\((?<what>[\w.:]{1,200}),|(?<what2>[\w.]{1,200})\()[^\n]{0,300}\n\s{0,20})?\*\* \(EXIT\) time out\b/,
    needle: '(EXIT) time out',
    key: '{what}',
    hint: 'A call to {what} got no reply in time: the process is blocked or waits on a dependency that is not there.'
  },
  {
    id: 'ex.env-missing',
    category: 'missing-config',
    // System.fetch_env!/1 and Application.fetch_env!/2.
    pattern:
      /(?:could not fetch environment variable "(?<var>\w{1,100})" because it is not set|could not fetch application environment (?<akey>:\w{1,100}) for application (?<app>:\w{1,100}))/,
    needle: [
      'could not fetch environment variable',
      'could not fetch application environment'
    ],
    key: '{var}{app}{akey}',
    hint: 'The setting `{var}{app}{akey}` has no value in the test environment. Set the variable in the workflow `env:` or configure it in `config/test.exs`.'
  },
  // Product signatures (ExUnit's assertion wording is `any.expected-got`'s).
  {
    id: 'ex.exception',
    category: 'crash',
    // ExUnit prints an uncaught error as `** (Type) message`.
    pattern:
      /\*\* \((?<type>(?:[A-Z]\w{0,60}\.){0,5}[A-Z]\w{0,60}(?:Error|Exception)|exit|EXIT|throw)\) /,
    needle: '** (',
    key: '',
    hint: 'An uncaught `{type}` in the code under test.'
  }
]
