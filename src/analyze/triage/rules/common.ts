/**
 * Cross-cutting rules: wording any ecosystem can produce, and skip reasons
 * that name an unavailable system. Tried after the ecosystem tables.
 */
import type { Rule } from '../rule.js'

/** Systems a skip reason or a message can name; the key is the canonical name. */
const SYSTEMS =
  'docker|podman|postgres(?:ql)?|mysql|mariadb|redis|mongo(?:db)?|kafka|rabbitmq|elasticsearch|opensearch|memcached|localstack|minio|selenium|chrome(?:driver)?|firefox|playwright|sql ?server|oracle|cassandra|zookeeper|nats|etcd|consul|vault|kubernetes|minikube|kind|gpu|cuda|network|internet|database|db|x11|display'

export const COMMON_RULES: Rule[] = [
  {
    id: 'any.socket-permission',
    category: 'permission-denied',
    // A socket that exists but refuses this user (the Docker socket without
    // the docker group) is a permission problem, not a missing service.
    pattern:
      /\bconnect (?:EACCES|EPERM) (?<path>[^\s'"]{1,300})|\bdial unix (?<path2>[^\s:]{1,300}): connect: (?:permission denied|operation not permitted)|permission denied while trying to connect to the Docker daemon socket at (?<path3>[^\s:]{1,20}:\/\/[^\s:]{1,300})/,
    needle: ['EACCES', 'EPERM', 'permission denied', 'not permitted'],
    key: '{path}{path2}{path3}',
    hint: 'The runner user may not open the socket `{path}{path2}{path3}`. Add the user to the group that owns it (for Docker: `docker`) or point the client at a socket it can use.'
  },
  {
    id: 'any.path-permission',
    category: 'permission-denied',
    // `op /path: permission denied` (Go's PathError, libc's perror, Rust's
    // io::Error Debug form): the path is what the runner may not touch.
    pattern:
      /(?<![\w./~-])[`'"]?(?<path>\/[\w./@~+-]{1,300}?)[`'"]?: (?:[Pp]ermission denied|[Oo]peration not permitted|Os \{ code: (?:1|13), kind: PermissionDenied)/,
    needle: ['permission denied', 'not permitted', 'PermissionDenied'],
    key: '{path}',
    hint: 'The runner may not use `{path}`. Point the test at a temporary directory, or fix the ownership or mode of the path in CI.'
  },
  {
    id: 'any.docker-socket-permission',
    category: 'permission-denied',
    // The Docker clients' own words for a socket they may not open: docker-java
    // (Testcontainers) `LastErrorException: [13] Permission denied`, docker-py
    // `PermissionError(13, 'Permission denied')` under `DockerException`. Tried
    // before `any.docker-daemon`: the daemon is there, this user may not use it.
    pattern:
      /\bLastErrorException: \[13\] Permission denied|\bDockerException: [^\n]{0,200}PermissionError\(13, '[Pp]ermission denied'\)/,
    // The socket rules' needle: no new word for the combined scan.
    needle: 'permission denied',
    key: 'docker.sock',
    hint: 'The runner user may not open the Docker socket. Add the user to the `docker` group (or run the tests as one that is), or point `DOCKER_HOST` at a socket it can use.'
  },
  {
    id: 'any.curl-connect',
    category: 'service-unavailable',
    // libcurl's own wording, whatever binding printed it (PHP, Ruby, R, shell).
    pattern:
      /\bFailed to connect to (?<host>[\w.-]{1,200}) port (?<port>\d{1,5})(?: after \d{1,9} ms)?: (?:Couldn't connect to server|Connection refused|No route to host|Network is unreachable)/,
    needle: 'Failed to connect to',
    key: '{address}',
    hint: 'A service the tests call was not reachable ({service}). Start it in CI before the tests.'
  },
  {
    id: 'any.docker-daemon',
    category: 'service-unavailable',
    pattern:
      /Cannot connect to the Docker daemon|docker\.sock|DockerException|error during connect: [^\n]{0,200}docker|Docker is (?:either )?not running|Is the docker daemon running|rootless Docker not found|failed to create Docker provider/i,
    needle: 'docker',
    key: 'Docker',
    hint: 'There is no Docker daemon on the runner. Use a runner with Docker or set `DOCKER_HOST`.'
  },
  {
    id: 'any.no-space',
    category: 'resource-exhausted',
    pattern: /[Nn]o space left on device|\bDisk quota exceeded\b/,
    needle: 'space left',
    key: 'disk full',
    hint: 'The runner disk is full. Free space (caches, images, build output) before the tests.'
  },
  {
    id: 'any.too-many-open-files',
    category: 'resource-exhausted',
    // The process (EMFILE) or the system (ENFILE) ran out of file
    // descriptors: Node's codes, and errno 24 and 23 as Python, the JVM, Go
    // and libc word them (`Too many open files`, `… in system`).
    pattern: /\b(?:EMFILE|ENFILE)\b|[Tt]oo many open files/,
    needle: ['emfile', 'enfile', 'too many open files'],
    key: 'open files',
    hint: 'The tests ran out of file descriptors: files, sockets or watchers left open, or a low `ulimit -n`. Close what the tests open (and stop watchers in CI), or raise the limit.'
  },
  {
    id: 'any.killed',
    category: 'resource-exhausted',
    pattern:
      /\bexit (?:code|value|status):? 137\b|\bSIGKILL\b|\bOOMKilled\b|\bout of memory\b|\bCannot allocate memory\b|\bENOMEM\b/i,
    needle: [
      'exit code 137',
      'exit value 137',
      'exit status 137',
      'SIGKILL',
      'OOMKilled',
      'out of memory',
      'Cannot allocate memory',
      'ENOMEM'
    ],
    key: 'out of memory',
    hint: 'The process was killed, most likely out of memory. Reduce parallelism or use a larger runner.'
  },
  {
    id: 'any.rate-limited',
    category: 'service-unavailable',
    pattern: /API rate limit exceeded|\b429 Too Many Requests\b/,
    needle: ['rate limit', '429 Too Many'],
    key: 'rate limit',
    hint: 'An external API rate-limited the tests. Mock it or authenticate with a token.'
  },
  {
    id: 'any.bad-gateway',
    category: 'service-unavailable',
    // A dependency answered 502/503/504, as HTTP clients word it: requests
    // (`503 Server Error: Service Unavailable`), urllib (`HTTP Error 503`),
    // axios (`status code 503`), .NET (`503 (Service Unavailable)`). A test
    // that compares status codes words them as values (`got 503`), not this.
    pattern:
      /\b(?<code>50[234])(?: Server Error:| \(|:)? ?(?:Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out)\b|\bHTTP Error (?<code2>50[234])\b|\b[Rr]equest failed with status code (?<code3>50[234])\b/i,
    needle: [
      'bad gateway',
      'unavailable',
      'gateway time',
      'http error 50',
      'status code 50'
    ],
    key: 'HTTP {code}',
    hint: 'A dependency answered HTTP {code}: it was down or still starting. Wait for its health check before the tests.'
  },
  {
    id: 'any.tls-untrusted',
    category: 'service-unavailable',
    // The service answered but its certificate is not trusted on the runner
    // (an internal CA, a self-signed or expired certificate): Go's x509,
    // OpenSSL through Python and curl, Node's error codes, the JVM's PKIX and
    // .NET's SslStream.
    pattern:
      /\bx509: certificate (?:signed by unknown authority|has expired|is not valid|is valid for)|tls: failed to verify certificate|CERTIFICATE_VERIFY_FAILED|PKIX path building failed|unable to find valid certification path|\b(?:UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|CERT_HAS_EXPIRED|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\b|self[- ]signed certificate in certificate chain|unable to get local issuer certificate|SSL certificate problem: |The remote certificate is invalid/,
    needle: [
      'x509: certificate',
      'failed to verify certificate',
      'certificate_verify_failed',
      'pkix path building',
      'certification path',
      'unable_to_verify_leaf',
      'self_signed_cert',
      'cert_has_expired',
      'unable_to_get_issuer',
      'local issuer certificate',
      'self-signed certificate',
      'self signed certificate',
      'ssl certificate problem',
      'remote certificate is invalid'
    ],
    key: 'TLS certificate',
    hint: 'The TLS handshake failed: the runner does not trust the certificate the service presented (an internal CA, a self-signed or expired certificate). Install the CA on the runner or point the test at an endpoint with a trusted certificate.'
  },
  {
    id: 'any.browser-net-error',
    category: 'service-unavailable',
    // Chromium (Playwright, Puppeteer, Selenium) and Firefox name a page that
    // could not be reached by its network error code.
    pattern:
      /\bnet::ERR_(?<reason>CONNECTION_REFUSED|CONNECTION_RESET|NAME_NOT_RESOLVED|ADDRESS_UNREACHABLE|CONNECTION_TIMED_OUT|EMPTY_RESPONSE)\b|\bNS_ERROR_(?<reason2>CONNECTION_REFUSED|UNKNOWN_HOST|NET_RESET)\b|Cypress could not verify that this server is running/,
    needle: ['net::err_', 'ns_error_', 'could not verify that this server'],
    key: 'the application under test',
    hint: 'The browser could not reach the page: the application (or the service it loads) was not running. Start it and wait until it answers (`webServer`, `wait-on`) before the tests.'
  },
  {
    id: 'any.libpq-refused-host',
    category: 'service-unavailable',
    // libpq before PostgreSQL 14 names the address on a line of its own;
    // psycopg2, the pg gem and PHP's pdo_pgsql all pass it through.
    pattern:
      /could not connect to server: (?:Connection refused|Connection timed out|No route to host)\s{0,20}\n?\s{0,20}Is the server running on host "(?<host>[^"\n]{1,200})"(?: \([^)\n]{1,100}\))? and accepting\s{1,20}TCP\/IP connections on port (?<port>\d{2,5})/,
    needle: 'could not connect to server',
    key: '{address}',
    hint: 'PostgreSQL at `{host}:{port}` is not reachable. Add a postgres service with a health check and point the tests at it.'
  },
  {
    id: 'any.database-missing',
    category: 'missing-config',
    // The database server answered but the test database was never created
    // (PostgreSQL through any driver, MySQL's ER_BAD_DB_ERROR).
    pattern:
      /\bdatabase "(?<db>[\w.-]{1,100})" does not exist|\bUnknown database '(?<db2>[\w.-]{1,100})'/,
    needle: ['does not exist', 'Unknown database'],
    key: 'database {db}',
    hint: "The test database `{db}` does not exist on the server. Create it in the CI setup (`createdb`, `mix ecto.create`, `rails db:create`, the service's `POSTGRES_DB`) before the tests."
  },
  {
    id: 'any.env-var-not-found',
    category: 'missing-config',
    // Prisma's and Symfony's wording, with or without quotes.
    pattern:
      /\bEnvironment variable not found: "?(?<var>[A-Z][A-Z0-9_]{1,100})\b/,
    needle: 'Environment variable not found',
    key: '{var}',
    hint: 'The environment variable `{var}` is not set. Set it in the workflow `env:` or secrets (secrets are not passed to pull requests from forks).'
  },
  {
    id: 'any.env-var-not-set',
    category: 'missing-config',
    pattern:
      /(?:env(?:ironment)? ?var(?:iable)?|secret|setting)s? [`'"]?(?<var>[A-Z][A-Z0-9_]{2,100})[`'"]? (?:is )?(?:not set|missing|required|undefined|empty)/i,
    needle: ['env', 'secret', 'setting'],
    key: '{var}',
    hint: 'The variable `{var}` is not set. Set it in the workflow `env:` or secrets (secrets are not passed to pull requests from forks).'
  },
  {
    id: 'any.missing-env-var',
    category: 'missing-config',
    pattern:
      /\b(?:[Mm]issing|[Rr]equired|[Nn]o)\b[^\n]{0,30}?\b(?:env(?:ironment)? ?var(?:iable)?|secret|setting)s?:? [`'"]?(?<var>[A-Z][A-Z0-9_]{2,100})/,
    needle: ['env', 'secret', 'setting'],
    key: '{var}',
    hint: 'The variable `{var}` is not set. Set it in the workflow `env:` or secrets (secrets are not passed to pull requests from forks).'
  },
  {
    id: 'any.var-not-set',
    category: 'missing-config',
    pattern:
      /\b(?<var>[A-Z][A-Z0-9]{1,40}_[A-Z0-9_]{1,60}) (?:is )?(?:not set|missing|is required|must be set(?! to\b)|must be set to (?:run|use|enable|execute|test)\b|undefined)\b|\b(?<var2>[A-Z][A-Z0-9_]{1,100})[`'"]? env(?:ironment)? ?var(?:iable)? (?:is )?(?:not set|unset|missing|required|undefined|empty|must be set)\b|\$(?<var3>[A-Z][A-Z0-9_]{1,100}) (?:is )?(?:not set|unset|empty|missing)\b/,
    // `X must be set to run …` says why it is needed (`X must be set to true`
    // is a value); `X environment variable is empty` and `$X is empty`
    // (Go, Node and shell-style test output) name the variable first.
    needle: [
      'not set',
      'unset',
      'missing',
      'required',
      'must be set',
      'undefined',
      'empty'
    ],
    key: '{var}{var2}{var3}',
    hint: 'The variable `{var}` is not set. Set it in the workflow `env:` or secrets (secrets are not passed to pull requests from forks).'
  },
  {
    id: 'any.config-file-missing',
    category: 'missing-config',
    pattern:
      /(?:config(?:uration)?|settings|\.env) file [`'"]?(?<file>[^\s`'"]{1,200})[`'"]? (?:not found|does not exist|is missing)|ENOENT: no such file or directory, open '(?<file2>[^'\n]{0,200}(?:\.env|config|settings|credentials)[^'\n]{0,100})'/i,
    needle: ['file', 'ENOENT'],
    key: '{file}{file2}',
    hint: 'A configuration file the tests read is missing in CI. Create it in a setup step or commit a test default.'
  },
  {
    id: 'any.test-worker-exited',
    category: 'unknown',
    // The runner's worker process died and the report says no more than that
    // (Playwright, vitest, jest, pytest-xdist): the cause is in the job log,
    // not the report. An exit by SIGKILL or out of memory is the memory rule's.
    pattern:
      /\b[Ww]orker process exited unexpectedly|\bWorker exited unexpectedly|\bchild process exceptions, exceeding retry limit|\bworker '\w{1,40}' crashed while running/,
    needle: [
      'exited unexpectedly',
      'exceeding retry limit',
      'crashed while running'
    ],
    key: '',
    hint: "The test runner's worker process exited without reporting why. Read the job log around it (a crash in native code, `process.exit()` in a test, memory) or rerun with one worker.",
    tier: 'text'
  },
  {
    id: 'any.file-not-found',
    category: 'missing-fixture',
    // A data file the test reads is absent: the key is the path as the test wrote it.
    pattern:
      /ENOENT: no such file or directory, open '(?<path>[^'\n]{1,300})'|open (?<path2>[^\s:]{1,300}): no such file or directory|No such file or directory(?: @ \w{1,40})? - (?<path3>[^\s]{1,300})|\[Errno 2\] No such file or directory: '(?<path4>[^'\n]{1,300})'|(?<path5>[^\s(]{1,300}) \(No such file or directory\)|(?:cannot|could not|Cannot|Could not|failed to|Failed to) open (?:file )?[`'"]?(?<path6>[\w./-]{1,300})[`'"]?[:,]? (?:No such file|\(No such file)|FileNotFoundException: (?<path7>[^\s(]{1,300})|Failed to open stream: No such file or directory[^\n]{0,50}?'(?<path8>[^'\n]{1,300})'|file_get_contents\((?<path9>[^)\n]{1,300})\): Failed to open stream/,
    needle: ['no such file', 'ENOENT', 'FileNotFoundException'],
    key: '{path}',
    hint: 'The test reads `{path}`, which does not exist in CI: commit the fixture file, generate it in a setup step, or fix the path.',
    tier: 'text'
  },
  {
    id: 'any.mysql-cant-connect',
    category: 'service-unavailable',
    // libmysqlclient's wording, shared by mysql2 (Ruby), mysqlclient (Python), PHP and the CLI.
    pattern:
      /Can't connect to (?:local )?MySQL server(?: on '(?<host>[\w.-]{1,200})(?::(?<port>\d{2,5}))?')?|Can't connect to server on '(?<host2>[\w.-]{1,200})'/,
    needle: "can't connect to",
    key: 'MySQL',
    hint: 'MySQL is not reachable. Add a mysql service with a health check and check the host and port the tests use.'
  },
  {
    id: 'any.connection-refused',
    category: 'service-unavailable',
    pattern:
      /(?<host>localhost|127\.0\.0\.1|\[?::1\]?|[\w-]{1,100}(?:\.[\w-]{1,100}){0,10}):(?<port>\d{2,5})[^\n]{0,200}?(?:[Cc]onnection refused|ECONNREFUSED|not reachable|unreachable)|(?:[Cc]onnection refused|ECONNREFUSED|[Cc]ould not connect to)[^\n]{0,200}?(?<host2>localhost|127\.0\.0\.1|\[?::1\]?|[\w-]{1,100}(?:\.[\w-]{1,100}){0,10}):(?<port2>\d{2,5})/,
    needle: ['refused', 'unreachable', 'could not connect', 'not reachable'],
    key: '{address}',
    hint: '{service} refused connections. Start it in CI before the tests (a `services:` container or compose with a health check).',
    tier: 'text'
  },
  {
    id: 'any.connection-refused-bare',
    category: 'service-unavailable',
    pattern:
      /\b(?:[Cc]onnection refused|[Cc]onnection reset by peer|ConnectionRefusedError|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known)\b/,
    needle: [
      'refused',
      'no such host is known',
      'reset by peer',
      'service not known',
      'name resolution',
      'nodename nor servname'
    ],
    key: 'connection refused',
    hint: 'A service the tests need was not reachable. Start it in CI before the tests.',
    tier: 'text'
  },
  {
    id: 'any.timeout-waiting',
    category: 'timeout',
    // "timeout waiting for label", "timed out waiting for the broker": the thing waited on is the key.
    pattern:
      /\b(?:[Tt]imeout|[Tt]imed out) (?:while )?waiting for (?:the |a |an )?(?<what>[\w.:/-]{1,100}(?: [\w.:/-]{1,100}){0,3}?)(?= after\b| to\b| within\b|[\s,.;:()]|$)/,
    needle: ['waiting for'],
    key: '{what}',
    hint: 'Tests gave up waiting for {what}, usually a dependency that is not there. Start it before the tests or find the wait.',
    tier: 'text'
  },
  {
    id: 'any.ui-element-not-found',
    category: 'assertion',
    // A UI query that found nothing is the test's expectation of the page
    // failing: Testing Library, Capybara, Selenium, Cypress.
    pattern:
      /\bUnable to find (?:an? )?(?:accessible )?(?:element|role|label|button|link|field|fillable field|css|xpath|visible (?:css|xpath|button|link|field)|option|select box|checkbox|radio button|file field|link or button|table|frame)\b|Capybara::ElementNotFound|Capybara::ExpectationNotMet|\bexpected (?:not )?to find (?:exact )?(?:text|visible \w{1,20}|css|xpath|button|link|field|option|select box|table|content)\b|no such element: Unable to locate element|Expected to find (?:element|content): [^\n]{0,300}but never found it|\belement with '[^'\n]{1,300}' was not found\./,
    needle: [
      'unable to find',
      'elementnotfound',
      'expectationnotmet',
      'to find',
      'unable to locate element',
      'but never found it',
      'was not found.'
    ],
    key: '',
    hint: 'The page did not show what the test looked for: an element, label or text the UI should render is missing.'
  },
  {
    id: 'any.expected-got',
    category: 'assertion',
    // Hand-written checks in any language ("expected 3 fields, got 4"), and
    // the fixed wording of frameworks whose failures carry no assertion type:
    // ExUnit (`Assertion with == failed`, `assert_receive`), XCTest
    // (`XCTAssertEqual failed`, `XCTFail` as `failed - …`) and Swift Testing
    // (`Expectation failed:`). One rule, not one per table: the assertion
    // rules are few enough to be checked without the catalog's needle scan.
    pattern:
      /\b(?:[Ee]xpected|[Ww]anted)\b[^\n]{1,300}?[,;]? (?:but )?(?:got|was|found|received)\b|\bAssertion with (?:===?|!==?|=~|[<>]=?|in|=) failed|\bExpected (?:truthy, got (?:false|nil)|false or nil, got )|Assertion failed, no matching message after \d{1,9}ms|\bNo message matching [^\n]{0,300} after \d{1,9}ms|\bmatch \(=\) failed|\bExpected exception [\w.]{1,200} but nothing was raised|\bXCT(?:Assert\w{0,30}|Unwrap|Fail) failed\b|\.swift:\d{1,7}: error: [^\n]{0,300}? : failed - |\bExpectation failed: /,
    needle: [
      'expected',
      'wanted',
      'assertion with',
      'no matching message',
      'no message matching',
      'match (=) failed',
      'xct',
      'failed - ',
      'expectation failed'
    ],
    key: '',
    hint: 'An expectation did not hold: look at the expected and actual values.',
    tier: 'text'
  },
  {
    id: 'any.timed-out',
    category: 'timeout',
    pattern:
      /\b(?:TimeoutError|socket\.timeout|ReadTimeout|ConnectTimeout(?:Error)?|timed out after|deadline exceeded|context deadline exceeded)\b/i,
    needle: ['timeout', 'timed out', 'deadline exceeded'],
    key: '',
    hint: 'An operation timed out, usually waiting on a dependency that is not there. Find the wait or raise the timeout.',
    tier: 'text'
  },
  {
    id: 'any.permission-denied',
    category: 'permission-denied',
    pattern:
      /\b(?:[Pp]ermission denied|Operation not permitted|AccessDenied|403 Forbidden|401 Unauthorized)\b/,
    needle: [
      'permission denied',
      'not permitted',
      'AccessDenied',
      '403 Forbidden',
      '401 Unauthorized'
    ],
    key: 'permission denied',
    hint: 'The runner lacks a permission or credential (pull requests from forks get no secrets). Grant it or skip the test explicitly.',
    tier: 'text'
  },
  // Skip reasons: only tried on skipped tests.
  {
    id: 'skip.requires-system',
    category: 'service-unavailable',
    pattern: new RegExp(
      `\\b(?:requires?|needs?|without|no)\\s(?:an? )?(?:running |live |local |reachable )?(?<system>${SYSTEMS})\\b`,
      'i'
    ),
    needle: '',
    key: '{system}',
    hint: 'Tests are skipped because {system} is not available in CI, so their coverage is silently lost. Provide it (a `services:` container) or mark the tests explicitly.',
    scope: 'skip'
  },
  {
    id: 'skip.system-unavailable',
    category: 'service-unavailable',
    pattern: new RegExp(
      `\\b(?<system>${SYSTEMS})\\b[^\\n]{0,80}?\\b(?:is )?(?:not available|unavailable|not reachable|not running|could not be reached|not installed|not found|cannot be reached|is down)\\b`,
      'i'
    ),
    needle: '',
    key: '{system}',
    hint: 'Tests are skipped because {system} is not available in CI, so their coverage is silently lost. Provide it (a `services:` container) or mark the tests explicitly.',
    scope: 'skip'
  },
  {
    id: 'skip.requires-address',
    category: 'service-unavailable',
    // "Requires the Azurite emulator on 127.0.0.1:10000": a skip that names
    // the address of what it waits for, whatever the service is called. A
    // named host needs a port of three digits or more (`node:18` is an image).
    pattern:
      /\b(?:[Rr]equires?|[Nn]eeds?|[Ww]ithout|[Nn]o)\b[^\n]{0,120}?(?<host>localhost|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[[\da-fA-F:]{2,60}\]):(?<port>\d{2,5})\b|\b(?:[Rr]equires?|[Nn]eeds?|[Ww]ithout|[Nn]o)\b[^\n]{0,120}?\b(?<host2>[a-z][\w-]{0,62}(?:\.[\w-]{1,63}){0,10}):(?<port2>\d{3,5})\b/,
    needle: '',
    key: '{address}',
    hint: 'Tests are skipped because nothing answers at `{host}:{port}` ({service}) in CI, so their coverage is silently lost. Provide it (a `services:` container) or mark the tests explicitly.',
    scope: 'skip'
  },
  {
    id: 'skip.requires-module',
    category: 'missing-module',
    // "requires psycopg2": a reason that is only a package name the test needs.
    pattern:
      /^\s*(?:[Rr]equires?|[Nn]eeds?) (?:the )?(?:module |package |library )?[`'"]?(?<module>[a-z_][\w.-]{1,100})[`'"]?(?: (?:module|package|library)| to be installed)?\s*$/m,
    needle: ['require', 'need'],
    key: '{module}',
    hint: 'Tests are skipped because `{module}` is not installed in CI, so their coverage is silently lost. Add it to the test dependencies.',
    scope: 'skip'
  },
  {
    id: 'skip.module-not-installed',
    category: 'missing-module',
    // "lxml is not installed", "the pdo_pgsql extension is required": a
    // reason that is only a package or extension the test needs. A system
    // (`redis is not installed`) is the service rules'.
    pattern: new RegExp(
      `^[ \\t]{0,20}(?:the )?(?!(?:${SYSTEMS})\\b)[\`'"]?(?<module>[a-z_][\\w.-]{1,100})[\`'"]? (?:(?:module|package|library|extension|gem) )?(?:is )?(?:not installed|required|not importable|missing)\\.?[ \\t]{0,20}$`,
      'm'
    ),
    needle: ['installed', 'required', 'importable', 'missing'],
    key: '{module}',
    hint: 'Tests are skipped because `{module}` is not installed in CI, so their coverage is silently lost. Add it to the test dependencies.',
    scope: 'skip'
  },
  {
    id: 'skip.named-unavailable',
    category: 'service-unavailable',
    // "Open MPI is not available": a reason that starts with the name of
    // what is missing, whatever it is called (known systems are the rules
    // above's); its name keys the finding.
    pattern:
      /^[ \t]{0,20}(?:[Tt]he )?(?<system>[A-Z][\w.+/-]{0,40}(?: [A-Za-z][\w.+/-]{0,40}){0,3}?) (?:is |are )?(?:not available|unavailable|not reachable|not running)\b/m,
    needle: ['available', 'reachable', 'running'],
    key: '{system}',
    hint: 'Tests are skipped because {system} is not available in CI, so their coverage is silently lost. Provide it or mark the tests explicitly.',
    scope: 'skip'
  },
  {
    id: 'skip.unavailable',
    category: 'service-unavailable',
    pattern:
      /\b(?:system unavailable|not available|unavailable|could not connect|not reachable|not running|no network|requires? (?:a )?(?:running|live) )/i,
    needle: '',
    key: 'unavailable system',
    hint: 'Tests are skipped because something they need is not available in CI, so their coverage is silently lost. Provide it or mark the tests explicitly.',
    scope: 'skip'
  },
  {
    id: 'skip.missing-config',
    category: 'missing-config',
    pattern:
      /\b(?<var>[A-Z][A-Z0-9_]{2,100})\b[^\n]{0,40}?\b(?:not set|is not set|missing|not configured|not defined)\b|\bmissing (?:credentials|secrets?|env(?:ironment)? var(?:iable)?s?|api key)\b/,
    needle: '',
    key: '{var}',
    hint: 'Tests are skipped because `{var}` is not configured in CI. Set it in the workflow `env:` or secrets.',
    scope: 'skip'
  }
]
