/** Java and Kotlin: JUnit 4/5, Surefire, Gradle, Spring, Testcontainers, JDBC drivers; the JVM assertions of ScalaTest and MUnit too. */
import type { Rule } from '../rule.js'

export const JAVA_RULES: Rule[] = [
  {
    id: 'java.class-not-found',
    category: 'missing-module',
    pattern: /ClassNotFoundException: (?<cls>[\w.$]{1,300})/,
    needle: 'ClassNotFoundException',
    key: '{cls}',
    hint: '`{cls}` is missing from the test classpath. Add the dependency (`testImplementation`, or `<scope>test</scope>` in Maven).'
  },
  {
    id: 'java.no-class-def',
    category: 'missing-module',
    pattern:
      /NoClassDefFoundError: (?!Could not initialize class )(?<cls>[\w./$]{1,300})/,
    needle: 'NoClassDefFoundError',
    key: '{cls}',
    hint: '`{cls}` could not be loaded: a classpath or version conflict, or its static initialiser failed earlier (look for `ExceptionInInitializerError`).'
  },
  {
    id: 'java.no-such-method',
    category: 'missing-attribute',
    pattern:
      /NoSuchMethodError: '?(?:[\w$.<>[\]]{1,200} )?(?<owner>[\w$.]{1,300})\.(?<meth>[\w$<>]{1,200})\(/,
    needle: 'NoSuchMethodError',
    key: '{cls}.{meth}',
    hint: 'A method the code was compiled against is absent at run time: align the dependency versions (`mvn dependency:tree`, `gradle dependencies`).'
  },
  {
    id: 'java.no-such-method-reflective',
    category: 'missing-attribute',
    // Reflection (`getMethod`) found no such method: a helper renamed or removed.
    pattern:
      /NoSuchMethodException: (?<owner>[\w$.]{1,300})\.(?<meth>[\w$<>]{1,200})\(/,
    needle: 'NoSuchMethodException',
    key: '{cls}.{meth}',
    hint: 'Tests look up `{meth}` on `{owner}`, which does not define it: the helper was renamed or removed. Restore it or update the callers.'
  },
  {
    id: 'java.no-such-file',
    category: 'missing-fixture',
    pattern: /NoSuchFileException: (?<path>[^\s]{1,300})/,
    needle: 'NoSuchFileException',
    key: '{path}',
    hint: 'The test reads `{path}`, which does not exist in CI: commit the fixture file, generate it in a setup step, or fix the path.'
  },
  {
    id: 'java.classpath-resource',
    category: 'missing-fixture',
    // Spring's ClassPathResource, and JUnit 5's `@CsvFileSource` resource check.
    pattern:
      /\b(?<path>[\w$./-]{1,300}) (?:was |is )?not found (?:on|in) the class ?path|class path resource \[(?<path2>[^\]\n]{1,300})\] cannot be opened because it does not exist|Classpath resource \[(?<path3>[^\]\n]{1,300})\] does not exist/,
    needle: ['class path', 'classpath'],
    key: '{path}{path2}{path3}',
    hint: 'The test loads the resource `{path}{path2}{path3}`, which is not on the test classpath: add it under `src/test/resources` or fix its name.'
  },
  {
    id: 'java.guava-resource',
    category: 'missing-fixture',
    // Guava's Resources.getResource.
    pattern: /\bresource (?<path>[\w$./-]{1,300}?)\.? not found\./,
    needle: 'not found',
    key: '{path}',
    hint: 'The test loads the resource `{path}`, which is not on the test classpath: add it under `src/test/resources` or fix its name.'
  },
  {
    id: 'java.parameter-resolution',
    category: 'missing-fixture',
    // JUnit 5 has no extension that supplies a constructor or method parameter.
    pattern:
      /No ParameterResolver registered for parameter \[(?<param>[^\]\n]{1,300})\]/,
    needle: 'No ParameterResolver registered',
    key: '{param}',
    hint: 'Nothing supplies the parameter `{param}`: register the extension that provides it (`@ExtendWith`) or remove the parameter.'
  },
  {
    id: 'java.junit-discovery',
    category: 'collection-error',
    // The engine or runner rejected the test class before any test ran.
    pattern:
      /TestEngine with ID '(?<engine>[\w.-]{1,100})' failed to discover tests|InvalidTestClassError: Invalid test class|(?:initializationError\((?<cls>[\w.$]{1,300})\)[^\n]{0,200}\n)?java\.lang\.Exception: (?:No runnable methods|No tests found matching|Test class should have exactly one public|Method \w{1,200}(?:\(\))? should (?:be public|be static|not be static|have no parameters|be void))|PreconditionViolationException: (?:@\w{1,40} method|Test class)/,
    needle: [
      'failed to discover tests',
      'InvalidTestClassError',
      'java.lang.Exception',
      'PreconditionViolationException'
    ],
    key: '{engine}{cls}',
    hint: 'JUnit could not use the test class (no runnable test methods, a wrong signature, or an engine that failed to discover it), so none of its tests ran. Fix the annotations and signatures, or align the JUnit versions.'
  },
  {
    id: 'java.package-missing',
    category: 'missing-module',
    // javac: an import names a package that is not on the compile classpath
    // (a dependency missing from the build, or the wrong scope).
    pattern:
      /error: package (?<pkg>[\w.]{1,300}) does not exist|error: cannot access (?<cls>[\w.]{1,300})\n\s{0,20}class file for (?<cls2>[\w.]{1,300}) not found/,
    needle: ['does not exist', 'class file for'],
    key: '{pkg}{cls}',
    hint: '`{pkg}{cls}` is not on the test compile classpath, so the tests did not compile. Add the dependency (with test scope) to the build.'
  },
  {
    id: 'java.repository-unavailable',
    category: 'service-unavailable',
    // Gradle or Maven could not download a dependency because the repository
    // failed (5xx, a refused or dropped connection, DNS): the network, not
    // the build, is what to fix. A missing artifact is `artifact-missing`.
    pattern:
      /Could not (?:GET|HEAD) 'https?:\/\/(?<host>[\w.-]{1,200})(?::\d{1,5})?[^'\s]{0,500}'\.(?: Received status code (?<code>5\d\d|429) from server|\s{0,10}\n\s{0,40}> (?:Connect to |Read timed out|Connection reset|Remote host terminated|[\w.-]{1,200}: (?:Name or service not known|Temporary failure in name resolution|nodename nor servname)))|Could not transfer artifact \S{1,300} from\/to [\w.-]{1,100} \(https?:\/\/(?<host2>[\w.-]{1,200})[^)\s]{0,300}\): (?:[^\n]{0,100}?status code: 5\d\d|Connect to |Connection refused|Connection reset|Read timed out|Remote host terminated|[\w.-]{1,200}: (?:Name or service not known|Temporary failure in name resolution))/,
    needle: [
      'Received status code',
      'Could not transfer artifact',
      'Could not GET',
      'Could not HEAD'
    ],
    key: '{host}',
    hint: 'The dependency repository `{host}` failed while the build downloaded from it, so the tests never compiled. Retry, or cache dependencies (`actions/setup-java` `cache:`) so a flaky repository does not fail the build.'
  },
  {
    id: 'java.repository-auth',
    category: 'permission-denied',
    pattern:
      /Could not (?:GET|HEAD) 'https?:\/\/(?<host>[\w.-]{1,200})[^'\s]{0,500}'\. Received status code (?<code>401|403) from server|Could not transfer artifact \S{1,300} from\/to [\w.-]{1,100} \(https?:\/\/(?<host2>[\w.-]{1,200})[^)\s]{0,300}\): [^\n]{0,100}?status code: (?<code2>401|403)/,
    needle: ['Received status code', 'Could not transfer artifact'],
    key: '{host}',
    hint: 'The dependency repository `{host}` refused the build its credentials (HTTP {code}). Pass the repository token to the job (secrets are not passed to pull requests from forks).'
  },
  {
    id: 'java.artifact-missing',
    category: 'missing-module',
    // The repository answered and has no such artifact: a wrong coordinate,
    // an unpublished version, or a repository missing from the build.
    pattern:
      /Could not find (?<module>[\w.-]{1,200}:[\w.-]{1,200}(?::[\w.+-]{1,100}){0,2})\.\s{0,10}\n\s{0,40}(?:Searched in the following locations|Required by)|Could not find artifact (?<module2>[\w.-]{1,200}:[\w.-]{1,200}(?::[\w.+-]{1,100}){1,3}) in |Failure to find (?<module3>[\w.-]{1,200}:[\w.-]{1,200}(?::[\w.+-]{1,100}){1,3}) in |The following artifacts could not be resolved: (?<module4>[\w.-]{1,200}:[\w.-]{1,200}(?::[\w.+-]{1,100}){1,3})|Plugin \[id: '(?<module5>[\w.-]{1,200})'[^\]\n]{0,200}\] was not found in any of the following sources/,
    needle: [
      'Could not find',
      'Failure to find',
      'artifacts could not be resolved',
      'was not found in any of the following sources'
    ],
    key: '{module}',
    hint: 'The dependency `{module}` does not exist in the repositories the build uses: fix its coordinates or version, publish it, or add the repository that has it.'
  },
  {
    id: 'java.compile-error',
    category: 'build-failure',
    // javac and kotlinc through Gradle or Maven, and Eclipse's compiler left in the class file.
    pattern:
      /Execution failed for task '(?<task>:[\w:-]{0,200}compile\w{0,40})'|COMPILATION ERROR|Compilation failed; see the compiler error output|Unresolved compilation problems?:|^e: (?:file:\/\/)?(?<file>[^\s:]{1,300}\.kts?):\d|\.java:\d{1,7}: error: |\.kts?:\d{1,7}:\d{1,5}: error: |\.kts?: \(\d{1,7}, \d{1,5}\) /m,
    needle: ['compil', '.kt:', '.kts:', '.java:', '.kt: (', '.kts: ('],
    key: '{task}{file}',
    hint: 'The test sources did not compile, so none of their tests ran. Fix the first compiler error.'
  },
  {
    id: 'java.socket-timeout',
    category: 'timeout',
    pattern:
      /SocketTimeoutException: (?<what>Read timed out|[Cc]onnect timed out|timeout)|ConditionTimeoutException: [^\n]{0,300}? within (?<budget>\d{1,12} \w{1,20})|TimeoutCancellationException: Timed out waiting for (?<budget2>\d{1,12} ms)/,
    needle: [
      'SocketTimeoutException',
      'ConditionTimeoutException',
      'TimeoutCancellationException'
    ],
    key: '',
    hint: 'A network call or a wait ran out of time, usually on a dependency that is not there. Start it before the tests or find the wait.'
  },
  {
    id: 'java.no-docker',
    category: 'service-unavailable',
    pattern:
      /Could not find a valid Docker environment|Docker is not available|Previous attempts to find a Docker environment failed/,
    needle: 'Docker',
    key: 'Docker',
    hint: 'There is no Docker daemon for Testcontainers. Use a runner with Docker (ubuntu-latest has it) or set `DOCKER_HOST`.'
  },
  {
    id: 'java.pgjdbc-refused',
    category: 'service-unavailable',
    pattern: /Connection to (?<host>[\w.-]{1,200}):(?<port>\d{1,5}) refused/,
    needle: 'refused',
    key: '{address}',
    hint: '{service} at `{host}:{port}` refused connections. Add it as a CI service or start it with Testcontainers.'
  },
  {
    id: 'java.netty-refused',
    category: 'service-unavailable',
    pattern:
      /Connection refused: (?:(?<hostname>[\w.-]{1,200})\/)?(?<host>[\d.]{7,15}|\[?[\da-fA-F:]{2,60}\]?):(?<port>\d{1,5})/,
    needle: 'Connection refused',
    key: '{address}',
    hint: '{service} at `{host}:{port}` refused connections. Add it as a CI service or start it with Testcontainers.'
  },
  {
    id: 'java.connect-exception',
    category: 'service-unavailable',
    pattern: /java\.net\.ConnectException: Connection refused/,
    needle: 'ConnectException',
    key: 'connection refused',
    hint: 'A service the tests need refused connections. Start it before the tests.'
  },
  {
    id: 'java.unknown-host',
    category: 'service-unavailable',
    pattern: /UnknownHostException: (?<host>[\w.-]{1,200})/,
    needle: 'UnknownHostException',
    key: '{host}',
    hint: '`{host}` does not resolve in CI. Use the service alias the CI network provides, or mock the call.'
  },
  {
    id: 'java.hikari-timeout',
    category: 'service-unavailable',
    pattern:
      /HikariPool-\d{1,4} - Connection is not available, request timed out/,
    needle: 'HikariPool',
    key: 'database connection pool',
    hint: 'No database connection could be obtained: the database is unreachable or the pool is too small.'
  },
  {
    id: 'java.spring-placeholder',
    category: 'missing-config',
    // Spring quotes the name; Micronaut writes the `${…}` expression.
    pattern:
      /Could not resolve placeholder (?:'(?<prop>[^'\n]{1,200})'|\$\{(?<prop2>[^}\s]{1,200})\})/,
    needle: 'Could not resolve placeholder',
    key: '{prop}{prop2}',
    hint: 'The property `{prop}{prop2}` is not defined for the test profile. Set it in the test configuration or the environment.'
  },
  {
    id: 'java.typesafe-config-missing',
    category: 'missing-config',
    // Typesafe/Lightbend Config (Akka, Play, Scala services): a path that no
    // loaded file, system property or environment override defines.
    pattern: /No configuration setting found for key '(?<prop>[^'\n]{1,200})'/,
    needle: 'No configuration setting found',
    key: '{prop}',
    hint: 'The configuration key `{prop}` is not set for the tests. Add it to the test `application.conf` (or `reference.conf`), or set the environment override it reads.'
  },
  {
    id: 'java.microprofile-config-missing',
    category: 'missing-config',
    // SmallRye Config (Quarkus, Helidon, Open Liberty): a required property
    // has no value in any source, so the application never started.
    pattern:
      /SRCFG00014: The config property (?<prop>[\w.\-"[\]]{1,200}) is required but it could not be found/,
    needle: 'SRCFG00014',
    key: '{prop}',
    hint: 'The property `{prop}` has no value for the tests. Set it in the test profile (`application.properties`, `%test.`) or the environment.'
  },
  {
    id: 'java.out-of-memory',
    category: 'resource-exhausted',
    pattern:
      /OutOfMemoryError: (?<kind>Java heap space|GC overhead limit exceeded|Metaspace|unable to create (?:new )?native thread|Direct buffer memory)/,
    needle: 'OutOfMemoryError',
    key: 'out of memory ({kind})',
    hint: 'The test JVM ran out of memory ({kind}). Raise `-Xmx` in `argLine`/`jvmArgs` or lower the fork count.'
  },
  {
    id: 'java.fork-died',
    category: 'resource-exhausted',
    pattern: /The forked VM terminated without properly saying goodbye/,
    needle: 'forked VM terminated',
    key: 'test JVM died',
    hint: 'The test JVM died (killed for memory or `System.exit`). Check the `*.dumpstream` files and raise the memory.'
  },
  {
    id: 'java.junit4-timeout',
    category: 'timeout',
    pattern:
      /TestTimedOutException: test timed out after (?<budget>(?<n>\d{1,12}) (?<unit>\w{1,20}))/,
    needle: 'TestTimedOutException',
    key: '',
    hint: 'Tests exceeded {n} {unit}, usually while waiting on a dependency. Find the wait or raise the timeout.'
  },
  {
    id: 'java.junit5-timeout',
    category: 'timeout',
    pattern:
      /TimeoutException: (?<method>\S{1,300}) timed out after (?<budget>(?<n>\d{1,12}) (?<unit>\w{1,20}))/,
    needle: 'timed out after',
    key: '{method}',
    hint: 'Tests exceeded {n} {unit}, usually while waiting on a dependency. Find the wait or raise the timeout.'
  },
  {
    id: 'java.access-denied',
    category: 'permission-denied',
    pattern: /AccessDeniedException: (?<path>\S{1,300})/,
    needle: 'AccessDeniedException',
    key: '{path}',
    hint: 'The runner cannot access `{path}`. Write to a temporary directory or fix the permissions.'
  },
  // Product signatures.
  {
    id: 'java.assertion',
    category: 'assertion',
    pattern:
      /AssertionFailedError|java\.lang\.AssertionError|ComparisonFailure|MultipleFailuresError|Expecting actual:|expected:<[^>\n]{0,200}> but was:<|expected: <[^>\n]{0,200}> but was: <|Expected: .{0,200}\n\s*but: |expected \[[^\]\n]{0,200}\] but found \[|Condition not satisfied:|ConditionNotSatisfiedError|WrongExceptionThrownError|Expected exception of type '[^'\n]{1,200}', but no exception was thrown|\bTestFailedException\b|\b(?:did not equal|was not equal to|did not contain (?:element|key|value|all of|the same elements)|had (?:length|size) \d{1,9} instead of expected (?:length|size)|did not (?:start|end) with|did not include substring|was not (?:empty|defined|an instance of|less than|greater than|null|true|false))\b|\bvalues are not the same\b|=> Diff \(- obtained, \+ expected\)/,
    needle: [
      'assert',
      'ComparisonFailure',
      'MultipleFailures',
      'expect',
      'Condition not satisfied',
      'ConditionNotSatisfied',
      'TestFailedException',
      'did not',
      'was not',
      'values are not the same',
      'obtained'
    ],
    key: '',
    hint: 'An expectation did not hold: look at the expected and actual values.'
  },
  {
    id: 'java.mock-verification',
    category: 'assertion',
    // Mockito's `verify` failures and MockK's `verify`: a call the test
    // expected was not made, made with other arguments, or made too often.
    pattern:
      /\bWanted but not invoked:|\bArgument\(s\) are different! Wanted:|\bNever wanted here:|\bNo interactions wanted here:|\bWanted \d{1,9} times?:|\bVerification in order failure|\b(?:TooManyActualInvocations|TooFewActualInvocations|NeverWantedButInvoked|WantedButNotInvoked|ArgumentsAreDifferent)\b|\bVerification failed: call \d{1,4} of \d{1,4}/,
    needle: [
      'Wanted',
      'Argument(s) are different',
      'ActualInvocations',
      'Verification in order',
      'Verification failed'
    ],
    key: '',
    hint: 'A call the test verifies on a mock was not made as expected: look at the wanted and actual invocations.'
  },
  {
    id: 'java.exception',
    category: 'crash',
    pattern:
      /\b(?<type>(?:java\.lang\.)?(?:NullPointerException|IllegalStateException|IllegalArgumentException|IndexOutOfBoundsException|ArrayIndexOutOfBoundsException|ClassCastException|ArithmeticException|UnsupportedOperationException|ConcurrentModificationException|NumberFormatException))\b/,
    needle: 'Exception',
    key: '',
    hint: 'An uncaught `{type}` in the code under test.'
  }
]
