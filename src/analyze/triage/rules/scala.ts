/** Scala: ScalaTest, MUnit and specs2 through sbt, Gradle or Maven (class loading is the Java table's). */
import type { Rule } from '../rule.js'

export const SCALA_RULES: Rule[] = [
  {
    id: 'scala.missing-import',
    category: 'missing-module',
    // scalac: an import names something its package does not have, usually a
    // library missing from the test dependencies.
    pattern:
      /\b(?:object|class|type) (?<name>\w{1,200}) is not a member of package (?<pkg>[\w.]{1,300})/,
    needle: 'is not a member of package',
    key: '{pkg}.{name}',
    hint: '`{pkg}.{name}` is not on the test classpath, so the tests did not compile. Add the library to `libraryDependencies` (`% Test`) or fix the import.'
  },
  {
    id: 'scala.missing-member',
    category: 'missing-attribute',
    // scalac 2 (`File.scala:12:5: value x is not a member of T`) and Scala 3
    // (the same words on an `[error]    |` line under its header).
    pattern:
      /\.scala:\d{1,7}(?::\d{1,5})?:? (?:error: )?value (?<member>\w{1,200}) is not a member of (?<type>[\w.$]{1,200})|^\[error\]\s{1,20}\|\s{0,20}value (?<member2>\w{1,200}) is not a member of (?<type2>[\w.$]{1,200})/m,
    needle: 'is not a member of',
    key: '{type}.{member}',
    hint: '`{type}` has no member `{member}`: it was renamed or removed. Restore it or update the test.'
  },
  {
    id: 'scala.compile-error',
    category: 'build-failure',
    pattern:
      /^\[error\] (?:-- (?:\[E\d{3}\] )?[\w ]{1,60}Error: )?(?<path>[^\s:]{1,300}\.scala):\d{1,7}:\d{1,5}|\.scala:\d{1,7}: error: |\(\w{0,40} ?\/ ?compileIncremental\) Compilation failed/m,
    needle: ['.scala:', 'compileIncremental'],
    key: '{path}',
    hint: 'The Scala test sources did not compile, so none of their tests ran. Fix the first compiler error.'
  },
  {
    id: 'scala.ask-timeout',
    category: 'timeout',
    // Akka and Pekko asks (classic `AskTimeoutException`, typed
    // `TimeoutException`) share this wording: the actor never replied within
    // the budget. The actor's `#uid` changes every run and is left out.
    pattern:
      /\bAsk timed out on \[(?:Actor\[)?(?<what>[^\]\s#]{1,300})(?:#-?\d{1,20})?\]{1,2} after \[(?<budget>\d{1,9} ?m?s)\]/,
    needle: 'Ask timed out on',
    key: '{what}',
    hint: 'The actor `{what}` did not reply to an ask within {budget}. Check that it handles the message and replies, or raise the ask timeout.'
  },
  // Product signatures (ScalaTest's and MUnit's assertion wording is the
  // JVM's, in `java.assertion`).
  {
    id: 'scala.exception',
    category: 'crash',
    pattern:
      /\bscala\.MatchError\b|NoSuchElementException: (?:None\.get|head of empty list|next on empty iterator|key not found: )/,
    needle: ['MatchError', 'NoSuchElementException'],
    key: '',
    hint: 'An uncaught error in the code under test (a match with no case, `None.get`, an empty collection).'
  }
]
