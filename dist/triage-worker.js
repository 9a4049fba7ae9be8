import { parentPort } from 'node:worker_threads';

/**
 * The one model every report format is read into. Parsers produce it, the
 * analysis reads it, nothing else. Text fields are bounded at parse time so a
 * hostile 20 MB message can never reach the renderers.
 */
/** Bounds applied while parsing; a report can never make us keep more than this. */
function ownString(text) {
    // Joining writes one new flat string: one object to keep per value, where
    // a concatenation would link to `text` and slicing it would share it.
    // (V8 copies strings shorter than 13 characters when slicing anyway.)
    return text === null || text.length < 13
        ? text
        : [text.slice(0, 1), text.slice(1)].join('');
}

/** Systems a skip reason or a message can name; the key is the canonical name. */
const SYSTEMS = 'docker|podman|postgres(?:ql)?|mysql|mariadb|redis|mongo(?:db)?|kafka|rabbitmq|elasticsearch|opensearch|memcached|localstack|minio|selenium|chrome(?:driver)?|firefox|playwright|sql ?server|oracle|cassandra|zookeeper|nats|etcd|consul|vault|kubernetes|minikube|kind|gpu|cuda|network|internet|database|db|x11|display';
const COMMON_RULES = [
    {
        id: 'any.socket-permission',
        category: 'permission-denied',
        // A socket that exists but refuses this user (the Docker socket without
        // the docker group) is a permission problem, not a missing service.
        pattern: /\bconnect (?:EACCES|EPERM) (?<path>[^\s'"]{1,300})|\bdial unix (?<path2>[^\s:]{1,300}): connect: (?:permission denied|operation not permitted)|permission denied while trying to connect to the Docker daemon socket at (?<path3>[^\s:]{1,20}:\/\/[^\s:]{1,300})/,
        needle: ['EACCES', 'EPERM', 'permission denied', 'not permitted'],
        key: '{path}{path2}{path3}',
        hint: 'The runner user may not open the socket `{path}{path2}{path3}`. Add the user to the group that owns it (for Docker: `docker`) or point the client at a socket it can use.'
    },
    {
        id: 'any.path-permission',
        category: 'permission-denied',
        // `op /path: permission denied` (Go's PathError, libc's perror, Rust's
        // io::Error Debug form): the path is what the runner may not touch.
        pattern: /(?<![\w./~-])[`'"]?(?<path>\/[\w./@~+-]{1,300}?)[`'"]?: (?:[Pp]ermission denied|[Oo]peration not permitted|Os \{ code: (?:1|13), kind: PermissionDenied)/,
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
        pattern: /\bLastErrorException: \[13\] Permission denied|\bDockerException: [^\n]{0,200}PermissionError\(13, '[Pp]ermission denied'\)/,
        // The socket rules' needle: no new word for the combined scan.
        needle: 'permission denied',
        key: 'docker.sock',
        hint: 'The runner user may not open the Docker socket. Add the user to the `docker` group (or run the tests as one that is), or point `DOCKER_HOST` at a socket it can use.'
    },
    {
        id: 'any.curl-connect',
        category: 'service-unavailable',
        // libcurl's own wording, whatever binding printed it (PHP, Ruby, R, shell).
        pattern: /\bFailed to connect to (?<host>[\w.-]{1,200}) port (?<port>\d{1,5})(?: after \d{1,9} ms)?: (?:Couldn't connect to server|Connection refused|No route to host|Network is unreachable)/,
        needle: 'Failed to connect to',
        key: '{address}',
        hint: 'A service the tests call was not reachable ({service}). Start it in CI before the tests.'
    },
    {
        id: 'any.docker-daemon',
        category: 'service-unavailable',
        pattern: /Cannot connect to the Docker daemon|docker\.sock|DockerException|error during connect: [^\n]{0,200}docker|Docker is (?:either )?not running|Is the docker daemon running|rootless Docker not found|failed to create Docker provider/i,
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
        pattern: /\bexit (?:code|value|status):? 137\b|\bSIGKILL\b|\bOOMKilled\b|\bout of memory\b|\bCannot allocate memory\b|\bENOMEM\b/i,
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
        pattern: /\b(?<code>50[234])(?: Server Error:| \(|:)? ?(?:Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out)\b|\bHTTP Error (?<code2>50[234])\b|\b[Rr]equest failed with status code (?<code3>50[234])\b/i,
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
        pattern: /\bx509: certificate (?:signed by unknown authority|has expired|is not valid|is valid for)|tls: failed to verify certificate|CERTIFICATE_VERIFY_FAILED|PKIX path building failed|unable to find valid certification path|\b(?:UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|CERT_HAS_EXPIRED|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\b|self[- ]signed certificate in certificate chain|unable to get local issuer certificate|SSL certificate problem: |The remote certificate is invalid/,
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
        pattern: /\bnet::ERR_(?<reason>CONNECTION_REFUSED|CONNECTION_RESET|NAME_NOT_RESOLVED|ADDRESS_UNREACHABLE|CONNECTION_TIMED_OUT|EMPTY_RESPONSE)\b|\bNS_ERROR_(?<reason2>CONNECTION_REFUSED|UNKNOWN_HOST|NET_RESET)\b|Cypress could not verify that this server is running/,
        needle: ['net::err_', 'ns_error_', 'could not verify that this server'],
        key: 'the application under test',
        hint: 'The browser could not reach the page: the application (or the service it loads) was not running. Start it and wait until it answers (`webServer`, `wait-on`) before the tests.'
    },
    {
        id: 'any.libpq-refused-host',
        category: 'service-unavailable',
        // libpq before PostgreSQL 14 names the address on a line of its own;
        // psycopg2, the pg gem and PHP's pdo_pgsql all pass it through.
        pattern: /could not connect to server: (?:Connection refused|Connection timed out|No route to host)\s{0,20}\n?\s{0,20}Is the server running on host "(?<host>[^"\n]{1,200})"(?: \([^)\n]{1,100}\))? and accepting\s{1,20}TCP\/IP connections on port (?<port>\d{2,5})/,
        needle: 'could not connect to server',
        key: '{address}',
        hint: 'PostgreSQL at `{host}:{port}` is not reachable. Add a postgres service with a health check and point the tests at it.'
    },
    {
        id: 'any.database-missing',
        category: 'missing-config',
        // The database server answered but the test database was never created
        // (PostgreSQL through any driver, MySQL's ER_BAD_DB_ERROR).
        pattern: /\bdatabase "(?<db>[\w.-]{1,100})" does not exist|\bUnknown database '(?<db2>[\w.-]{1,100})'/,
        needle: ['does not exist', 'Unknown database'],
        key: 'database {db}',
        hint: "The test database `{db}` does not exist on the server. Create it in the CI setup (`createdb`, `mix ecto.create`, `rails db:create`, the service's `POSTGRES_DB`) before the tests."
    },
    {
        id: 'any.env-var-not-found',
        category: 'missing-config',
        // Prisma's and Symfony's wording, with or without quotes.
        pattern: /\bEnvironment variable not found: "?(?<var>[A-Z][A-Z0-9_]{1,100})\b/,
        needle: 'Environment variable not found',
        key: '{var}',
        hint: 'The environment variable `{var}` is not set. Set it in the workflow `env:` or secrets (secrets are not passed to pull requests from forks).'
    },
    {
        id: 'any.env-var-not-set',
        category: 'missing-config',
        pattern: /(?:env(?:ironment)? ?var(?:iable)?|secret|setting)s? [`'"]?(?<var>[A-Z][A-Z0-9_]{2,100})[`'"]? (?:is )?(?:not set|missing|required|undefined|empty)/i,
        needle: ['env', 'secret', 'setting'],
        key: '{var}',
        hint: 'The variable `{var}` is not set. Set it in the workflow `env:` or secrets (secrets are not passed to pull requests from forks).'
    },
    {
        id: 'any.missing-env-var',
        category: 'missing-config',
        pattern: /\b(?:[Mm]issing|[Rr]equired|[Nn]o)\b[^\n]{0,30}?\b(?:env(?:ironment)? ?var(?:iable)?|secret|setting)s?:? [`'"]?(?<var>[A-Z][A-Z0-9_]{2,100})/,
        needle: ['env', 'secret', 'setting'],
        key: '{var}',
        hint: 'The variable `{var}` is not set. Set it in the workflow `env:` or secrets (secrets are not passed to pull requests from forks).'
    },
    {
        id: 'any.var-not-set',
        category: 'missing-config',
        pattern: /\b(?<var>[A-Z][A-Z0-9]{1,40}_[A-Z0-9_]{1,60}) (?:is )?(?:not set|missing|is required|must be set(?! to\b)|must be set to (?:run|use|enable|execute|test)\b|undefined)\b|\b(?<var2>[A-Z][A-Z0-9_]{1,100})[`'"]? env(?:ironment)? ?var(?:iable)? (?:is )?(?:not set|unset|missing|required|undefined|empty|must be set)\b|\$(?<var3>[A-Z][A-Z0-9_]{1,100}) (?:is )?(?:not set|unset|empty|missing)\b/,
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
        pattern: /(?:config(?:uration)?|settings|\.env) file [`'"]?(?<file>[^\s`'"]{1,200})[`'"]? (?:not found|does not exist|is missing)|ENOENT: no such file or directory, open '(?<file2>[^'\n]{0,200}(?:\.env|config|settings|credentials)[^'\n]{0,100})'/i,
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
        pattern: /\b[Ww]orker process exited unexpectedly|\bWorker exited unexpectedly|\bchild process exceptions, exceeding retry limit|\bworker '\w{1,40}' crashed while running/,
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
        pattern: /ENOENT: no such file or directory, open '(?<path>[^'\n]{1,300})'|open (?<path2>[^\s:]{1,300}): no such file or directory|No such file or directory(?: @ \w{1,40})? - (?<path3>[^\s]{1,300})|\[Errno 2\] No such file or directory: '(?<path4>[^'\n]{1,300})'|(?<path5>[^\s(]{1,300}) \(No such file or directory\)|(?:cannot|could not|Cannot|Could not|failed to|Failed to) open (?:file )?[`'"]?(?<path6>[\w./-]{1,300})[`'"]?[:,]? (?:No such file|\(No such file)|FileNotFoundException: (?<path7>[^\s(]{1,300})|Failed to open stream: No such file or directory[^\n]{0,50}?'(?<path8>[^'\n]{1,300})'|file_get_contents\((?<path9>[^)\n]{1,300})\): Failed to open stream/,
        needle: ['no such file', 'ENOENT', 'FileNotFoundException'],
        key: '{path}',
        hint: 'The test reads `{path}`, which does not exist in CI: commit the fixture file, generate it in a setup step, or fix the path.',
        tier: 'text'
    },
    {
        id: 'any.mysql-cant-connect',
        category: 'service-unavailable',
        // libmysqlclient's wording, shared by mysql2 (Ruby), mysqlclient (Python), PHP and the CLI.
        pattern: /Can't connect to (?:local )?MySQL server(?: on '(?<host>[\w.-]{1,200})(?::(?<port>\d{2,5}))?')?|Can't connect to server on '(?<host2>[\w.-]{1,200})'/,
        needle: "can't connect to",
        key: 'MySQL',
        hint: 'MySQL is not reachable. Add a mysql service with a health check and check the host and port the tests use.'
    },
    {
        id: 'any.connection-refused',
        category: 'service-unavailable',
        pattern: /(?<host>localhost|127\.0\.0\.1|\[?::1\]?|[\w-]{1,100}(?:\.[\w-]{1,100}){0,10}):(?<port>\d{2,5})[^\n]{0,200}?(?:[Cc]onnection refused|ECONNREFUSED|not reachable|unreachable)|(?:[Cc]onnection refused|ECONNREFUSED|[Cc]ould not connect to)[^\n]{0,200}?(?<host2>localhost|127\.0\.0\.1|\[?::1\]?|[\w-]{1,100}(?:\.[\w-]{1,100}){0,10}):(?<port2>\d{2,5})/,
        needle: ['refused', 'unreachable', 'could not connect', 'not reachable'],
        key: '{address}',
        hint: '{service} refused connections. Start it in CI before the tests (a `services:` container or compose with a health check).',
        tier: 'text'
    },
    {
        id: 'any.connection-refused-bare',
        category: 'service-unavailable',
        pattern: /\b(?:[Cc]onnection refused|[Cc]onnection reset by peer|ConnectionRefusedError|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known)\b/,
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
        pattern: /\b(?:[Tt]imeout|[Tt]imed out) (?:while )?waiting for (?:the |a |an )?(?<what>[\w.:/-]{1,100}(?: [\w.:/-]{1,100}){0,3}?)(?= after\b| to\b| within\b|[\s,.;:()]|$)/,
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
        pattern: /\bUnable to find (?:an? )?(?:accessible )?(?:element|role|label|button|link|field|fillable field|css|xpath|visible (?:css|xpath|button|link|field)|option|select box|checkbox|radio button|file field|link or button|table|frame)\b|Capybara::ElementNotFound|Capybara::ExpectationNotMet|\bexpected (?:not )?to find (?:exact )?(?:text|visible \w{1,20}|css|xpath|button|link|field|option|select box|table|content)\b|no such element: Unable to locate element|Expected to find (?:element|content): [^\n]{0,300}but never found it|\belement with '[^'\n]{1,300}' was not found\./,
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
        pattern: /\b(?:[Ee]xpected|[Ww]anted)\b[^\n]{1,300}?[,;]? (?:but )?(?:got|was|found|received)\b|\bAssertion with (?:===?|!==?|=~|[<>]=?|in|=) failed|\bExpected (?:truthy, got (?:false|nil)|false or nil, got )|Assertion failed, no matching message after \d{1,9}ms|\bNo message matching [^\n]{0,300} after \d{1,9}ms|\bmatch \(=\) failed|\bExpected exception [\w.]{1,200} but nothing was raised|\bXCT(?:Assert\w{0,30}|Unwrap|Fail) failed\b|\.swift:\d{1,7}: error: [^\n]{0,300}? : failed - |\bExpectation failed: /,
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
        pattern: /\b(?:TimeoutError|socket\.timeout|ReadTimeout|ConnectTimeout(?:Error)?|timed out after|deadline exceeded|context deadline exceeded)\b/i,
        needle: ['timeout', 'timed out', 'deadline exceeded'],
        key: '',
        hint: 'An operation timed out, usually waiting on a dependency that is not there. Find the wait or raise the timeout.',
        tier: 'text'
    },
    {
        id: 'any.permission-denied',
        category: 'permission-denied',
        pattern: /\b(?:[Pp]ermission denied|Operation not permitted|AccessDenied|403 Forbidden|401 Unauthorized)\b/,
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
        pattern: new RegExp(`\\b(?:requires?|needs?|without|no)\\s(?:an? )?(?:running |live |local |reachable )?(?<system>${SYSTEMS})\\b`, 'i'),
        needle: '',
        key: '{system}',
        hint: 'Tests are skipped because {system} is not available in CI, so their coverage is silently lost. Provide it (a `services:` container) or mark the tests explicitly.',
        scope: 'skip'
    },
    {
        id: 'skip.system-unavailable',
        category: 'service-unavailable',
        pattern: new RegExp(`\\b(?<system>${SYSTEMS})\\b[^\\n]{0,80}?\\b(?:is )?(?:not available|unavailable|not reachable|not running|could not be reached|not installed|not found|cannot be reached|is down)\\b`, 'i'),
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
        pattern: /\b(?:[Rr]equires?|[Nn]eeds?|[Ww]ithout|[Nn]o)\b[^\n]{0,120}?(?<host>localhost|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[[\da-fA-F:]{2,60}\]):(?<port>\d{2,5})\b|\b(?:[Rr]equires?|[Nn]eeds?|[Ww]ithout|[Nn]o)\b[^\n]{0,120}?\b(?<host2>[a-z][\w-]{0,62}(?:\.[\w-]{1,63}){0,10}):(?<port2>\d{3,5})\b/,
        needle: '',
        key: '{address}',
        hint: 'Tests are skipped because nothing answers at `{host}:{port}` ({service}) in CI, so their coverage is silently lost. Provide it (a `services:` container) or mark the tests explicitly.',
        scope: 'skip'
    },
    {
        id: 'skip.requires-module',
        category: 'missing-module',
        // "requires psycopg2": a reason that is only a package name the test needs.
        pattern: /^\s*(?:[Rr]equires?|[Nn]eeds?) (?:the )?(?:module |package |library )?[`'"]?(?<module>[a-z_][\w.-]{1,100})[`'"]?(?: (?:module|package|library)| to be installed)?\s*$/m,
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
        pattern: new RegExp(`^[ \\t]{0,20}(?:the )?(?!(?:${SYSTEMS})\\b)[\`'"]?(?<module>[a-z_][\\w.-]{1,100})[\`'"]? (?:(?:module|package|library|extension|gem) )?(?:is )?(?:not installed|required|not importable|missing)\\.?[ \\t]{0,20}$`, 'm'),
        needle: ['installed', 'required', 'importable', 'missing'],
        key: '{module}',
        hint: 'Tests are skipped because `{module}` is not installed in CI, so their coverage is silently lost. Add it to the test dependencies.',
        scope: 'skip'
    },
    {
        id: 'skip.unavailable',
        category: 'service-unavailable',
        pattern: /\b(?:system unavailable|not available|unavailable|could not connect|not reachable|not running|no network|requires? (?:a )?(?:running|live) )/i,
        needle: '',
        key: 'unavailable system',
        hint: 'Tests are skipped because something they need is not available in CI, so their coverage is silently lost. Provide it or mark the tests explicitly.',
        scope: 'skip'
    },
    {
        id: 'skip.missing-config',
        category: 'missing-config',
        pattern: /\b(?<var>[A-Z][A-Z0-9_]{2,100})\b[^\n]{0,40}?\b(?:not set|is not set|missing|not configured|not defined)\b|\bmissing (?:credentials|secrets?|env(?:ironment)? var(?:iable)?s?|api key)\b/,
        needle: '',
        key: '{var}',
        hint: 'Tests are skipped because `{var}` is not configured in CI. Set it in the workflow `env:` or secrets.',
        scope: 'skip'
    }
];

const CONFIG_RULES = [
    {
        id: 'any.config-file-not-found',
        category: 'missing-config',
        // A missing file whose path is a configuration file (a `config/` or
        // `conf/` folder, or a name like `application-ci.yml`, `appsettings.Test.json`,
        // `settings.test.yaml`, `.env.test`), however the runtime words the
        // absence: Python's errno, Node's ENOENT, Go's `open …`, Ruby's
        // `rb_sysopen`, the JVM's class path resource and Spring's property
        // source, .NET's `configuration file '…' was not found`. Tried before the
        // data-file rules: these are configuration, not fixtures.
        pattern: /(?:No such file or directory(?::| @ \w{1,40} -)|ENOENT: no such file or directory, open|class path resource|property source from location|FileNotFoundException:|Could not find file|The configuration file|open(?= [^\s:]{1,300}: no such file))\s{0,5}['"[]?(?:optional:)?(?:classpath\*?:|file:)?\/?(?<path>[^\s'"\]]{0,200}?(?:(?:config|conf|settings)\/[^\s'"\]/]{1,100}|(?:config|settings|application|appsettings|credentials|secrets)[^\s'"\]/]{0,100})\.(?:ya?ml|json|toml|ini|properties|conf|cfg|env|hocon)|[^\s'"\]]{0,200}?\.env(?:\.[\w-]{1,40})?)(?![\w./-])/i,
        needle: [
            'no such file',
            'ENOENT',
            'class path resource',
            'property source',
            'FileNotFoundException',
            'Could not find file',
            'configuration file'
        ],
        key: '{path}',
        hint: 'The configuration file `{path}` does not exist in CI (a profile or environment file that is not committed, or a path relative to another working directory). Commit a test default, create it in a setup step, or fix the path.'
    }
];

const CPP_RULES = [
    {
        id: 'cpp.ctest-not-built',
        category: 'build-failure',
        pattern: /Unable to find executable:? ?(?<exe>\S{0,300})|Could not find executable (?<exe2>\S{1,300})/,
        needle: ['Unable to find executable', 'Could not find executable'],
        key: '{exe}',
        hint: 'The test executable was never built: fix the build step (the first compiler or linker error) before the tests.'
    },
    {
        id: 'cpp.missing-project-header',
        category: 'build-failure',
        // A header included with quotes is the project's own (`#include "x.h"`):
        // the compiler shows the include line under the error. Missing, it is a
        // broken build (a moved file, a missing include path or generated header),
        // not a dependency to install, which angle brackets name.
        pattern: /(?<file>[\w./+-]{1,300}\.(?:c|cc|cpp|cxx|c\+\+|m|mm|h|hh|hpp|hxx|cu)):\d{1,7}:\d{1,5}: fatal error: (?:(?<header>[\w./+-]{1,200}): No such file or directory|'(?<header2>[^'\n]{1,200})' file not found)\n[ \d|]{0,20}#\s{0,4}include\s{0,4}"/,
        needle: 'fatal error',
        key: '{file}',
        hint: 'The project header `{header}{header2}` included by `{file}` does not exist where the build looks: it was moved or renamed, is generated by a step that did not run, or its include directory is not on the target. Fix the include path or the build target.'
    },
    {
        id: 'cpp.missing-dependency',
        category: 'missing-module',
        // A header, library or package the build looks for is not installed: the
        // build failed, but what to fix is the missing dependency.
        pattern: /fatal error: (?<header>[\w./+-]{1,200}): No such file or directory|fatal error: '(?<header2>[^'\n]{1,200})' file not found|\bld(?:\.\w{1,10})?: cannot find -l(?<lib>[\w.+-]{1,100})|Package (?<pc>[\w.+-]{1,100}) was not found in the pkg-config search path|Could not find a package configuration file provided by "(?<pkg>[\w.+-]{1,100})"|Could NOT find (?<pkg2>[\w.+-]{1,100}) \(missing: /,
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
        pattern: /undefined reference to [`'](?<sym>[^'\n]{1,300})'|\.(?:c|cc|cpp|cxx|h|hh|hpp):\d{1,7}:\d{1,5}: error: |^CMake Error at /m,
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
        pattern: /^\s*Timeout\s*$|\*\*\*Timeout|Process (?:timed out|exceeded timeout)/m,
        needle: 'timeout',
        key: '',
        hint: 'The test process ran past its CTest `TIMEOUT`, usually waiting on a dependency. Find the wait or raise the timeout.'
    },
    {
        id: 'cpp.sanitizer',
        category: 'crash',
        // AddressSanitizer, LeakSanitizer, ThreadSanitizer and UBSan found a memory
        // or concurrency error in the code under test.
        pattern: /(?:ERROR|WARNING): (?<tool>AddressSanitizer|LeakSanitizer|ThreadSanitizer|MemorySanitizer): (?<kind>[\w-]{1,60})|\.\w{1,5}:\d{1,7}:\d{1,5}: runtime error: /,
        needle: ['Sanitizer', 'runtime error:'],
        key: '',
        hint: 'A sanitizer found a memory, undefined-behaviour or concurrency error in the code under test. Read the first stack of its report.'
    },
    {
        id: 'cpp.signal',
        category: 'crash',
        pattern: /\b(?<type>SIGSEGV|SIGABRT|SIGFPE|SIGBUS|Segmentation fault|SEGFAULT|SegFault|Subprocess aborted|Child aborted)\b/,
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
        pattern: /(?<path>[\w./-]{1,300}):(?<line>\d{1,7}): [^\n]{0,200}?Assertion `[^\n]{0,300}' failed\./,
        needle: 'Assertion `',
        key: '{path}:{line}',
        hint: 'An `assert()` in `{path}` failed and aborted the test process: an invariant of the code under test broke.'
    },
    {
        id: 'cpp.exception',
        category: 'crash',
        pattern: /C\+\+ exception with description "|due to unexpected exception with message|std::(?:out_of_range|logic_error|runtime_error|invalid_argument)|vector::_M_range_check|fatal error: in "[^"\n]{1,300}": (?:memory access violation|signal: |[\w:]{1,100}: )|THREW exception: /,
        // GoogleTest, Boost.Test (`fatal error: in "suite/case": std::…`), doctest (`THREW exception:`).
        needle: ['exception', 'std::', '_M_range_check', 'fatal error: in'],
        key: '',
        hint: 'An uncaught C++ exception in the code under test.'
    },
    {
        id: 'cpp.assertion',
        category: 'assertion',
        pattern: /\.(?:cc|cpp|cxx|c\+\+|hpp|hh|h|c)(?::\d{1,7}|\(\d{1,7}\)): (?:Failure|FAILED:)(?=\n|$)|Expected equality of these values|Value of: |Expected: [^\n]{0,300}\n\s*(?:Which is|Actual)|\b(?:REQUIRE|CHECK)(?:_FALSE|_THAT|_THROWS[_A-Z]{0,20})?\( |with expansion:|: ERROR: (?:CHECK|REQUIRE|WARN)[_A-Z]{0,30}\( [^\n]{0,500}\) is NOT correct!|\berror: in "[^"\n]{1,300}": (?:critical )?check [^\n]{0,500} has failed/,
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
];

const DART_RULES = [
    {
        id: 'dart.package-unresolved',
        category: 'missing-module',
        // The front end could not resolve an import: a package missing from
        // pubspec.yaml (or `pub get` not run), or a file that moved (the front
        // end says it could not read the file, then shows the import naming it).
        pattern: /Couldn't resolve the package '(?<module>[\w]{1,200})' in '|\bError: Not found: '(?<uri>[^'\n]{1,300})'|\bError: Error when reading '[^'\n]{1,300}': (?:No such file or directory|The system cannot find the (?:file|path) specified)[^\n]{0,40}\n(?:import|export|part) '(?<uri3>[^'\n]{1,300})'|Target of URI doesn't exist: '(?<uri2>[^'\n]{1,300})'|\bdepends on (?<module2>\w{1,200}) [^\n]{0,100}?which doesn't exist \(could not find package/,
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
        pattern: /Error: The (?:method|getter|setter|operator) '(?<member>[^'\n]{1,200})' isn't defined for the (?:class|type|extension) '(?<type>[^'\n]{1,200})'|Error: Member not found: '(?<member2>[^'\n]{1,200})'/,
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
        pattern: /(?<path>[^\s:"]{1,300}\.dart):\d{1,7}:\d{1,5}: Error: (?:Expected (?:'[^'\n]{1,10}' (?:after|before) this|an? \w{1,20}(?: \w{1,20}){0,3}, but got )|Unexpected token '|Can't find '[^'\n]{1,10}' to match ')/,
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
        pattern: /(?<path>[^\s:"]{1,300}\.dart):\d{1,7}:\d{1,5}: Error: |Compilation failed for testPath=(?<path2>[^\s:]{1,300}\.dart)/,
        needle: ['.dart:', 'Compilation failed for testPath'],
        key: '{path}',
        hint: 'The test file or the code it imports did not compile, so none of its tests ran. Fix the first compiler error.'
    },
    {
        id: 'dart.missing-plugin',
        category: 'missing-fixture',
        // A platform plugin has no implementation in a unit test: the channel
        // needs a mock handler (or a fake of the plugin's interface).
        pattern: /MissingPluginException\(No implementation found for method (?<meth>\S{1,200}) on channel (?<channel>[^\s)]{1,200})\)/,
        needle: 'MissingPluginException',
        key: '{channel}',
        hint: 'No implementation of the platform channel `{channel}` exists in tests (`{meth}` was called). Register a mock handler (`setMockMethodCallHandler`) or inject a fake of the plugin.'
    },
    {
        id: 'dart.socket',
        category: 'service-unavailable',
        // dart:io's SocketException. The port it prints is often the local one,
        // so the key is read from the URL or address elsewhere in the text.
        pattern: /SocketException: (?:Connection refused|OS Error: Connection refused|Connection reset by peer|Connection failed)[^\n]{0,200}?errno = \d{1,5}|SocketException: Failed host lookup: '(?<hostname>[^'\n]{1,200})'/,
        needle: 'SocketException: ',
        key: '{hostname}',
        hint: 'A service the tests call was not reachable. Start it before the tests, or stub the HTTP client.'
    },
    {
        id: 'dart.timeout',
        category: 'timeout',
        pattern: /\bTest timed out after (?<budget>[\d.]{1,12} (?:seconds?|minutes?))|\bTimeoutException after (?<budget2>\d{1,3}:\d{2}:\d{2}(?:\.\d{1,6})?)(?:: (?<what>Future not completed))?/,
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
        pattern: /NoSuchMethodError: Class '(?<cls>[^'\n]{1,200})' has no instance (?:method|getter|setter) '(?<meth>[^'\n]{1,200})'/,
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
        pattern: /\bNull check operator used on a null value|\bLateInitializationError: |\bNoSuchMethodError: The (?:method|getter|setter) '[^'\n]{1,200}' was called on null|\btype '[^'\n]{1,200}' is not a subtype of type '|\bRangeError \((?:index|length)\)|\bBad state: (?:No element|Too many elements)/,
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
];

const DOTNET_RULES = [
    {
        id: 'dotnet.assembly-load',
        category: 'missing-module',
        pattern: /Could not load file or assembly '(?<asm>[^,'\n]{1,300})/,
        needle: 'Could not load file or assembly',
        key: '{asm}',
        hint: 'The assembly `{asm}` is missing or in conflict. Check the `PackageReference` versions and binding redirects.'
    },
    {
        id: 'dotnet.missing-method',
        category: 'missing-attribute',
        pattern: /MissingMethodException ?: Method not found: '(?<sig>[^'\n]{1,300})'/,
        needle: 'MissingMethodException',
        key: '{sig}',
        hint: 'A method the code was compiled against is missing at run time: align the package versions.'
    },
    {
        id: 'dotnet.type-load',
        category: 'missing-module',
        pattern: /TypeLoadException ?: Could not load type '(?<type>[^'\n]{1,300})'/,
        needle: 'TypeLoadException',
        key: '{type}',
        hint: 'The type `{type}` could not be loaded: align the package versions.'
    },
    {
        id: 'dotnet.xunit-fixture',
        category: 'missing-fixture',
        pattern: /constructor (?:parameters|arguments) did not have matching fixture data: (?<params>[^\n]{1,300})/,
        needle: 'did not have matching fixture data',
        key: '{params}',
        hint: 'xUnit cannot supply `{params}`. Register the fixture with `IClassFixture<T>` or a `[CollectionDefinition]` in the test assembly.'
    },
    {
        id: 'dotnet.xunit-fixture-unresolved',
        category: 'missing-fixture',
        pattern: /(?<kind>Class|Collection|Assembly) fixture type '(?<fixture>[^'\n]{1,300})' had one or more unresolved constructor arguments/,
        needle: 'unresolved constructor arguments',
        key: '{fixture}',
        hint: 'xUnit cannot build the {kind} fixture `{fixture}`: its constructor asks for something xUnit does not supply. Give it a parameterless constructor or only the arguments xUnit injects.'
    },
    {
        id: 'dotnet.file-not-found',
        category: 'missing-fixture',
        pattern: /Could not find file '(?<path>[^'\n]{1,300})'|Could not find a part of the path '(?<path2>[^'\n]{1,300})'/,
        needle: 'Could not find',
        key: '{path}',
        hint: 'The test reads `{path}`, which does not exist in CI: copy it to the output directory (`CopyToOutputDirectory`), generate it in a setup step, or fix the path.'
    },
    {
        id: 'dotnet.no-test-available',
        category: 'collection-error',
        // VSTest found no tests it could run in the assembly: no adapter package
        // (`MSTest.TestAdapter`, `xunit.runner.visualstudio`, `NUnit3TestAdapter`)
        // or a framework the adapter does not support.
        pattern: /No test is available in (?:[^\n]{0,300}?[\\/])?(?<asm>[\w.-]{1,200}\.(?:dll|exe))\b/,
        needle: 'No test is available in',
        key: '{asm}',
        hint: 'VSTest found no runnable tests in `{asm}`: reference the test adapter package (`Microsoft.NET.Test.Sdk` and the framework adapter) and check the target framework.'
    },
    {
        id: 'dotnet.test-signature',
        category: 'collection-error',
        // The framework rejected the test method or class before running it.
        pattern: /\bUTA0\d{2}: |^(?:OneTimeSetUp: )?No suitable constructor was found|Method has non-void return value, but no result is expected|Async test method must have non-void return type|The test class may only define a single public constructor/m,
        needle: [
            'UTA0',
            'No suitable constructor',
            'non-void return',
            'single public constructor'
        ],
        key: '',
        hint: 'The test framework could not use the test method or class (a wrong signature or constructor), so it never ran. Fix what the message names.'
    },
    {
        id: 'dotnet.compile-error',
        category: 'build-failure',
        pattern: /(?:(?<file>[\w./\\:-]{1,300}\.(?:cs|fs|vb|csproj|fsproj|sln))(?:\(\d{1,7},\d{1,5}\))?: )?error (?<code>CS\d{4}|FS\d{4}|BC\d{5}|MSB\d{4}|NU\d{4}): /,
        needle: ['error CS', 'error FS', 'error BC', 'error MSB', 'error NU'],
        key: '{file}',
        hint: 'The test project did not build ({code}), so none of its tests ran. Fix the first build error.'
    },
    {
        id: 'dotnet.socket-refused',
        category: 'service-unavailable',
        pattern: /SocketException(?: \(\d{1,6}\))? ?: (?:Connection refused(?! \(OS Error)|No connection could be made)|Failed to connect to (?<host>[\d.]{7,15}):(?<port>\d{1,5})/,
        needle: ['SocketException', 'Failed to connect to'],
        key: '{address}',
        hint: 'A service the tests need is not reachable. Add it as a CI service.'
    },
    {
        id: 'dotnet.sqlserver',
        category: 'service-unavailable',
        pattern: /A network-related or instance-specific error occurred while establishing a connection to SQL Server/,
        needle: 'network-related or instance-specific',
        key: 'SQL Server',
        hint: 'SQL Server is not reachable. Add it as a CI service and check the connection string.'
    },
    {
        id: 'dotnet.nunit-timeout',
        category: 'timeout',
        pattern: /Test exceeded Timeout value of (?<budget>(?<ms>\d{1,12}) ?ms)/,
        needle: 'exceeded Timeout value',
        key: '',
        hint: 'Tests exceeded their {ms} ms `[Timeout]`. Find what they wait on, or raise it.'
    },
    {
        id: 'dotnet.mstest-timeout',
        category: 'timeout',
        pattern: /exceeded execution timeout period/,
        needle: 'exceeded execution timeout',
        key: '',
        hint: 'Tests exceeded their MSTest timeout. Find what they wait on, or raise it.'
    },
    {
        id: 'dotnet.xunit-timeout',
        category: 'timeout',
        pattern: /Test execution timed out after (?<budget>\d{1,12} ?m(?:illi)?s(?:econds)?)/,
        needle: 'Test execution timed out',
        key: '',
        hint: 'Tests exceeded their xUnit `Timeout`, usually waiting on a dependency. Find the wait or raise it.'
    },
    {
        id: 'dotnet.missing-setting',
        category: 'missing-config',
        pattern: /Value cannot be null\. \(Parameter '(?<param>connectionString|\w{0,100}(?:Key|key|Secret|secret|Token|token))'\)/,
        needle: 'Value cannot be null',
        key: '{param}',
        hint: 'The setting `{param}` is missing in CI. Provide it through appsettings or the environment.'
    },
    {
        id: 'dotnet.connection-string-missing',
        category: 'missing-config',
        // A named connection string absent from every configuration source
        // (appsettings, environment `ConnectionStrings__X`, user secrets), as
        // application code and EF6 word it.
        pattern: /\b[Cc]onnection string '(?<name>[\w.-]{1,100})' (?:was not found|is not configured|is missing|not found|could not be found)|No connection string named '(?<name2>[\w.-]{1,100})' could be found/,
        needle: ['connection string'],
        key: 'ConnectionStrings:{name}',
        hint: 'The connection string `{name}` is not configured for the tests. Set `ConnectionStrings__{name}` in the workflow `env:` or add it to the test appsettings.'
    },
    {
        id: 'dotnet.options-validation',
        category: 'missing-config',
        // Microsoft.Extensions.Options validation (`ValidateDataAnnotations`,
        // `ValidateOnStart`): a bound options class lacks a required value.
        pattern: /OptionsValidationException ?: DataAnnotation validation failed for '(?<opts>[\w.]{1,100})' members: '(?<member>[\w.]{1,100})'/,
        needle: 'OptionsValidationException',
        key: '{opts}.{member}',
        hint: 'The options `{opts}` have no valid `{member}` in the test configuration. Set it in the test appsettings or the environment (`{opts}__{member}`).'
    },
    {
        id: 'dotnet.unauthorized-access',
        category: 'permission-denied',
        pattern: /Access to the path '(?<path>[^'\n]{1,300})' is denied/,
        needle: 'Access to the path',
        key: '{path}',
        hint: 'The runner cannot access `{path}`. Write to a temporary directory or fix the permissions.'
    },
    {
        id: 'dotnet.out-of-memory',
        category: 'resource-exhausted',
        pattern: /System\.OutOfMemoryException/,
        needle: 'OutOfMemoryException',
        key: 'out of memory',
        hint: 'The test host ran out of memory. Reduce parallelism or use a larger runner.'
    },
    // Product signatures.
    {
        id: 'dotnet.assertion',
        category: 'assertion',
        pattern: /Assert\.\w{1,40}\(\) Failure|Assert\.\w{1,40} failed\.|Expected: [^\n]{0,300}\n\s*But was: |Expected string length|Shouldly|FluentAssertions|Expected [\w.]{1,100} to /,
        needle: ['assert', 'expect', 'Shouldly', 'FluentAssertions'],
        key: '',
        hint: 'An expectation did not hold: look at the expected and actual values.'
    },
    {
        id: 'dotnet.mock-verification',
        category: 'assertion',
        // Moq's `Verify` and NSubstitute's `Received`: a call the test expected
        // was not made (or made too often): an expectation, not a crash.
        pattern: /\bMockException ?: [^\n]{0,40}\n?\s{0,20}Expected invocation on the mock|\bReceivedCallsException ?: Expected to receive|\bExpected to receive (?:exactly|at least|no) [^\n]{0,40}calls? matching/,
        needle: ['MockException', 'Expected to receive'],
        key: '',
        hint: 'A call the test verifies on a mock was not made as expected: look at the expected and received calls.'
    },
    {
        id: 'dotnet.exception',
        category: 'crash',
        pattern: /\bSystem\.(?<type>NullReferenceException|InvalidOperationException|ArgumentException|ArgumentNullException|IndexOutOfRangeException|KeyNotFoundException|InvalidCastException|DivideByZeroException|NotImplementedException|FormatException)\b/,
        needle: 'System.',
        key: '',
        hint: 'An uncaught `{type}` in the code under test.'
    }
];

/**
 * ExUnit prints the asserted expression on a `code:` line: wording in it is
 * what the test compared, not what stopped it. Put after a match, so it is
 * only looked at where the match is.
 */
const ELIXIR_RULES = [
    {
        id: 'ex.module-not-available',
        category: 'missing-module',
        // A call into a module that is not compiled into the test build: a
        // dependency missing from mix.exs (or `only: :test` forgotten), or a
        // module that was renamed.
        pattern: /\(UndefinedFunctionError\) function [\w.]{1,300}\.[\w?!]{1,200}\/\d{1,3} is undefined \(module (?<module>[\w.]{1,300}) is not available\)|\bmodule (?<module2>[A-Z][\w.]{0,300}) is not loaded and could not be found/,
        needle: ['is not available', 'is not loaded and could not be found'],
        key: '{module}',
        hint: 'The module `{module}` is not in the test build. Add its package to `mix.exs` (for the `:test` environment) and run `mix deps.get`, or fix the module name.'
    },
    {
        id: 'ex.undefined-function',
        category: 'missing-attribute',
        pattern: /\(UndefinedFunctionError\) function (?<module>[\w.]{1,300})\.(?<fn>[\w?!]{1,200})\/\d{1,3} is undefined or private/,
        needle: 'is undefined or private',
        key: '{module}.{fn}',
        hint: '`{module}` has no public `{fn}` with that arity: the helper was removed, renamed or made private. Restore it or update the callers.',
        refine: 'helper'
    },
    {
        id: 'ex.undefined-local-function',
        category: 'missing-attribute',
        // The compiler's wording for a call to a function neither defined nor imported.
        pattern: /undefined function (?<fn>[\w?!]{1,200})\/\d{1,3} \((?:expected (?<module>[\w.]{1,300}) to define such a function|there is no such import)/,
        needle: 'undefined function',
        key: '{fn}',
        hint: '`{fn}` is neither defined nor imported where the test calls it: a missing `import` of a support module, or a helper that was removed.',
        refine: 'helper'
    },
    {
        id: 'ex.compile-error',
        category: 'build-failure',
        pattern: /\*\* \((?:CompileError|SyntaxError|TokenMissingError|MismatchedDelimiterError|Kernel\.TypespecError)\) (?<path>[\w./-]{1,300}\.exs?):\d{1,7}|== Compilation error in file (?<path2>[\w./-]{1,300}\.exs?) ==|\*\* \(CompileError\) cannot compile (?:file|module)/,
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
        pattern: /\btcp connect \((?<host>[\w.-]{1,200}|\[?[\da-fA-F:]{2,60}\]?):(?<port>\d{1,5})\): (?<reason>connection refused|non-existing domain|timeout|host is unreachable|network is unreachable)/,
        needle: 'tcp connect (',
        key: '{address}',
        hint: '{service} at `{host}:{port}` was not reachable ({reason}). Add it as a CI service with a health check before `mix test`.'
    },
    {
        id: 'ex.db-pool',
        category: 'service-unavailable',
        pattern: /\(DBConnection\.ConnectionError\) connection not available and request was dropped from queue after \d{1,9}ms/,
        needle: 'request was dropped from queue',
        key: 'database connection pool',
        hint: 'No database connection could be checked out: the database is unreachable, or a test holds the sandbox connection too long. Check the database service first.'
    },
    {
        id: 'ex.econnrefused',
        category: 'service-unavailable',
        // Erlang's error atoms as clients return them: `{:error, :econnrefused}`
        // in a failed match, Mint's and HTTPoison's `reason: :econnrefused`.
        pattern: /(?:\breason: :(?<reason>econnrefused|nxdomain|ehostunreach)\b|no match of right hand side value: \{:error, :(?<reason2>econnrefused|nxdomain|ehostunreach)\}|\(Mint\.TransportError\) (?:connection refused|non-existing domain))/,
        needle: ['econnrefused', 'nxdomain', 'ehostunreach', 'Mint.TransportError'],
        key: 'connection refused',
        hint: 'A service the tests call was not reachable. Start it in CI before `mix test`, or stub the client.'
    },
    {
        id: 'ex.test-timeout',
        category: 'timeout',
        pattern: /\(ExUnit\.TimeoutError\) (?<what>test|setup_all|setup) timed out after (?<budget>\d{1,12}ms)/,
        needle: 'ExUnit.TimeoutError',
        key: '',
        hint: 'Tests ran past the ExUnit timeout, usually waiting on a process or service that never answered. Find the wait, or raise it with `@tag timeout:`.'
    },
    {
        id: 'ex.call-timeout',
        category: 'timeout',
        // A GenServer.call or Task.await that got no reply in time.
        pattern: /(?:exited in: (?:GenServer\.call\((?<what>[\w.:]{1,200}),|(?<what2>[\w.]{1,200})\()[^\n]{0,300}\n\s{0,20})?\*\* \(EXIT\) time out\b/,
        needle: '(EXIT) time out',
        key: '{what}',
        hint: 'A call to {what} got no reply in time: the process is blocked or waits on a dependency that is not there.'
    },
    {
        id: 'ex.env-missing',
        category: 'missing-config',
        // System.fetch_env!/1 and Application.fetch_env!/2.
        pattern: /(?:could not fetch environment variable "(?<var>\w{1,100})" because it is not set|could not fetch application environment (?<akey>:\w{1,100}) for application (?<app>:\w{1,100}))/,
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
        pattern: /\*\* \((?<type>(?:[A-Z]\w{0,60}\.){0,5}[A-Z]\w{0,60}(?:Error|Exception)|exit|EXIT|throw)\) /,
        needle: '** (',
        key: '',
        hint: 'An uncaught `{type}` in the code under test.'
    }
];

const GO_RULES = [
    {
        id: 'go.no-required-module',
        category: 'missing-module',
        pattern: /no required module provides package (?<pkg>[^\s;]{1,300})/,
        needle: 'no required module provides package',
        key: '{pkg}',
        hint: '`{pkg}` is not in `go.mod`. Run `go get {pkg}` (or `go mod tidy`) and commit `go.mod` and `go.sum`.'
    },
    {
        id: 'go.cannot-find-package',
        category: 'missing-module',
        pattern: /cannot find package "(?<pkg>[^"\n]{1,300})"|missing go\.sum entry for module providing package (?<pkg2>[^\s;]{1,300})|package (?<pkg3>\S{1,300}) is not in (?:GOROOT|std)/,
        needle: 'package',
        key: '{pkg}{pkg2}{pkg3}',
        hint: 'Go cannot find the package. Run `go mod tidy` and commit `go.mod` and `go.sum`.'
    },
    {
        id: 'go.compile-error',
        category: 'build-failure',
        // The compiler's own diagnostics (`file.go:line:col: …`) other than a
        // missing name: tried before `undefined:` and `has no field or method`,
        // so a package that fails on a changed signature as well is a build
        // failure, and one that only misses a name is that name. Missing packages
        // above name a more specific cause. A `//go:embed` pattern that matches
        // no file is the compiler's file not found.
        pattern: /^(?:vet: )?(?<file>[\w./-]{1,300}\.go):\d{1,7}:\d{1,5}: (?:syntax error|cannot use|declared and not used|"[^"\n]{1,200}" imported and not used|too many arguments|not enough arguments|missing return|invalid operation|cannot convert|assignment mismatch|no new variables|[\w.]{1,200} redeclared|pattern [^\n:]{1,300}: no matching files found)/m,
        needle: '.go:',
        key: '{file}',
        hint: 'The package does not compile (`{file}`), so none of its tests ran. Fix the first compiler error.'
    },
    {
        id: 'go.no-field-or-method',
        category: 'missing-attribute',
        pattern: /\(type \*?(?<type>[\w.[\]]{1,200}) has no field or method (?<name>\w{1,200})/,
        needle: 'has no field or method',
        key: '{type}.{name}',
        hint: 'The code calls `{name}` on `{type}`, which does not define it. Add the method or update the callers.'
    },
    {
        id: 'go.undefined',
        category: 'missing-attribute',
        pattern: /\.go:\d{1,7}:\d{1,5}: undefined: (?<sym>[\w.]{1,200})/,
        needle: 'undefined:',
        key: '{sym}',
        hint: '`{sym}` is not defined: the helper or function was removed or renamed. Restore it or update the callers.'
    },
    {
        id: 'go.build-failed',
        category: 'build-failure',
        pattern: /^FAIL\s{1,20}(?<pkg>[\w./-]{1,300})\s{1,20}\[(?<stage>build|setup) failed\]|^go: (?:updates to go\.mod needed|inconsistent vendoring)/m,
        needle: ['failed]', 'go: '],
        key: '{pkg}',
        hint: 'The test binary was never built, so none of the package tests ran. Fix the first error above the `FAIL` line (a compiler, vet or `go.mod` error).'
    },
    {
        id: 'go.envconfig-required',
        category: 'missing-config',
        // kelseyhightower/envconfig.
        pattern: /required key (?<var>[A-Z][A-Z0-9_]{1,100}) missing value/,
        needle: 'missing value',
        key: '{var}',
        hint: 'The environment variable `{var}` is required and not set. Set it in the workflow `env:` or secrets.'
    },
    {
        id: 'go.viper-config-not-found',
        category: 'missing-config',
        // spf13/viper's ConfigFileNotFoundError.
        pattern: /Config File "(?<file>[^"\n]{1,200})" Not Found in "/,
        needle: 'Not Found in',
        key: '{file}',
        hint: 'Viper found no config file `{file}` on its search paths in CI. Commit a test config, set the path the tests read, or let the settings come from the environment.'
    },
    {
        id: 'go.timeout',
        category: 'timeout',
        // Go 1.21+ names the tests still running: they are what hung.
        pattern: /panic: test timed out after (?<budget>(?<dur>[\dhmsµn.]{1,30}))(?:\n\s{0,20}running tests:\n\s{0,20}(?<running>[^\s(]{1,300}))?/,
        needle: 'test timed out after',
        key: '{running}',
        hint: 'The test binary hung for {dur}, usually waiting on a dependency that is not there. Find the wait or set `-timeout`.'
    },
    {
        id: 'go.deadline-exceeded',
        category: 'timeout',
        // Go wraps errors as `Op: detail: cause`; the first segment names what timed out.
        pattern: /_test\.go:\d{1,7}: (?:(?<op>[\w.]{1,100}): )?[^\n]{0,300}?\bcontext deadline exceeded/,
        needle: 'context deadline exceeded',
        key: '{op}',
        hint: 'The call ran past its context deadline, usually waiting on a dependency that is not there. Start it before the tests or find the wait.'
    },
    {
        id: 'go.dial-refused',
        category: 'service-unavailable',
        pattern: /dial (?:tcp|udp)\d? (?<host>\[?[\w.:-]{1,200}?\]?):(?<port>\d{1,5}): (?:connect: )?(?<reason>connection refused|network is unreachable|connection timed out|i\/o timeout)/,
        needle: 'dial',
        key: '{address}',
        hint: '{service} at `{host}:{port}` is not reachable ({reason}). Start it in CI before the tests.'
    },
    {
        id: 'go.dial-unix',
        category: 'service-unavailable',
        pattern: /dial unix (?<socket>\S{1,300}): connect: (?:no such file or directory|connection refused)/,
        needle: 'dial unix',
        key: '{socket}',
        hint: 'Nothing listens on the socket `{socket}`. Start the service (or the Docker daemon) in CI.'
    },
    {
        id: 'go.dns',
        category: 'service-unavailable',
        pattern: /dial tcp: lookup (?<host>[\w.-]{1,200})(?: on \S{1,100})?: (?:no such host|server misbehaving|i\/o timeout)/,
        needle: 'lookup',
        key: '{host}',
        hint: '`{host}` does not resolve in CI. Use the service alias the CI network provides, or mock the call.'
    },
    {
        id: 'go.pgx-connect',
        category: 'service-unavailable',
        pattern: /failed to connect to `(?:host=)?(?<host>[^\s`]{1,200}) (?:user=\S{1,100} )?[^`\n]{0,200}`/,
        needle: 'failed to connect to',
        key: 'PostgreSQL',
        hint: 'PostgreSQL is not reachable. Add a postgres service with a health check and check the connection string.'
    },
    {
        id: 'go.out-of-memory',
        category: 'resource-exhausted',
        pattern: /fatal error: runtime: out of memory|signal: killed/,
        needle: ['out of memory', 'signal: killed'],
        key: 'out of memory',
        hint: 'The test process ran out of memory or was killed. Lower `-p`/`-parallel` or use a larger runner.'
    },
    // Product signatures.
    {
        id: 'go.nil-panic',
        category: 'crash',
        // The runtime's own panics, and any panic followed by its goroutine trace.
        pattern: /panic: (?<type>runtime error: [^\n[]{1,200}|assignment to entry in nil map|send on closed channel|close of (?:closed|nil) channel)|fatal error: (?<type2>concurrent map (?:writes|read and map write)|all goroutines are asleep - deadlock!)|panic: (?<type3>[^\n]{1,200})\n\s{0,4}\ngoroutine \d{1,9} \[running\]:/,
        needle: ['panic:', 'fatal error:'],
        key: '',
        hint: 'A panic in the code under test: {type}{type2}{type3}.'
    },
    {
        id: 'go.ginkgo-panicked',
        category: 'crash',
        pattern: /\[PANICKED!\] (?<type>[^\n]{0,200})/,
        needle: '[PANICKED!]',
        key: '',
        hint: 'A spec panicked in the code under test: {type}.'
    },
    {
        id: 'go.data-race',
        category: 'crash',
        // Go's race detector reports between `==================` banners and
        // fails the test that ran it: a concurrency bug in the code, whatever
        // else the test printed. (C++'s ThreadSanitizer is `cpp.sanitizer`.)
        pattern: /^WARNING: DATA RACE$|\brace detected during execution of test\b/m,
        needle: ['DATA RACE', 'race detected during'],
        key: 'data race',
        hint: 'The race detector saw two goroutines touch the same memory without synchronisation: the stacks it printed name both accesses.'
    },
    {
        id: 'go.mock-verification',
        category: 'assertion',
        // gomock: a call the test expected was never made, or one it did not expect was.
        pattern: /\bmissing call\(s\) to |\baborting test due to missing call\(s\)|\bUnexpected call to \*?[\w.]{1,200}\.\w{1,100}\(|\bhas already been called the max number of times|\bthere are no expected calls of the method/,
        needle: [
            'missing call(s)',
            'Unexpected call to',
            'max number of times',
            'no expected calls'
        ],
        key: '',
        hint: 'A call the test expects on a mock was not made as expected: look at the missing and unexpected calls.'
    },
    {
        id: 'go.assertion',
        category: 'assertion',
        // testify, `t.Errorf` got/want, and Gomega's `Expected\n    <int>: 404\nto equal`.
        pattern: /Error Trace:|Error:\s{1,20}Not equal|_test\.go:\d{1,7}: [^\n]{0,300}\b(?:got|want|expected|wanted)\b|(?:^|\n)(?:\[FAILED\] |\s{1,20})?Expected\n\s{1,40}<[^>\n]{1,200}>: [^\n]{0,2000}\n\s{0,20}(?:not )?to \w/,
        needle: ['Error Trace', 'Not equal', '_test.go', 'Expected'],
        key: '',
        hint: 'An expectation did not hold: look at the got and want values.'
    }
];

const JAVA_RULES = [
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
        pattern: /NoClassDefFoundError: (?!Could not initialize class )(?<cls>[\w./$]{1,300})/,
        needle: 'NoClassDefFoundError',
        key: '{cls}',
        hint: '`{cls}` could not be loaded: a classpath or version conflict, or its static initialiser failed earlier (look for `ExceptionInInitializerError`).'
    },
    {
        id: 'java.no-such-method',
        category: 'missing-attribute',
        pattern: /NoSuchMethodError: '?(?:[\w$.<>[\]]{1,200} )?(?<owner>[\w$.]{1,300})\.(?<meth>[\w$<>]{1,200})\(/,
        needle: 'NoSuchMethodError',
        key: '{cls}.{meth}',
        hint: 'A method the code was compiled against is absent at run time: align the dependency versions (`mvn dependency:tree`, `gradle dependencies`).'
    },
    {
        id: 'java.no-such-method-reflective',
        category: 'missing-attribute',
        // Reflection (`getMethod`) found no such method: a helper renamed or removed.
        pattern: /NoSuchMethodException: (?<owner>[\w$.]{1,300})\.(?<meth>[\w$<>]{1,200})\(/,
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
        pattern: /\b(?<path>[\w$./-]{1,300}) (?:was |is )?not found (?:on|in) the class ?path|class path resource \[(?<path2>[^\]\n]{1,300})\] cannot be opened because it does not exist|Classpath resource \[(?<path3>[^\]\n]{1,300})\] does not exist/,
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
        pattern: /No ParameterResolver registered for parameter \[(?<param>[^\]\n]{1,300})\]/,
        needle: 'No ParameterResolver registered',
        key: '{param}',
        hint: 'Nothing supplies the parameter `{param}`: register the extension that provides it (`@ExtendWith`) or remove the parameter.'
    },
    {
        id: 'java.junit-discovery',
        category: 'collection-error',
        // The engine or runner rejected the test class before any test ran.
        pattern: /TestEngine with ID '(?<engine>[\w.-]{1,100})' failed to discover tests|InvalidTestClassError: Invalid test class|(?:initializationError\((?<cls>[\w.$]{1,300})\)[^\n]{0,200}\n)?java\.lang\.Exception: (?:No runnable methods|No tests found matching|Test class should have exactly one public|Method \w{1,200}(?:\(\))? should (?:be public|be static|not be static|have no parameters|be void))|PreconditionViolationException: (?:@\w{1,40} method|Test class)/,
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
        pattern: /error: package (?<pkg>[\w.]{1,300}) does not exist|error: cannot access (?<cls>[\w.]{1,300})\n\s{0,20}class file for (?<cls2>[\w.]{1,300}) not found/,
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
        pattern: /Could not (?:GET|HEAD) 'https?:\/\/(?<host>[\w.-]{1,200})(?::\d{1,5})?[^'\s]{0,500}'\.(?: Received status code (?<code>5\d\d|429) from server|\s{0,10}\n\s{0,40}> (?:Connect to |Read timed out|Connection reset|Remote host terminated|[\w.-]{1,200}: (?:Name or service not known|Temporary failure in name resolution|nodename nor servname)))|Could not transfer artifact \S{1,300} from\/to [\w.-]{1,100} \(https?:\/\/(?<host2>[\w.-]{1,200})[^)\s]{0,300}\): (?:[^\n]{0,100}?status code: 5\d\d|Connect to |Connection refused|Connection reset|Read timed out|Remote host terminated|[\w.-]{1,200}: (?:Name or service not known|Temporary failure in name resolution))/,
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
        pattern: /Could not (?:GET|HEAD) 'https?:\/\/(?<host>[\w.-]{1,200})[^'\s]{0,500}'\. Received status code (?<code>401|403) from server|Could not transfer artifact \S{1,300} from\/to [\w.-]{1,100} \(https?:\/\/(?<host2>[\w.-]{1,200})[^)\s]{0,300}\): [^\n]{0,100}?status code: (?<code2>401|403)/,
        needle: ['Received status code', 'Could not transfer artifact'],
        key: '{host}',
        hint: 'The dependency repository `{host}` refused the build its credentials (HTTP {code}). Pass the repository token to the job (secrets are not passed to pull requests from forks).'
    },
    {
        id: 'java.artifact-missing',
        category: 'missing-module',
        // The repository answered and has no such artifact: a wrong coordinate,
        // an unpublished version, or a repository missing from the build.
        pattern: /Could not find (?<module>[\w.-]{1,200}:[\w.-]{1,200}(?::[\w.+-]{1,100}){0,2})\.\s{0,10}\n\s{0,40}(?:Searched in the following locations|Required by)|Could not find artifact (?<module2>[\w.-]{1,200}:[\w.-]{1,200}(?::[\w.+-]{1,100}){1,3}) in |Failure to find (?<module3>[\w.-]{1,200}:[\w.-]{1,200}(?::[\w.+-]{1,100}){1,3}) in |The following artifacts could not be resolved: (?<module4>[\w.-]{1,200}:[\w.-]{1,200}(?::[\w.+-]{1,100}){1,3})|Plugin \[id: '(?<module5>[\w.-]{1,200})'[^\]\n]{0,200}\] was not found in any of the following sources/,
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
        pattern: /Execution failed for task '(?<task>:[\w:-]{0,200}compile\w{0,40})'|COMPILATION ERROR|Compilation failed; see the compiler error output|Unresolved compilation problems?:|^e: (?:file:\/\/)?(?<file>[^\s:]{1,300}\.kts?):\d|\.java:\d{1,7}: error: |\.kts?:\d{1,7}:\d{1,5}: error: |\.kts?: \(\d{1,7}, \d{1,5}\) /m,
        needle: ['compil', '.kt:', '.kts:', '.java:', '.kt: (', '.kts: ('],
        key: '{task}{file}',
        hint: 'The test sources did not compile, so none of their tests ran. Fix the first compiler error.'
    },
    {
        id: 'java.socket-timeout',
        category: 'timeout',
        pattern: /SocketTimeoutException: (?<what>Read timed out|[Cc]onnect timed out|timeout)|ConditionTimeoutException: [^\n]{0,300}? within (?<budget>\d{1,12} \w{1,20})|TimeoutCancellationException: Timed out waiting for (?<budget2>\d{1,12} ms)/,
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
        pattern: /Could not find a valid Docker environment|Docker is not available|Previous attempts to find a Docker environment failed/,
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
        pattern: /Connection refused: (?:(?<hostname>[\w.-]{1,200})\/)?(?<host>[\d.]{7,15}|\[?[\da-fA-F:]{2,60}\]?):(?<port>\d{1,5})/,
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
        pattern: /HikariPool-\d{1,4} - Connection is not available, request timed out/,
        needle: 'HikariPool',
        key: 'database connection pool',
        hint: 'No database connection could be obtained: the database is unreachable or the pool is too small.'
    },
    {
        id: 'java.spring-placeholder',
        category: 'missing-config',
        // Spring quotes the name; Micronaut writes the `${…}` expression.
        pattern: /Could not resolve placeholder (?:'(?<prop>[^'\n]{1,200})'|\$\{(?<prop2>[^}\s]{1,200})\})/,
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
        pattern: /SRCFG00014: The config property (?<prop>[\w.\-"[\]]{1,200}) is required but it could not be found/,
        needle: 'SRCFG00014',
        key: '{prop}',
        hint: 'The property `{prop}` has no value for the tests. Set it in the test profile (`application.properties`, `%test.`) or the environment.'
    },
    {
        id: 'java.out-of-memory',
        category: 'resource-exhausted',
        pattern: /OutOfMemoryError: (?<kind>Java heap space|GC overhead limit exceeded|Metaspace|unable to create (?:new )?native thread|Direct buffer memory)/,
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
        pattern: /TestTimedOutException: test timed out after (?<budget>(?<n>\d{1,12}) (?<unit>\w{1,20}))/,
        needle: 'TestTimedOutException',
        key: '',
        hint: 'Tests exceeded {n} {unit}, usually while waiting on a dependency. Find the wait or raise the timeout.'
    },
    {
        id: 'java.junit5-timeout',
        category: 'timeout',
        pattern: /TimeoutException: (?<method>\S{1,300}) timed out after (?<budget>(?<n>\d{1,12}) (?<unit>\w{1,20}))/,
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
        pattern: /AssertionFailedError|java\.lang\.AssertionError|ComparisonFailure|MultipleFailuresError|Expecting actual:|expected:<[^>\n]{0,200}> but was:<|expected: <[^>\n]{0,200}> but was: <|Expected: .{0,200}\n\s*but: |expected \[[^\]\n]{0,200}\] but found \[|Condition not satisfied:|ConditionNotSatisfiedError|WrongExceptionThrownError|Expected exception of type '[^'\n]{1,200}', but no exception was thrown|\bTestFailedException\b|\b(?:did not equal|was not equal to|did not contain (?:element|key|value|all of|the same elements)|had (?:length|size) \d{1,9} instead of expected (?:length|size)|did not (?:start|end) with|did not include substring|was not (?:empty|defined|an instance of|less than|greater than|null|true|false))\b|\bvalues are not the same\b|=> Diff \(- obtained, \+ expected\)/,
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
        pattern: /\bWanted but not invoked:|\bArgument\(s\) are different! Wanted:|\bNever wanted here:|\bNo interactions wanted here:|\bWanted \d{1,9} times?:|\bVerification in order failure|\b(?:TooManyActualInvocations|TooFewActualInvocations|NeverWantedButInvoked|WantedButNotInvoked|ArgumentsAreDifferent)\b|\bVerification failed: call \d{1,4} of \d{1,4}/,
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
        pattern: /\b(?<type>(?:java\.lang\.)?(?:NullPointerException|IllegalStateException|IllegalArgumentException|IndexOutOfBoundsException|ArrayIndexOutOfBoundsException|ClassCastException|ArithmeticException|UnsupportedOperationException|ConcurrentModificationException|NumberFormatException))\b/,
        needle: 'Exception',
        key: '',
        hint: 'An uncaught `{type}` in the code under test.'
    }
];

const JAVASCRIPT_RULES = [
    {
        id: 'js.ts2307',
        category: 'missing-module',
        pattern: /TS2307: Cannot find module '(?<module>[^'\n]{1,300})'/,
        needle: 'TS2307',
        key: '{module}',
        hint: 'TypeScript cannot find `{module}`. Install it (and its `@types` package) or fix the path.'
    },
    {
        id: 'js.cannot-find-module-from',
        category: 'missing-module',
        pattern: /Cannot find module '(?<module>[^'\n]{1,300})' from '(?<from>[^'\n]{1,300})'/,
        needle: 'Cannot find module',
        key: '{module}',
        hint: '`{from}` imports `{module}`, which does not resolve. A relative path means the file moved or was renamed; a package name means it is missing from `package.json` or was not installed (`npm ci`).'
    },
    {
        id: 'js.cannot-find-module',
        category: 'missing-module',
        pattern: /Cannot find (?:module|package) '(?<module>[^'\n]{1,300})'/,
        needle: 'Cannot find',
        key: '{module}',
        hint: '`{module}` does not resolve. Add it to `package.json` and install it, or fix the path if it is a file of this repository.'
    },
    {
        id: 'js.vite-failed-to-resolve',
        category: 'missing-module',
        pattern: /Failed to resolve import "(?<module>[^"\n]{1,300})" from "(?<from>[^"\n]{1,300})"/,
        needle: 'Failed to resolve import',
        key: '{module}',
        hint: '`{from}` imports `{module}`, which does not resolve. Check that the file exists and the `resolve.alias` configuration.'
    },
    {
        id: 'js.module-mapper',
        category: 'missing-config',
        pattern: /Could not locate module (?<module>\S{1,300}) mapped as/,
        needle: 'Could not locate module',
        key: 'moduleNameMapper {module}',
        hint: 'The jest `moduleNameMapper` entry for `{module}` points nowhere. Fix the mapping or the tsconfig paths.'
    },
    {
        id: 'js.esm-missing-export',
        category: 'missing-attribute',
        // An ES module imports a name its target does not export, in each
        // engine's words: Node, Bun and WebKit, esbuild (vite), Rollup.
        pattern: /The requested module '(?<module>[^'\n]{1,300})' does not provide an export named '(?<member>[\w$]{1,200})'|\bExport named '(?<member2>[\w$]{1,200})' not found in module '(?<module2>[^'\n]{1,300})'|\bImporting binding name '(?<member3>[\w$]{1,200})' is not found|No matching export in "(?<module4>[^"\n]{1,300})" for import "(?<member4>[\w$]{1,200})"|"(?<member5>[\w$]{1,200})" is not exported by "(?<module5>[^"\n]{1,300})"/,
        // Bun's and WebKit's shapes share the catalog's `not found`: every new
        // needle lengthens the scan every failure goes through.
        needle: [
            'does not provide an export named',
            'not found',
            'No matching export in',
            'is not exported by'
        ],
        key: '{module}.{member}',
        hint: '`{module}` does not export `{member}`: it was renamed or removed. Restore the export or update the import.'
    },
    {
        id: 'js.esm-interop',
        category: 'collection-error',
        // Node could not link a test file because of how a module is packaged,
        // not because a name is missing: `require()` of an ES module, a named
        // import from CommonJS, an extension no loader is registered for.
        pattern: /\brequire\(\) of ES Module [^\s]{0,300}?\/node_modules\/(?<module>(?:@[\w.-]{1,100}\/)?[\w.-]{1,100})\/|\brequire\(\) of ES Module (?<path>[^\s]{1,300}) from |Named export '[\w$]{1,200}' not found\. The requested module '(?<module2>[^'\n]{1,300})' is a CommonJS module|\[ERR_UNKNOWN_FILE_EXTENSION\]: Unknown file extension "(?<ext>\.[\w]{1,10})" for (?<path2>[^\s]{1,300})/,
        needle: ['require() of ES Module', 'not found', 'extension'],
        key: '{module}{path}',
        hint: 'Node could not load the test file: `{module}{path}` is packaged as the other module system, or no loader handles its extension. Use a dynamic `import()` or the default import, or register the loader (`tsx`, `ts-node/esm`) or transform it.'
    },
    {
        id: 'js.package-path-not-exported',
        category: 'missing-module',
        // The package is installed but its `exports` map has no such entry:
        // usually a major upgrade that closed a deep import.
        pattern: /Package subpath '(?:\.\/)?(?<sub>[^'\n]{1,200})' is not defined by "exports" in [^\s]{0,300}?node_modules\/(?<pkg>(?:@[\w.-]{1,100}\/)?[\w.-]{1,100})\/package\.json/,
        needle: 'is not defined',
        key: '{pkg}/{sub}',
        hint: '`{pkg}` does not export the subpath `{sub}` (its `exports` map has no such entry). Import what the package exports now, or pin the version the test was written for.'
    },
    {
        id: 'js.no-tests-in-file',
        category: 'collection-error',
        // The file loaded but declared no tests: vitest names it, jest says it
        // under `Test suite failed to run`.
        pattern: /\bNo test suite found in file (?<path>[^\s]{1,300})|Your test suite must contain at least one test\./,
        needle: ['No test suite found in file', 'must contain at least one test'],
        key: '{path}',
        hint: 'The test file declared no tests, so it ran nothing: a `describe`/`it` left out, tests behind a condition that is false in CI, or a file the test glob picks up by mistake.'
    },
    {
        id: 'js.ts-missing-types',
        category: 'missing-module',
        // The compiler names the type package a test runner's globals or a
        // `types` entry need: it is not installed, not a type error of the tests.
        pattern: /error TS(?:2582|2593|2867|2868): Cannot find name '[\w$]{1,100}'\. Do you need to install type definitions for [^?\n]{1,100}\? Try `npm i --save-dev (?<module>@types\/[\w.-]{1,100})`|error TS2688: Cannot find type definition file for '(?<types>[^'\n]{1,200})'/,
        // Both shapes contain the compiler's `error TS`: no needle of their own.
        needle: 'error TS',
        key: '{module}{types}',
        hint: 'The type definitions `{module}{types}` are not installed, so the tests do not compile. Add the `@types` package to `devDependencies` or fix `types` in `tsconfig.json`.'
    },
    {
        id: 'js.ts-compile-error',
        category: 'build-failure',
        // A TypeScript diagnostic (ts-jest, vitest typecheck, tsc) that is not a
        // missing module or member: the test code did not compile. Tried before
        // the missing-member rules, so a file that also fails on a changed
        // signature is a build failure, and one that only misses a name is that
        // name (as Go's compiler errors are read).
        pattern: /(?:(?<file>[\w./\\@-]{1,300}\.[cm]?tsx?)[:(]\d{1,7}[:,]\d{1,5}(?:\): | - ))?error TS(?<code>(?!(?:2305|2307|2339|2551|2614|2724|2792)\b)\d{4,5}): /,
        needle: 'error TS',
        key: '{file}',
        hint: 'The TypeScript of the tests or the code they import does not compile (TS{code}), so none of their tests ran. Fix the first type error.'
    },
    {
        id: 'js.ts-no-exported-member',
        category: 'missing-attribute',
        pattern: /Module '"(?<module>[^"\n]{1,300})"' has no exported member '(?<member>[\w$]{1,200})'/,
        needle: 'has no exported member',
        key: '{module}.{member}',
        hint: '`{module}` does not export `{member}`: it was renamed or removed. Restore the export or update the import.'
    },
    {
        id: 'js.ts-property-missing',
        category: 'missing-attribute',
        pattern: /Property '(?<prop>[\w$]{1,200})' does not exist on type '(?<type>[^'\n]{1,300})'/,
        needle: 'does not exist on type',
        key: '{type}.{prop}',
        hint: '`{prop}` does not exist on `{type}`: the helper or API was renamed. Update the test or restore the member.'
    },
    {
        id: 'js.import-not-a-function',
        category: 'missing-attribute',
        // The Babel/TypeScript interop form: `(0 , _module.name) is not a function`
        // means the import itself is undefined, i.e. the export does not exist.
        pattern: /\(0 ?, ?_?(?<obj>[\w$]{1,200})\.(?<fn>[\w$]{1,200})\) is not a function/,
        needle: 'is not a function',
        key: '{fn}',
        hint: '`{fn}` is not exported by the module the test imports it from (missing or renamed). Export it or fix the import.'
    },
    {
        id: 'js.member-not-a-function',
        category: 'missing-attribute',
        pattern: /(?<![\w$.])(?<obj>[\w$]{1,200})\.(?<fn>[\w$]{1,200}) is not a function/,
        needle: 'is not a function',
        key: '{obj}.{fn}',
        hint: '`{obj}.{fn}` does not exist. Add the helper or update the callers.',
        refine: 'helper'
    },
    {
        id: 'js.env-var-lib',
        category: 'missing-config',
        // env-var, envalid and t3-env/zod report a variable the process lacks.
        pattern: /env-var: "(?<var>[A-Za-z_][\w]{1,100})" is a required variable|Missing environment variables?:\s{1,40}(?<var2>[A-Z][A-Z0-9_]{1,100}):|Invalid environment variables:?\s{0,20}\{?\s{0,20}(?<var3>[A-Z][A-Z0-9_]{1,100}):/,
        needle: ['env-var:', 'environment variable'],
        key: '{var}',
        hint: 'The environment variable `{var}` is required and not set. Set it in the workflow `env:` or secrets (secrets are not passed to pull requests from forks).'
    },
    {
        id: 'js.config-property-missing',
        category: 'missing-config',
        // The `config` package: a property no file for this NODE_ENV defines;
        // dotenv-safe: variables the example file lists that are not set.
        pattern: /Configuration property "(?<prop>[^"\n]{1,200})" is not defined|MissingEnvVarsError: The following variables were defined in [^\n]{1,200} but are not present in the environment:\s{0,20}(?<var>[A-Z][A-Z0-9_]{1,100})/,
        needle: ['Configuration property', 'MissingEnvVarsError'],
        key: '{prop}{var}',
        hint: 'The configuration value `{prop}{var}` is not set for the tests. Add it to the test config file (`config/test.json`) or the environment.'
    },
    {
        id: 'js.econnrefused',
        category: 'service-unavailable',
        pattern: /(?:connect )?ECONNREFUSED (?<host>\[?[\da-fA-F:.]{1,60}\]?):(?<port>\d{1,5})/,
        needle: 'ECONNREFUSED',
        key: '{address}',
        hint: 'Nothing listens on `{host}:{port}` ({service}). Start it in CI before the tests; on Node 20+ also check `localhost` versus `127.0.0.1`.'
    },
    {
        id: 'js.econnrefused-bare',
        category: 'service-unavailable',
        // Ruby's `Errno::ECONNREFUSED` is the Ruby rules' (they read the address).
        pattern: /(?<!Errno::)\bECONNREFUSED\b/,
        needle: 'ECONNREFUSED',
        key: 'connection refused',
        hint: 'A service the tests need refused connections. Start it in CI before the tests.'
    },
    {
        id: 'js.etimedout',
        category: 'service-unavailable',
        pattern: /connect ETIMEDOUT (?<host>[\da-fA-F:.]{1,60}):(?<port>\d{1,5})/,
        needle: 'ETIMEDOUT',
        key: '{address}',
        hint: 'Connecting to `{host}:{port}` ({service}) timed out: a firewall, missing egress or a service that is not up.'
    },
    {
        id: 'js.getaddrinfo',
        category: 'service-unavailable',
        pattern: /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\w.-]{1,200})/,
        needle: 'getaddrinfo',
        key: '{host}',
        hint: '`{host}` does not resolve in CI. Use the service alias the CI network provides, or mock the call.'
    },
    {
        id: 'js.connection-reset',
        category: 'service-unavailable',
        pattern: /\bread ECONNRESET\b|\bsocket hang up\b|TypeError: fetch failed/,
        needle: ['ECONNRESET', 'socket hang up', 'fetch failed'],
        key: 'connection reset',
        hint: 'A connection to a dependency was dropped. Check that the service is healthy before the tests start.'
    },
    {
        id: 'js.jest-timeout',
        category: 'timeout',
        pattern: /Exceeded timeout of (?<budget>(?<ms>[\d.]{1,12}) ?m?s) for a (?<what>test|hook)/,
        needle: 'Exceeded timeout of',
        key: '',
        hint: 'Tests exceeded the {ms} ms {what} timeout, often while waiting on a service that is not there. Otherwise raise it per test or with `testTimeout`.'
    },
    {
        id: 'js.jest-async-timeout',
        category: 'timeout',
        pattern: /Async callback was not invoked within the (?<budget>(?<ms>\d{1,12}) ?ms) timeout/,
        needle: 'Async callback was not invoked',
        key: '',
        hint: 'Tests exceeded the {ms} ms timeout. Find what they wait on, or raise the timeout.'
    },
    {
        id: 'js.vitest-timeout',
        category: 'timeout',
        pattern: /(?<what>Test|Hook) timed out in (?<budget>(?<ms>\d{1,12})ms)/,
        needle: 'timed out in',
        key: '',
        hint: 'A {what} exceeded {ms} ms, often while waiting on a service that is not there. Otherwise raise `testTimeout`/`hookTimeout`.'
    },
    {
        id: 'js.mocha-timeout',
        category: 'timeout',
        pattern: /Timeout of (?<budget>(?<ms>\d{1,12})ms) exceeded/,
        needle: 'Timeout of',
        key: '',
        hint: 'Tests exceeded the {ms} ms mocha timeout: a callback or promise never settled. Find what they wait on, or raise `this.timeout()`.'
    },
    {
        id: 'js.playwright-timeout',
        category: 'timeout',
        pattern: /\b(?<what>Test|hook|[Ff]ixture "[^"\n]{1,100}"|teardown) timeout of (?<budget>(?<ms>\d{1,12})ms) exceeded/,
        needle: 'timeout of',
        key: '',
        hint: 'A Playwright {what} ran past its {ms} ms timeout, usually waiting for a page or service that never answered. Find the wait or raise `timeout`.'
    },
    {
        id: 'js.node-test-timeout',
        category: 'timeout',
        // node:test; Go's `panic: test timed out after` is go.timeout.
        pattern: /(?<!panic: |\(ExUnit\.TimeoutError\) )\btest timed out after (?<budget>\d{1,12}ms)/,
        needle: 'test timed out after',
        key: '',
        hint: 'The test exceeded its {budget} `timeout` option, often while waiting on a service that is not there. Find the wait or raise the timeout.'
    },
    {
        id: 'js.node-test-cancelled',
        category: 'collection-error',
        // node:test cancels the tests of a suite whose hook failed; the junit
        // reporter leaves the hook's error out, so the suite is what failed.
        pattern: /test did not finish before its parent and was cancelled/,
        needle: 'did not finish before its parent',
        key: '',
        hint: "The suite around these tests failed (usually its `before` hook) and node:test cancelled them. Read the suite's error in the TAP or spec output."
    },
    {
        id: 'js.jest-worker',
        category: 'resource-exhausted',
        pattern: /Jest worker encountered \d{1,6} child process exceptions/,
        needle: 'Jest worker encountered',
        key: 'jest workers crashed',
        hint: 'Jest workers crashed, usually out of memory. Use `--maxWorkers=50%` or `--workerIdleMemoryLimit`, or a larger runner.'
    },
    {
        id: 'js.heap-out-of-memory',
        category: 'resource-exhausted',
        pattern: /JavaScript heap out of memory/,
        needle: 'heap out of memory',
        key: 'out of memory',
        hint: 'Node ran out of heap. Raise `--max-old-space-size` or shard the tests.'
    },
    {
        id: 'js.vitest-worker',
        category: 'resource-exhausted',
        pattern: /\[vitest-worker\]: Timeout calling "(?<method>[^"\n]{1,100})"/,
        needle: 'vitest-worker',
        key: 'vitest worker',
        hint: 'A vitest worker stopped answering (overloaded runner). Reduce the number of workers.'
    },
    {
        id: 'js.playwright-browser',
        category: 'missing-module',
        pattern: /Executable doesn't exist at (?<path>\S{1,300})/,
        needle: "Executable doesn't exist",
        key: 'playwright browsers',
        hint: 'The Playwright browsers are not installed: run `npx playwright install --with-deps` in CI.'
    },
    {
        id: 'js.playwright-unknown-fixture',
        category: 'missing-fixture',
        // A test or fixture destructures a fixture no `test.extend` defines: the
        // spec imports the base `test` instead of the extended one, or the
        // fixture was renamed.
        pattern: /\b(?:Test|Fixture "(?<parent>[^"\n]{1,100})") has unknown parameter "(?<fixture>[^"\n]{1,100})"/,
        needle: 'has unknown parameter',
        key: '{fixture}',
        hint: 'No fixture named `{fixture}` is defined for this test. Import `test` from the file that extends it with `{fixture}`, or fix the name.'
    },
    {
        id: 'js.playwright-host-deps',
        category: 'missing-module',
        pattern: /Host system is missing dependencies to run browsers/,
        needle: 'Host system is missing dependencies',
        key: 'playwright browser dependencies',
        hint: 'The runner lacks the system libraries the Playwright browsers need: run `npx playwright install --with-deps` in CI.'
    },
    {
        id: 'js.playwright-webserver-timeout',
        category: 'timeout',
        pattern: /Timed out waiting (?<budget>\d{1,12}ms) from config\.webServer/,
        needle: 'from config.webServer',
        key: 'webServer',
        hint: 'The application under test did not answer within {budget} of starting (`webServer`). Check that it starts in CI and listens on the configured `url` or `port`.'
    },
    {
        id: 'js.cypress-file-missing',
        category: 'missing-fixture',
        // `cy.fixture()` lists the paths it tried (the first is the name the test
        // wrote, under the fixtures folder); `cy.readFile()` and `cy.selectFile()`
        // print the one path. Tried before the retry timeout the message opens with.
        pattern: /A fixture file could not be found at any of the following paths:[ \t]{0,10}\n{1,4}[ \t]{0,10}> (?:cypress\/fixtures\/)?(?<fixture>[^\s]{1,300})|failed because the file does not exist at the following path:[ \t]{0,10}\n{1,4}[ \t]{0,10}(?<path>[^\s]{1,300})/,
        needle: ['A fixture file could not be found', 'file does not exist at'],
        key: '{fixture}{path}',
        hint: 'The Cypress spec reads `{fixture}{path}`, which does not exist in CI: commit the fixture file, generate it before the run, or fix the name.'
    },
    {
        id: 'js.cypress-visit',
        category: 'service-unavailable',
        // cy.visit/cy.request got no response at all (a 4xx/5xx response is the
        // page answering, not this).
        pattern: /cy\.(?:visit|request)\(\)`? failed trying to load:[\s\S]{0,600}?(?:the request failed without a response|We received this error at the network level)/,
        needle: 'failed trying to load',
        key: 'the application under test',
        hint: 'The application under test did not answer: start it and wait until it does (`start-server-and-test`, `wait-on`) before Cypress runs.'
    },
    {
        id: 'js.eacces',
        category: 'permission-denied',
        pattern: /EACCES: permission denied, (?<op>\w{1,30}) '(?<path>[^'\n]{1,300})'/,
        needle: 'EACCES',
        key: '{path}',
        hint: 'The runner cannot {op} `{path}`. Write to a temporary directory or fix the permissions.'
    },
    {
        id: 'js.file-watchers',
        category: 'resource-exhausted',
        // ENOSPC here is the kernel's inotify limit, not a full disk.
        pattern: /ENOSPC: System limit for number of file watchers reached/,
        needle: 'ENOSPC',
        key: 'file watchers',
        hint: 'The runner ran out of inotify file watchers. Run the tests without watch mode in CI (`--watch=false`, `CI=true`) or raise `fs.inotify.max_user_watches`.'
    },
    {
        id: 'js.enospc',
        category: 'resource-exhausted',
        pattern: /\bENOSPC\b/,
        needle: 'ENOSPC',
        key: 'disk full',
        hint: 'The runner disk is full. Free space (caches, images) before the tests.'
    },
    {
        id: 'js.syntax-config',
        category: 'collection-error',
        pattern: /Jest encountered an unexpected token|SyntaxError: Cannot use import statement outside a module/,
        needle: ['unexpected token', 'Cannot use import statement'],
        key: 'transform configuration',
        hint: 'A test file could not be transformed: add the ESM package to `transformIgnorePatterns` or configure ESM support.'
    },
    {
        id: 'js.non-error-thrown',
        category: 'unknown',
        // The test threw (or rejected with) something that is not an Error: the
        // report has no message or stack to say what failed.
        pattern: /\bwas thrown, throw an Error :\)|^\s{0,10}thrown: /m,
        needle: ['throw an error', 'thrown: '],
        key: '',
        hint: 'The test threw a value that is not an `Error` (a plain object, a string), so the report carries no message or stack. Throw or reject with an `Error` to see the cause.',
        tier: 'text'
    },
    {
        id: 'js.object-as-message',
        category: 'unknown',
        // An error built from a plain object (`new Error(obj)`, a rejection with
        // `{…}` stringified): the message is all the report has, and it says
        // nothing. Only the whole first line, so a value shown in a diff is not it.
        pattern: /^(?:Uncaught |Unhandled (?:rejection|error):? )?(?:(?:[A-Z][\w ]{0,40})?Error: )?\[object Object\]\s{0,10}(?:\n|$)/,
        needle: '[object Object]',
        key: '',
        hint: 'The test failed with an error whose message is `[object Object]`: an object was thrown or passed to `new Error()`, so the report carries no cause. Throw an `Error` with a message (or log the object) to see it.',
        tier: 'text'
    },
    // Product signatures.
    {
        id: 'js.expect',
        category: 'assertion',
        // jest/vitest `expect(received)`, Playwright `expect(locator).toHaveText(expected) failed`,
        // chai, Jasmine `Expected 3 to equal 4.`, AVA's difference block,
        // node-tap's `found:`/`wanted:` diagnostics.
        pattern: /expect\((?:received|jest\.fn\(\))\)|\bexpect\((?:locator|page|response|received|value)\)\.(?:not\.)?to\w{1,40}\(|AssertionError(?: \[ERR_ASSERTION\])?:|^\s*Expected:|\b[Ee]xpected .{0,200} to (?:be|equal|have|include|deep|match|contain|throw)|^\s*Difference \(- actual, \+ expected\):|^\s{0,20}found: [^\n]{0,300}\n\s{0,20}wanted: /m,
        needle: ['expect', 'Difference', 'wanted: '],
        key: '',
        hint: 'An expectation did not hold: look at the expected and received values.'
    },
    {
        id: 'js.cypress-uncaught',
        category: 'crash',
        pattern: /The following error originated from your application code, not from Cypress/,
        needle: 'originated from your application code',
        key: '',
        hint: 'The application under test threw an uncaught error while Cypress drove it.'
    },
    {
        id: 'js.exception',
        category: 'crash',
        pattern: /\b(?<type>TypeError|ReferenceError|RangeError): (?:Cannot read propert|Cannot set propert|\S{1,200} is not)/,
        needle: 'Error',
        key: '',
        hint: 'An uncaught `{type}` in the code under test.'
    }
];

const PERL_RULES = [
    {
        id: 'pl.cant-locate-module',
        category: 'missing-module',
        pattern: /Can't locate (?<file>[\w/]{1,300})\.pm in @INC|Tried to use '(?<module>[\w:]{1,300})'/,
        needle: ["Can't locate", 'Tried to use'],
        key: '{module}{file}',
        hint: 'Perl cannot load the module. Add it to the cpanfile (or `PERL5LIB`) and install the dependencies in CI.'
    },
    {
        id: 'pl.cant-locate-method',
        category: 'missing-attribute',
        pattern: /Can't locate object method "(?<meth>\w{1,200})" via package "(?<cls>[\w:]{1,300})"/,
        needle: "Can't locate object method",
        key: '{cls}.{meth}',
        hint: 'Tests call `{meth}` on `{cls}`, which does not define it. Add the helper or update the callers.'
    },
    {
        id: 'pl.undefined-value',
        category: 'crash',
        pattern: /Can't call method "(?<meth>\w{1,200})" on (?:an undefined value|unblessed reference)/,
        needle: "Can't call method",
        key: '',
        hint: 'The code under test called `{meth}` on an undefined value.'
    },
    {
        id: 'pl.assertion',
        category: 'assertion',
        pattern: /^#?\s*Failed test\b|^#?\s*got: [^\n]{0,300}\n#?\s*expected: /m,
        needle: ['Failed test', 'got:'],
        key: '',
        // Every TAP failure says "Failed test": only a weak sign of an assertion.
        tier: 'text',
        hint: 'An expectation did not hold: look at the got and expected values.'
    }
];

const PHP_RULES = [
    {
        id: 'php.test-file-unloadable',
        category: 'collection-error',
        // PHPUnit could not load a test file it was given: the file is not there
        // (a path in `phpunit.xml` or the command line that moved), it does not
        // declare the class its name promises (PHPUnit 9 `Class 'X' could not be
        // found in 'X.php'`, 10+ `Class "X" cannot be found in "X.php"`), or the
        // bootstrap script is gone.
        // Tried before `php.class-not-found`, which reads autoloaded classes.
        pattern: /\bCannot open file "(?<path>[^"\n]{1,300}\.php)"|\bTest file "(?<path2>[^"\n]{1,300}\.php)" not found|\bClass '[\w\\]{1,300}' could not be found in '(?<path3>[^'\n]{1,300}\.php)'|\bClass "[\w\\]{1,300}" cannot be found in "(?<path5>[^"\n]{1,300}\.php)"|\bCannot open bootstrap script "(?<path4>[^"\n]{1,300})"/,
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
        pattern: /Class "(?<cls>[\w\\]{1,300})" not found|Class '(?<cls2>[\w\\]{1,300})' not found/,
        needle: 'not found',
        key: '{cls}{cls2}',
        hint: 'The class cannot be autoloaded. Add its package with Composer or fix the namespace and `autoload` mapping, then `composer dump-autoload`.'
    },
    {
        id: 'php.failed-opening-required',
        category: 'missing-module',
        pattern: /Failed opening required '(?<file>[^'\n]{1,300})'|failed to open stream: No such file or directory/,
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
        pattern: /Call to undefined method (?<owner>(?:[\w]{1,100}\\){0,20}(?<cls>\w{0,100}Tester)|(?:\w{1,100}\\){0,3}Tests\\(?:\w{1,100}\\){0,20}(?<cls2>\w{1,200}))::(?<meth>\w{1,200})\(\)/,
        needle: 'Call to undefined method',
        key: '{cls}.{meth}',
        hint: 'The test class `{owner}` has no method `{meth}`. For a Codeception actor, enable the module that provides the step in the suite configuration and run `codecept build`; otherwise restore the helper or update the callers.'
    },
    {
        id: 'php.undefined-method',
        category: 'missing-attribute',
        // The namespace is dropped from the key: `Tests\Support\AuthHelper::x()` → `AuthHelper.x`.
        pattern: /Call to undefined method (?<owner>(?:[\w]{1,100}\\){0,20}(?<cls>\w{1,200}))::(?<meth>\w{1,200})\(\)/,
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
        pattern: /The data provider specified for (?<test>[\w\\:]{1,300}) is invalid/,
        needle: 'The data provider specified for',
        key: '{test}',
        hint: 'PHPUnit could not load the data provider of `{test}`, so the test never ran. Restore the provider method or fix its name.'
    },
    {
        id: 'php.pdo-refused',
        category: 'service-unavailable',
        pattern: /SQLSTATE\[HY000\] \[2002\] (?:Connection refused|No such file or directory|Connection timed out|Operation timed out|php_network_getaddresses: getaddrinfo)/,
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
        pattern: /\b(?:PHP )?[Ee]xtension [`'"]?(?<module>\w{1,100})[`'"]? is (?:required|missing|not (?:available|loaded|installed))|\b(?:The )?[`'"]?(?<module2>\w{1,100})[`'"]? (?:PHP )?extension (?:is (?:not (?:available|loaded|installed)|required|missing)|must be (?:installed|loaded|enabled))|\bext-(?<module3>\w{1,100}) \* (?:-> it is|but it is) missing from your system/,
        needle: ['extension', 'missing from your system'],
        key: '{module}{module2}{module3}',
        hint: 'The PHP extension `{module}{module2}{module3}` is not installed on the runner, so its tests cannot run. Add it to the `extensions:` of setup-php (or install it).'
    },
    {
        id: 'php.curl-error',
        category: 'service-unavailable',
        pattern: /cURL error (?:6|7): (?:Failed to connect to (?<host>[\w.-]{1,200}) port (?<port>\d{1,5})|Could not resolve host: (?<host2>[\w.-]{1,200})|Couldn't connect to server)/,
        needle: 'cURL error',
        key: '{address}',
        hint: 'A service the tests call was not reachable ({service}). Start it in CI before the tests.'
    },
    {
        id: 'php.parse-error',
        category: 'collection-error',
        // PHP compiles a file when it is loaded: a syntax error means the test
        // file (or a class it autoloads) never loaded, so none of its tests ran.
        pattern: /\b(?:ParseError|PHP Parse error): {1,2}syntax error(?:[^\n]{0,300}? in (?<path>[^\s]{1,300}\.php) on line \d{1,7}|[^\n]{0,300}\n\s{0,10}\n?(?<path2>[^\s]{1,300}\.php):\d{1,7})?/,
        needle: 'syntax error',
        key: '{path}',
        hint: 'A PHP file has a syntax error, so the tests that load it never ran. Fix the error at the line PHP names (`php -l` finds it).'
    },
    {
        id: 'php.webdriver-unreachable',
        category: 'service-unavailable',
        // php-webdriver could not talk to chromedriver/geckodriver/Selenium: the
        // driver was not started (a refused address, when given, wins as the key).
        pattern: /WebDriverCurlException: Curl error thrown for http (?<method>[A-Z]{3,7}) to (?<path>\/[^\s]{0,200})/,
        needle: 'WebDriverCurlException',
        key: 'WebDriver',
        hint: 'The browser driver (chromedriver, geckodriver or Selenium) did not answer. Start it before the browser tests.',
        tier: 'text'
    },
    {
        id: 'php.timeout',
        category: 'timeout',
        pattern: /ProcessTimedOutException: The process "(?<cmd>[^"\n]{1,300})" exceeded the timeout of (?<budget>\d{1,9} seconds?)|cURL error 28: |Maximum execution time of (?<budget2>\d{1,9} seconds?) exceeded/,
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
        pattern: /ModuleConfigException\]?:? {0,2}(?:[\w\\]{0,200}\\)?(?<module>\w{1,100}) module is not configured/,
        needle: 'module is not configured',
        key: '{module} module',
        hint: 'The Codeception `{module}` module has no configuration for this suite in CI (its options are missing). Set them in the suite file or the environment it reads.'
    },
    {
        id: 'php.laravel-app-key',
        category: 'missing-config',
        pattern: /MissingAppKeyException|No application encryption key has been specified/,
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
        pattern: /getenv\('(?<var>[A-Z][A-Z0-9_]{2,100})'\)|Environment variable not found: "(?<var2>[A-Z][A-Z0-9_]{2,100})"/,
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
        pattern: /Failed asserting that|ExpectationFailedException|Expectation failed for method name|InvalidCountException|\bMethod [^\n]{1,300} should be called\s{1,20}(?:exactly|at least|at most) \d{1,9} times?/,
        needle: ['fail', 'InvalidCountException', 'should be called'],
        key: '',
        hint: 'An expectation did not hold: look at the expected and actual values.'
    },
    {
        id: 'php.null-access',
        category: 'crash',
        // The engine's fatal `Error`s for a value that is not what the code
        // assumed (a null object, an undefined variable or array key).
        pattern: /\b(?:Error: )?(?<what>Call to a member function \w{1,200}\(\) on (?:null|bool|array|int|float|string)|Attempt to (?:read|assign) property "\w{1,200}" on (?:null|bool|array|int|float|string)|Cannot access offset of type \w{1,40} on \w{1,40}|Undefined (?:array key|variable|property:?) [^\n]{1,200}|Trying to access array offset on (?:value of type )?\w{1,40})/,
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
        pattern: /\b(?<type>TypeError|DivisionByZeroError|ErrorException|ValueError): /,
        needle: 'Error',
        key: '',
        hint: 'An uncaught `{type}` in the code under test.'
    }
];

const PYTHON_RULES = [
    {
        id: 'py.skip-could-not-import',
        category: 'missing-module',
        // pytest.importorskip and hand-written skips: the module named first is
        // the one the test wanted, even when the error names a parent package.
        pattern: /could not import '(?<module>[\w.]{1,300})'/,
        needle: 'could not import',
        key: '{module}',
        hint: 'Tests skip because `{module}` cannot be imported. Install the package that provides `{top}` in CI or fix the import path; a skip here silently hides coverage.'
    },
    {
        id: 'py.module-not-found',
        category: 'missing-module',
        pattern: /No module named '?(?<module>[\w.]{1,300})/,
        needle: 'No module named',
        key: '{module}',
        hint: '`{module}` cannot be imported. Add the package that provides `{top}` to the test dependencies, or fix the import path if it is part of this repository.'
    },
    {
        id: 'py.cannot-import-name',
        category: 'missing-attribute',
        pattern: /cannot import name '(?<name>\w{1,200})' from (?:partially initialized module )?'(?<module>[\w.]{1,300})'/,
        needle: 'cannot import name',
        key: '{module}.{name}',
        hint: '`{module}` has no `{name}`: it was renamed or removed. Restore it or update the import.'
    },
    {
        id: 'py.module-has-no-attribute',
        category: 'missing-attribute',
        pattern: /module '(?<module>[\w.]{1,300})' has no attribute '(?<attr>\w{1,200})'/,
        needle: 'has no attribute',
        key: '{module}.{attr}',
        hint: '`{module}.{attr}` does not exist: the helper was removed or renamed, or a library changed its API. Restore it or update the callers.'
    },
    {
        id: 'py.object-has-no-attribute',
        category: 'missing-attribute',
        pattern: /'(?<cls>\w{1,200})' object has no attribute '(?<attr>\w{1,200})'/,
        needle: 'has no attribute',
        key: '{cls}.{attr}',
        hint: 'Tests call `{attr}` on `{cls}`, which does not define it. Add the helper to `{cls}` or update the callers to the name it really has.',
        refine: 'helper'
    },
    {
        id: 'py.type-has-no-attribute',
        category: 'missing-attribute',
        pattern: /type object '(?<cls>\w{1,200})' has no attribute '(?<attr>\w{1,200})'/,
        needle: 'has no attribute',
        key: '{cls}.{attr}',
        hint: 'Tests use `{cls}.{attr}`, which `{cls}` does not define. Add it or update the callers.',
        refine: 'helper'
    },
    {
        id: 'py.name-not-defined',
        category: 'missing-attribute',
        pattern: /NameError: name '(?<name>\w{1,200})' is not defined/,
        needle: 'is not defined',
        key: '{name}',
        hint: '`{name}` is not defined where the test uses it: a missing import or a removed helper.',
        refine: 'helper'
    },
    {
        id: 'py.fixture-not-found',
        category: 'missing-fixture',
        pattern: /fixture '(?<fixture>\w{1,200})' not found/,
        needle: 'not found',
        key: '{fixture}',
        hint: 'Tests request the fixture `{fixture}`, which is not defined. Define it in a `conftest.py` the tests can see, or fix the name (`pytest --fixtures` lists what exists).'
    },
    {
        id: 'py.ssl-verify',
        category: 'service-unavailable',
        // urllib3 wraps a certificate the runner does not trust in the same
        // `Max retries exceeded` as a refused connection; the fix differs.
        pattern: /host='(?<host>[^'\n]{1,200})', port=(?<port>\d{1,5})\)[^\n]{0,400}?(?:SSLError|CERTIFICATE_VERIFY_FAILED)/,
        needle: 'port=',
        key: '{address}',
        hint: 'The TLS handshake with `{host}:{port}` failed: the runner does not trust its certificate (an internal CA, a self-signed or expired certificate). Install the CA on the runner (`REQUESTS_CA_BUNDLE`) or point the test at a trusted endpoint.'
    },
    {
        id: 'py.errno-connection-refused',
        category: 'service-unavailable',
        pattern: /host='(?<host>[^'\n]{1,200})', port=(?<port>\d{1,5})\)[^\n]{0,400}?(?:Connection refused|NewConnectionError|Max retries)/,
        needle: 'port=',
        key: '{address}',
        hint: '{service} at `{host}:{port}` refused connections. Start it before the tests (a `services:` container or compose with a health check).'
    },
    {
        id: 'py.libpq-connection-failed',
        category: 'service-unavailable',
        pattern: /connection to server at "(?<host>[^"\n]{1,200})"(?: \([^)\n]{1,100}\))?, port (?<port>\d{1,5}) failed/,
        needle: 'connection to server',
        key: '{address}',
        hint: 'PostgreSQL at `{host}:{port}` is not reachable. Add a postgres service with a health check and point `DATABASE_URL` at it.'
    },
    {
        id: 'py.libpq-socket',
        category: 'service-unavailable',
        pattern: /connection to server on socket "(?<socket>[^"\n]{1,300})" failed/,
        needle: 'connection to server on socket',
        key: 'PostgreSQL',
        hint: 'No local PostgreSQL socket `{socket}`. Run a postgres service and connect over TCP (`DATABASE_URL`).'
    },
    {
        id: 'py.redis-connecting',
        category: 'service-unavailable',
        pattern: /Error -?\d{1,6} connecting to (?<host>[\w.-]{1,200}):(?<port>\d{1,5})\./,
        needle: 'connecting to',
        key: '{address}',
        hint: '{service} at `{host}:{port}` is not reachable. Add it as a CI service.'
    },
    {
        id: 'py.pytest-timeout',
        category: 'timeout',
        // Older pytest-timeout writes `Failed: Timeout >5.0s`, newer releases
        // `Failed: Timeout (>120.0s) from pytest-timeout.`.
        pattern: /Failed: Timeout \(?>(?<budget>(?<secs>[\d.]{1,20})s)\b/,
        needle: 'Failed: Timeout',
        key: '',
        hint: 'Tests hit the {secs}s timeout, usually while waiting on a service that is not there; otherwise raise the timeout.'
    },
    {
        id: 'py.sqlalchemy-pool-timeout',
        category: 'timeout',
        // Every pooled connection stayed checked out for the whole wait (a test
        // or fixture that never returns its session). A refusal behind the wait
        // is the refused database instead (see `classify.ts`).
        pattern: /QueuePool limit of size \d{1,6} overflow -?\d{1,6} reached, connection timed out, timeout (?<budget>[\d.]{1,12})/,
        needle: 'QueuePool limit',
        key: 'QueuePool',
        hint: 'No pooled database connection came free within {budget} s: tests or fixtures hold sessions without closing them, or the pool is smaller than the tests need. Close sessions in teardown or raise `pool_size`.'
    },
    {
        id: 'py.environ-keyerror',
        category: 'missing-config',
        // A KeyError alone is a dict lookup; only an upper-case name read through
        // os.environ is a missing variable (checked by the `env` refinement).
        pattern: /KeyError: '(?<var>[A-Z][A-Z0-9_]{2,100})'/,
        needle: 'KeyError',
        key: '{var}',
        hint: 'The environment variable `{var}` is not set. Set it in the workflow `env:` or secrets (secrets are not passed to pull requests from forks).',
        refine: 'env'
    },
    {
        id: 'py.no-credentials',
        category: 'missing-config',
        pattern: /NoCredentialsError: Unable to locate credentials/,
        needle: 'NoCredentialsError',
        key: 'AWS credentials',
        hint: 'AWS credentials are missing in CI. Configure an OIDC role or mock AWS in tests.'
    },
    {
        id: 'py.django-improperly-configured',
        category: 'missing-config',
        pattern: /ImproperlyConfigured: (?:Set the (?<var>[A-Z][A-Z0-9_]{1,100}) environment variable|[^\n]{0,300}?define the environment variable (?<var2>[A-Z][A-Z0-9_]{1,100})|The (?<var3>[A-Z][A-Z0-9_]{1,100}) setting must not be empty|settings\.(?<var4>[A-Z][A-Z0-9_]{1,100}) is improperly configured)/,
        needle: 'ImproperlyConfigured',
        key: '{var}',
        hint: 'Django is not configured in CI: `{var}` is not set. Set it in the workflow `env:` (or a test settings module).'
    },
    {
        id: 'py.decouple-undefined',
        category: 'missing-config',
        // python-decouple's `config('X')` with no value and no default.
        pattern: /UndefinedValueError: (?<var>\w{1,100}) not found\. Declare it as envvar or define a default value/,
        needle: 'UndefinedValueError',
        key: '{var}',
        hint: 'The setting `{var}` has no value in CI. Set it in the workflow `env:` (or a `.env`/`settings.ini` for tests), or give it a default.'
    },
    {
        id: 'py.settings-field-required',
        category: 'missing-config',
        // pydantic-settings: a settings class whose field has no value in the
        // environment (pytest prefixes each line with `E` when it is collected).
        pattern: /validation errors? for \w{0,100}(?:Settings|Config)\n(?:E {1,10})?(?<var>\w{1,100})\n(?:E)?\s{1,10}Field required/,
        needle: 'Field required',
        key: '{var}',
        hint: 'The setting `{var}` has no value: set its environment variable in the workflow `env:` or secrets.'
    },
    {
        id: 'py.kafka-no-brokers',
        category: 'service-unavailable',
        pattern: /NoBrokersAvailable/,
        needle: 'NoBrokersAvailable',
        key: 'Kafka',
        hint: 'No Kafka broker answered. Add a kafka service with a health check before the tests.'
    },
    {
        id: 'py.permission-error',
        category: 'permission-denied',
        pattern: /PermissionError: \[Errno 13\] Permission denied: '(?<path>[^'\n]{1,300})'/,
        needle: 'PermissionError',
        key: '{path}',
        hint: 'The runner cannot write `{path}`. Use a temporary directory (`tmp_path`) or fix the ownership.'
    },
    {
        id: 'py.memory-error',
        category: 'resource-exhausted',
        // numpy names its own subclass (`_ArrayMemoryError: Unable to allocate
        // 74.5 GiB for an array`), which a word boundary before `Memory` misses.
        pattern: /(?:\b|_Array)MemoryError\b|CUDA out of memory|\bUnable to allocate [\d.]{1,20} [KMGTPE]?i?B for an array/,
        needle: ['memory', 'Unable to allocate'],
        key: 'out of memory',
        hint: 'The tests ran out of memory. Reduce parallelism or data size, or use a larger runner.'
    },
    // Product signatures: tried after every infrastructure rule of the same tier.
    {
        id: 'py.assertion',
        category: 'assertion',
        pattern: /^(?:E\s+)?(?:AssertionError\b|assert )|\bAssertionError: |Failed: DID NOT RAISE/m,
        needle: 'assert',
        key: '',
        hint: 'An expectation did not hold: look at the expected and actual values.'
    },
    {
        id: 'py.exception',
        category: 'crash',
        pattern: /^(?:E\s+)?(?<type>(?:TypeError|KeyError|ValueError|IndexError|ZeroDivisionError|RuntimeError|AttributeError|UnboundLocalError|RecursionError|NotImplementedError))\b/m,
        needle: 'Error',
        key: '',
        hint: 'An uncaught `{type}` in the code under test.'
    }
];

const RUBY_RULES = [
    {
        id: 'rb.load-error',
        category: 'missing-module',
        pattern: /cannot load such file -- (?<feature>\S{1,300})/,
        needle: 'cannot load such file',
        key: '{feature}',
        hint: '`require "{feature}"` fails: add the gem to the Gemfile test group, or fix the load path.'
    },
    {
        id: 'rb.uninitialized-constant',
        category: 'missing-attribute',
        pattern: /uninitialized constant (?<const>[\w:]{1,300})/,
        needle: 'uninitialized constant',
        key: '{const}',
        hint: '`{const}` is not loaded: a missing `require`, a renamed class, or an autoload path that does not cover it.'
    },
    {
        id: 'rb.undefined-method-instance',
        category: 'missing-attribute',
        // Ruby 3.3 wrote `for an instance of X` with a backtick; 3.4 uses quotes.
        pattern: /undefined method [`'](?<meth>[^'`\n]{1,200})' for (?:an instance of |#<)(?<cls>[\w:]{1,300})/,
        needle: 'undefined method',
        key: '{cls}.{meth}',
        hint: 'Specs call `{meth}` on `{cls}`, which does not define it: the support module is not included (`config.include`) or the helper was removed or renamed.',
        refine: 'helper'
    },
    {
        id: 'rb.undefined-local',
        category: 'missing-attribute',
        pattern: /undefined local variable or method [`'](?<name>\w{1,200})' for (?:an instance of |#<)?(?<cls>[\w:]{1,300})/,
        needle: 'undefined local variable or method',
        key: '{name}',
        hint: '`{name}` is not defined where the spec uses it: a missing `let`, helper or include.',
        refine: 'helper'
    },
    {
        id: 'rb.econnrefused',
        category: 'service-unavailable',
        pattern: /ECONNREFUSED[^\n]{0,300}? for "(?<host>[^"\n]{1,200})" port (?<port>\d{1,5})/,
        needle: 'ECONNREFUSED',
        key: '{address}',
        hint: '{service} at `{host}:{port}` refused connections. Start it in CI before the specs.'
    },
    {
        id: 'rb.redis-cannot-connect',
        category: 'service-unavailable',
        pattern: /Redis::CannotConnectError: Error connecting to Redis on (?<host>[\w.-]{1,200}):(?<port>\d{1,5})/,
        needle: 'CannotConnectError',
        key: '{address}',
        hint: 'Redis at `{host}:{port}` is not reachable. Add a redis service.'
    },
    {
        id: 'rb.pg-connection-bad',
        category: 'service-unavailable',
        pattern: /PG::ConnectionBad/,
        needle: 'PG::ConnectionBad',
        key: 'PostgreSQL',
        hint: 'PostgreSQL is not reachable. Add a postgres service and check `DATABASE_URL`.'
    },
    {
        id: 'rb.env-fetch',
        category: 'missing-config',
        pattern: /key not found: "(?<var>[A-Z][A-Z0-9_]{2,100})"/,
        needle: 'key not found',
        key: '{var}',
        hint: 'The environment variable `{var}` is not set. Set it in the workflow `env:` or secrets.'
    },
    {
        id: 'rb.pending-migration',
        category: 'missing-config',
        pattern: /ActiveRecord::PendingMigrationError|Migrations are pending/,
        needle: 'igration',
        key: 'database schema',
        hint: 'The test database schema is not loaded. Run `db:schema:load` (or the migrations) in the CI setup.'
    },
    {
        id: 'rb.gem-not-found',
        category: 'missing-module',
        pattern: /Could not find gem '(?<gem>[\w.-]{1,100})|Gem::MissingSpecError: Could not find '(?<gem2>[\w.-]{1,100})'/,
        needle: 'Could not find',
        key: '{gem}',
        hint: 'The gem `{gem}` is not installed. Run `bundle install` in CI (check the Gemfile groups the job installs).'
    },
    {
        id: 'rb.rails-credentials',
        category: 'missing-config',
        pattern: /Missing encryption key to decrypt file|ENV\['RAILS_MASTER_KEY'\]|Missing `secret_key_base`/,
        needle: ['Missing encryption key', 'RAILS_MASTER_KEY', 'secret_key_base'],
        key: 'RAILS_MASTER_KEY',
        hint: 'Rails cannot read its credentials in CI. Set `RAILS_MASTER_KEY` from a secret, or use test credentials.'
    },
    {
        id: 'rb.required-keys',
        category: 'missing-config',
        // dotenv's `Dotenv.require_keys` and Figaro's `Figaro.require_keys`.
        pattern: /MissingKeys: Missing required configuration keys?: \[?"(?<var>[A-Za-z_]\w{1,100})"/,
        needle: 'Missing required configuration key',
        key: '{var}',
        hint: 'The environment variable `{var}` is required and not set. Set it in the workflow `env:` or secrets.'
    },
    {
        id: 'rb.no-database',
        category: 'missing-config',
        pattern: /ActiveRecord::NoDatabaseError|We could not find your database: (?<db>[\w-]{1,100})/,
        needle: ['NoDatabaseError', 'could not find your database'],
        key: 'database schema',
        hint: 'The test database does not exist. Run `db:create db:schema:load` in the CI setup.'
    },
    {
        id: 'rb.net-timeout',
        category: 'timeout',
        pattern: /\bNet::(?:ReadTimeout|OpenTimeout|WriteTimeout)\b|Faraday::TimeoutError/,
        needle: ['Net::', 'Faraday::TimeoutError'],
        key: '',
        hint: 'An HTTP call timed out, usually to a dependency that is not there. Start or stub it before the specs.'
    },
    {
        id: 'rb.faraday-connection',
        category: 'service-unavailable',
        pattern: /Faraday::ConnectionFailed|HTTP::ConnectionError|SocketError: Failed to open TCP connection/,
        needle: [
            'ConnectionFailed',
            'HTTP::ConnectionError',
            'Failed to open TCP connection'
        ],
        key: 'connection refused',
        hint: 'A service the specs call was not reachable. Start it in CI or stub it.'
    },
    {
        id: 'rb.eacces',
        // Ruby's Errno message names the system call and the path.
        category: 'permission-denied',
        pattern: /Permission denied @ \w{1,40} - (?<path>\S{1,300})/,
        needle: 'Permission denied @',
        key: '{path}',
        hint: 'The runner cannot write `{path}`. Use a temporary directory or fix the ownership.'
    },
    {
        id: 'rb.timeout',
        category: 'timeout',
        pattern: /Timeout::Error|execution expired/,
        needle: ['Timeout::Error', 'execution expired'],
        key: '',
        hint: 'A spec timed out, usually waiting on a dependency that is not there.'
    },
    {
        id: 'rb.shared-context-missing',
        category: 'missing-fixture',
        // `include_context` / `it_behaves_like` naming a shared group no loaded
        // file defines (usually a support file that is not required).
        pattern: /Could not find shared (?<kind>context|examples|example group) "(?<name>[^"\n]{1,200})"/,
        needle: 'Could not find shared',
        key: '{name}',
        hint: 'The shared {kind} "{name}" is not defined when the spec loads. Require the support file that defines it (`spec/support`) or fix the name.'
    },
    {
        id: 'rb.fixture-row-missing',
        category: 'missing-fixture',
        // Rails fixtures: the test asks for a row its YAML file does not define.
        pattern: /No fixture named '(?<name>[^'\n]{1,200})' found for fixture set '(?<set>[^'\n]{1,200})'/,
        needle: 'No fixture named',
        key: '{name}',
        hint: 'The fixture `{set}(:{name})` is not defined: add the row `{name}` to `test/fixtures/{set}.yml` or fix the name.'
    },
    {
        id: 'rb.file-fixture-missing',
        category: 'missing-fixture',
        // Rails' `file_fixture` and `fixture_file_upload` look in the fixture
        // directory and name the file that is not there.
        pattern: /the directory '(?<dir>[^'\n]{1,300})' does not contain a file named '(?<file>[^'\n]{1,300})'/,
        needle: 'does not contain a file named',
        key: '{file}',
        hint: 'The test uses the fixture file `{file}`, which is not in `{dir}` in CI: commit it or fix the name.'
    },
    {
        id: 'rb.factory-not-registered',
        category: 'missing-fixture',
        // FactoryBot: a factory, trait or sequence no loaded definition declares.
        pattern: /\b(?<kind>Factory|Trait|Sequence) not registered: "?:?(?<name>[\w:]{1,200})"?/,
        needle: 'not registered:',
        key: '{name}',
        hint: 'FactoryBot has no {kind} `{name}`: define it under `spec/factories` (and check that the definitions load), or fix the name.'
    },
    {
        id: 'rb.spec-file-load',
        category: 'collection-error',
        // RSpec could not load a spec file (a SyntaxError, an error raised at
        // load time), so none of its examples ran. A more specific cause inside
        // (a missing gem, an uninitialised constant) wins.
        pattern: /An error occurred while loading (?:\.\/)?(?<file>[^\s]{1,300}\.rb)\b/,
        needle: 'an error occurred while loading',
        key: '{file}',
        hint: 'RSpec could not load `{file}`, so none of its examples ran. Fix the error it raised while loading (the first one in the output).',
        tier: 'text'
    },
    // Product signatures.
    {
        id: 'rb.assertion',
        category: 'assertion',
        pattern: /ExpectationNotMetError|^\s*expected:? [^\n]{0,300}\n\s*got:|Expected [^\n]{0,300} to |^\s{0,40}expected: (?:at (?:least|most) )?\d{1,9} times?\b[^\n]{0,300}\n\s{0,40}received: \d{1,9} times?|received :\w{1,100} with unexpected arguments/m,
        // rspec-mocks: `expected: 1 time with any arguments` / `received: 0 times`.
        needle: ['xpect'],
        key: '',
        hint: 'An expectation did not hold: look at the expected and actual values.'
    },
    {
        id: 'rb.nil-error',
        category: 'crash',
        pattern: /undefined method [`'][^'`\n]{1,200}' for nil|(?<type>ZeroDivisionError|NoMethodError|TypeError|ArgumentError)\b/,
        needle: [
            'undefined method',
            'ZeroDivisionError',
            'NoMethodError',
            'TypeError',
            'ArgumentError'
        ],
        key: '',
        hint: 'An uncaught error in the code under test.'
    }
];

const RUST_RULES = [
    {
        id: 'rs.reqwest-refused',
        category: 'service-unavailable',
        // reqwest's Debug output spells the URL out as a struct: the host and
        // port it could not reach are fields of it.
        pattern: /\bhost: Some\((?:Domain|Ipv4|Ipv6)\("?(?<host>[^")\n]{1,200})"?\)\), port: Some\((?<port>\d{1,5})\)[^\n]{0,600}?(?:kind: ConnectionRefused|tcp connect error|Connection refused)/,
        needle: 'port: Some(',
        key: '{address}',
        hint: '{service} at `{host}:{port}` refused connections. Start it in CI before the tests.'
    },
    {
        id: 'rs.io-refused',
        category: 'service-unavailable',
        pattern: /kind: (?<kind>ConnectionRefused|TimedOut|AddrNotAvailable|ConnectionReset)|tcp connect error: Connection refused|Connection refused \(os error (?:111|61)\)/,
        needle: ['kind: ', 'Connection refused'],
        key: 'connection refused',
        hint: 'A service the tests need is not reachable. Start it in CI before the tests.'
    },
    {
        id: 'rs.sqlx-pool',
        category: 'service-unavailable',
        pattern: /pool timed out while waiting for an open connection/,
        needle: 'pool timed out',
        key: 'database connection pool',
        hint: 'No database connection could be opened: the database is unreachable or the pool is too small.'
    },
    {
        id: 'rs.env-var-named',
        category: 'missing-config',
        // `env::var("X").expect("X must be set")` panics with `X must be set: NotPresent`.
        pattern: /\b(?<var>[A-Z][A-Z0-9_]{1,100})\b[^\n]{0,100}?: NotPresent\b/,
        needle: 'NotPresent',
        key: '{var}',
        hint: 'The environment variable `{var}` is not set. Set it in the workflow `env:` or secrets.'
    },
    {
        id: 'rs.env-not-present',
        category: 'missing-config',
        pattern: /on an `Err` value: NotPresent|environment variable not found/,
        needle: ['NotPresent', 'environment variable not found'],
        key: 'environment variable',
        hint: 'A required environment variable is not set (the test source names it). Set it in the workflow `env:`.'
    },
    {
        id: 'rs.compile-file-not-found',
        category: 'build-failure',
        // rustc could not read a source file the crate compiles (a `#[path]`
        // module, an `include!`d `.rs`): the build is broken. A data file read by
        // `include_str!` is a missing fixture, the `os error 2` rule's.
        pattern: /^error: couldn't read [`"]?(?<path>[^`"\n]{1,300}\.rs)[`"]?: [^\n]{0,120}(?:\n {0,10}--> (?<file>[\w./-]{1,300}):\d)?/m,
        needle: "couldn't read",
        key: '{file}',
        hint: 'The crate did not compile: the source file `{path}` does not exist. Commit it or fix the module path.'
    },
    {
        id: 'rs.no-such-file',
        category: 'missing-fixture',
        // io::Error prints `No such file or directory (os error 2)` after the
        // path the caller named (`include_str!`, `fs::read_to_string(…).expect(…)`).
        pattern: /(?<![\w./~-])[`'"]?(?<path>[\w./~-]{1,300}?)[`'"]?: No such file or directory \(os error 2\)|kind: NotFound, message: "No such file or directory"/,
        needle: ['os error 2', 'kind: NotFound'],
        key: '{path}',
        hint: 'The test reads `{path}`, which does not exist in CI: commit the fixture file, generate it in a setup step, or fix the path (relative paths resolve from the crate root).'
    },
    {
        id: 'rs.permission-denied',
        category: 'permission-denied',
        // io::Error after the path the caller named, as `rs.no-such-file`.
        pattern: /(?<![\w./~-])[`'"]?(?<path>\/[\w./~-]{1,300}?)[`'"]?: (?:Permission denied \(os error 13\)|Os \{ code: 13, kind: PermissionDenied)|kind: PermissionDenied, message: "Permission denied"/,
        // `Os { code: 13, … }` is io::Error's Debug form, after the path the caller named.
        needle: ['os error 13', 'kind: PermissionDenied'],
        key: '{path}',
        hint: 'The runner may not write `{path}`. Use a temporary directory (`tempfile`, `env::temp_dir()`) or fix the ownership.'
    },
    {
        id: 'rs.tokio-elapsed',
        category: 'timeout',
        // tokio::time::timeout's error: `Elapsed(())` unwrapped, or its Display.
        pattern: /\bElapsed\(\(\)\)|\bdeadline has elapsed\b/,
        needle: ['Elapsed(())', 'deadline has elapsed'],
        key: '',
        hint: 'A `tokio::time::timeout` ran out, usually waiting on a dependency that is not there. Find the wait or raise the timeout.'
    },
    {
        id: 'rs.unresolved-import',
        category: 'missing-module',
        // rustc could not find a crate or module the code imports: a dependency
        // missing from Cargo.toml (or a feature not enabled).
        pattern: /^error\[E0432\]: unresolved import `(?<module>[\w:]{1,300})`|^error\[E0463\]: can't find crate for `(?<crate>\w{1,100})`/m,
        needle: ['unresolved import', "can't find crate"],
        key: '{module}{crate}',
        hint: '`{module}{crate}` cannot be imported, so the crate did not compile. Add the dependency (or its feature) to `Cargo.toml`, or fix the path.'
    },
    {
        id: 'rs.could-not-compile',
        category: 'build-failure',
        pattern: /error: could not compile `(?<crate>[\w-]{1,100})`/,
        needle: 'could not compile',
        key: '{crate}',
        hint: 'The crate `{crate}` or its tests did not compile, so none of its tests ran. Fix the first compiler error.'
    },
    {
        id: 'rs.compile-error',
        category: 'build-failure',
        pattern: /^error\[E(?<code>\d{4})\]: /m,
        needle: 'error[e',
        key: '',
        hint: 'The code did not compile (E{code}), so none of its tests ran. Fix the first compiler error.'
    },
    {
        id: 'rs.nextest-timeout',
        category: 'timeout',
        pattern: /^test timeout$|\bTIMEOUT\b|(?<!panic: )test timed out(?! after \d{1,12}ms)/m,
        needle: 'time',
        key: '',
        hint: 'Tests reached the nextest slow-timeout. Find what they wait on, or raise `slow-timeout`.'
    },
    {
        id: 'rs.abort',
        category: 'resource-exhausted',
        pattern: /^test abort$|memory allocation of \d{1,20} bytes failed/m,
        needle: ['test abort', 'memory allocation'],
        key: 'test process aborted',
        hint: 'The test process was killed by a signal (often out of memory).'
    },
    // Product signatures.
    {
        id: 'rs.assertion',
        category: 'assertion',
        pattern: /assertion `left [=!]= right` failed|assertion failed: |assertion failed!|note: test did not panic as expected|panic did not contain expected string/,
        needle: ['assertion', 'did not panic', 'panic did not contain'],
        key: '',
        hint: 'An expectation did not hold: look at the left and right values.'
    },
    {
        id: 'rs.panic',
        category: 'crash',
        pattern: /panicked at |called `(?:Option|Result)::unwrap\(\)` on an? `(?:None|Err)`/,
        needle: ['panicked at', 'unwrap()'],
        key: '',
        hint: 'A panic in the code under test.'
    }
];

const SCALA_RULES = [
    {
        id: 'scala.missing-import',
        category: 'missing-module',
        // scalac: an import names something its package does not have, usually a
        // library missing from the test dependencies.
        pattern: /\b(?:object|class|type) (?<name>\w{1,200}) is not a member of package (?<pkg>[\w.]{1,300})/,
        needle: 'is not a member of package',
        key: '{pkg}.{name}',
        hint: '`{pkg}.{name}` is not on the test classpath, so the tests did not compile. Add the library to `libraryDependencies` (`% Test`) or fix the import.'
    },
    {
        id: 'scala.missing-member',
        category: 'missing-attribute',
        // scalac 2 (`File.scala:12:5: value x is not a member of T`) and Scala 3
        // (the same words on an `[error]    |` line under its header).
        pattern: /\.scala:\d{1,7}(?::\d{1,5})?:? (?:error: )?value (?<member>\w{1,200}) is not a member of (?<type>[\w.$]{1,200})|^\[error\]\s{1,20}\|\s{0,20}value (?<member2>\w{1,200}) is not a member of (?<type2>[\w.$]{1,200})/m,
        needle: 'is not a member of',
        key: '{type}.{member}',
        hint: '`{type}` has no member `{member}`: it was renamed or removed. Restore it or update the test.'
    },
    {
        id: 'scala.compile-error',
        category: 'build-failure',
        pattern: /^\[error\] (?:-- (?:\[E\d{3}\] )?[\w ]{1,60}Error: )?(?<path>[^\s:]{1,300}\.scala):\d{1,7}:\d{1,5}|\.scala:\d{1,7}: error: |\(\w{0,40} ?\/ ?compileIncremental\) Compilation failed/m,
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
        pattern: /\bAsk timed out on \[(?:Actor\[)?(?<what>[^\]\s#]{1,300})(?:#-?\d{1,20})?\]{1,2} after \[(?<budget>\d{1,9} ?m?s)\]/,
        needle: 'Ask timed out on',
        key: '{what}',
        hint: 'The actor `{what}` did not reply to an ask within {budget}. Check that it handles the message and replies, or raise the ask timeout.'
    },
    // Product signatures (ScalaTest's and MUnit's assertion wording is the
    // JVM's, in `java.assertion`).
    {
        id: 'scala.exception',
        category: 'crash',
        pattern: /\bscala\.MatchError\b|NoSuchElementException: (?:None\.get|head of empty list|next on empty iterator|key not found: )/,
        needle: ['MatchError', 'NoSuchElementException'],
        key: '',
        hint: 'An uncaught error in the code under test (a match with no case, `None.get`, an empty collection).'
    }
];

/**
 * XCTest writes a failed assertion with the values it compared on one line
 * (`XCTAssertEqual failed: ("…") is not equal to ("…")`): wording in it is
 * data. Put after a match, so it is only looked at where the match is.
 */
const SWIFT_RULES = [
    {
        id: 'swift.no-such-module',
        category: 'missing-module',
        pattern: /\b[Nn]o such module '(?<module>[\w.]{1,200})'|\bmissing required modules?:? '(?<module2>[\w.]{1,200})'|\bproduct '(?<module3>[\w.-]{1,200})' required by package '[^'\n]{1,200}' target '[^'\n]{1,200}' not found/,
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
        pattern: /(?<!\.swift:\d{1,7}:\d{1,5}: )error: (?:value of type|type) '(?<type>[^'\n]{1,200})' has no member '(?<member>\w{1,200})'|(?<!\.swift:\d{1,7}:\d{1,5}: )error: module '(?<type2>[\w.]{1,200})' has no member named '(?<member2>\w{1,200})'/,
        needle: ['has no member'],
        key: '{type}.{member}',
        hint: '`{type}` has no member `{member}`: it was renamed or removed. Restore it or update the test.'
    },
    {
        id: 'swift.compile-error',
        category: 'build-failure',
        // Compiler diagnostics carry a column; XCTest failures (`File.swift:48:
        // error: -[…]`) do not.
        pattern: /(?<path>[^\s:]{1,300}\.swift):\d{1,7}:\d{1,5}: error: |\*\* (?:TEST )?BUILD FAILED \*\*|^error: (?:emit-module command failed|fatalError$|compile command failed)/m,
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
        pattern: /(?:Asynchronous wait failed: Exceeded timeout of (?<budget>[\d.]{1,12} seconds?), with unfulfilled expectations: "(?<what>[^"\n]{1,200})"|exceeded execution time allowance of (?<budget2>[\d.]{1,12} (?:seconds?|minutes?))|\bNSURLErrorDomain,? Code=-1001\b)/,
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
        pattern: /\.swift:\d{1,7}: Fatal error: |\bFatal error: (?:Unexpectedly found nil|Index out of range|Division by zero|Array index is out of range|Range requires lowerBound)|\bTest crashed with signal \w{1,10}|\bExited with (?:unexpected )?signal code \d{1,3}|\bEXC_BAD_(?:ACCESS|INSTRUCTION)\b/,
        needle: ['Fatal error:', 'crashed with signal', 'signal code', 'EXC_BAD_'],
        key: '',
        hint: 'The test process trapped in the code under test (a force-unwrapped nil, an index out of range): read the line it names.'
    }
];

/**
 * Every table, in the order they are tried within a tier. Missing config
 * files come first: the ecosystems' missing-file rules would take them.
 */
const RULE_TABLES = {
    config: CONFIG_RULES,
    python: PYTHON_RULES,
    javascript: JAVASCRIPT_RULES,
    java: JAVA_RULES,
    go: GO_RULES,
    dotnet: DOTNET_RULES,
    ruby: RUBY_RULES,
    rust: RUST_RULES,
    php: PHP_RULES,
    perl: PERL_RULES,
    cpp: CPP_RULES,
    elixir: ELIXIR_RULES,
    swift: SWIFT_RULES,
    dart: DART_RULES,
    scala: SCALA_RULES,
    common: COMMON_RULES
};
const INFRASTRUCTURE_CATEGORIES = new Set([
    'missing-module',
    'missing-attribute',
    'missing-fixture',
    'service-unavailable',
    'timeout',
    'missing-config',
    'collection-error',
    'build-failure',
    'permission-denied',
    'resource-exhausted'
]);
const PRODUCT_CATEGORIES = new Set([
    'assertion',
    'crash'
]);
function isInfrastructure(category) {
    return INFRASTRUCTURE_CATEGORIES.has(category);
}
const rank = (rule) => (PRODUCT_CATEGORIES.has(rule.category) ? 2 : 0) +
    (rule.tier === 'text' ? 1 : 0);
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function compileCatalog(tables = RULE_TABLES) {
    const ordered = Object.values(tables)
        .flat()
        .map((rule, index) => ({ rule, index }))
        // Stable: rank first, then catalog order.
        .sort((a, b) => rank(a.rule) - rank(b.rule) || a.index - b.index);
    const rules = ordered.map(({ rule }) => ({
        ...rule,
        needles: (Array.isArray(rule.needle) ? rule.needle : [rule.needle])
            .map((needle) => needle.toLowerCase())
            .filter((needle) => needle !== '')
    }));
    const distinct = [...new Set(rules.flatMap((rule) => rule.needles))].sort((a, b) => b.length - a.length);
    // A lookahead so needles that start inside another match are still seen.
    const needleScan = distinct.length === 0
        ? null
        : new RegExp(`(?=(${distinct.map(escapeRegExp).join('|')}))`, 'g');
    const rulesByNeedle = new Map();
    const unconditional = [];
    rules.forEach((rule, position) => {
        if (rule.needles.length === 0)
            unconditional.push(position);
        for (const needle of new Set(rule.needles)) {
            const positions = rulesByNeedle.get(needle) ?? [];
            positions.push(position);
            rulesByNeedle.set(needle, positions);
        }
    });
    return {
        rules,
        needleScan,
        contained: new Map(),
        needles: distinct,
        rulesByNeedle,
        unconditional
    };
}
/**
 * The rules worth trying on a text whose needles are `found`, in priority
 * order: those without a needle and those with one of theirs present. Most
 * texts hold a handful of needles, so this is far shorter than the catalog.
 */
function candidateRules(catalog, found) {
    const positions = [...catalog.unconditional];
    for (const needle of found) {
        const owners = catalog.rulesByNeedle.get(needle);
        if (owners !== undefined)
            positions.push(...owners);
    }
    positions.sort((a, b) => a - b);
    const rules = [];
    for (let index = 0; index < positions.length; index++) {
        if (index > 0 && positions[index] === positions[index - 1])
            continue;
        rules.push(catalog.rules[positions[index]]);
    }
    return rules;
}
/** The needles present in `lowerText`. */
function findNeedles(catalog, lowerText) {
    const found = new Set();
    const scan = catalog.needleScan;
    if (scan === null)
        return found;
    // exec on the one compiled regex: matchAll would clone it on every call,
    // which costs more than the scan itself on short texts.
    scan.lastIndex = 0;
    for (let match = scan.exec(lowerText); match !== null;) {
        const needle = match[1];
        if (!found.has(needle)) {
            found.add(needle);
            for (const inner of containedIn(catalog, needle))
                found.add(inner);
        }
        // The match is an empty lookahead: step past it by hand.
        scan.lastIndex = match.index + 1;
        match = scan.exec(lowerText);
    }
    return found;
}
/** The shorter needles `needle` contains, worked out once per catalog. */
function containedIn(catalog, needle) {
    let inner = catalog.contained.get(needle);
    if (inner === undefined) {
        inner = catalog.needles.filter((other) => other !== needle && needle.includes(other));
        catalog.contained.set(needle, inner);
    }
    return inner;
}

/**
 * A cache that forgets everything once full: memory stays bounded without
 * per-entry bookkeeping, and texts that repeat (most of them, in real CI) are
 * worked out once.
 */
class BoundedMemo {
    capacity;
    entries = new Map();
    constructor(capacity) {
        this.capacity = capacity;
    }
    /** The remembered value, or undefined when there is none. */
    get(key) {
        return this.entries.get(key);
    }
    set(key, value) {
        if (this.entries.size >= this.capacity)
            this.entries.clear();
        this.entries.set(key, value);
    }
    clear() {
        this.entries.clear();
    }
}

/**
 * Turning raw failure text into something that groups: a bounded haystack,
 * the signature line, volatile tokens masked, ports named as services.
 */
/** Characters of each field that rules ever look at; beyond this is never matched. */
const MATCH_LIMITS = {
    message: 4_000,
    /** Head and tail of a body: the cause is near the top (JS, Go) or the bottom (pytest `E` lines, Java `Caused by:`). */
    bodyHead: 6_000,
    bodyTail: 4_000,
    output: 2_000,
    /** Characters of one evidence excerpt. */
    excerpt: 400,
    /** Characters of a normalised message or fallback key. */
    signature: 200
};
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]{0,20}[A-Za-z]/g;
function clean(text) {
    // Most text has neither: a character search is far cheaper than a replace.
    const ansi = text.indexOf('\u001b') !== -1;
    const cr = text.indexOf('\r') !== -1;
    if (!ansi && !cr)
        return text;
    const plain = ansi ? text.replace(ANSI, '') : text;
    return cr ? plain.replace(/\r\n?/g, '\n') : plain;
}
/** The first `limit` characters, cut before anything is matched. */
function head(text, limit) {
    if (!text)
        return '';
    return clean(text.length > limit ? text.slice(0, limit) : text);
}
/** Head and tail of a long body, so both ends of a trace are seen. */
function headAndTail(text) {
    if (!text)
        return '';
    const max = MATCH_LIMITS.bodyHead + MATCH_LIMITS.bodyTail;
    if (text.length <= max)
        return clean(text);
    return clean(`${text.slice(0, MATCH_LIMITS.bodyHead)}\n…\n${text.slice(text.length - MATCH_LIMITS.bodyTail)}`);
}
/** Well-known ports, so `127.0.0.1:5432` and `[::1]:5432` are one finding. */
const SERVICE_PORTS = {
    '5432': 'PostgreSQL',
    '3306': 'MySQL',
    '6379': 'Redis',
    '27017': 'MongoDB',
    '9092': 'Kafka',
    '5672': 'RabbitMQ',
    '9200': 'Elasticsearch',
    '11211': 'memcached',
    '1433': 'SQL Server',
    '1521': 'Oracle',
    '4566': 'LocalStack',
    '2375': 'Docker',
    '2376': 'Docker',
    '9000': 'MinIO',
    '4444': 'Selenium',
    '2181': 'ZooKeeper',
    '9042': 'Cassandra',
    '4222': 'NATS',
    '2379': 'etcd',
    '8500': 'Consul'
};
/** Canonical names of systems a skip reason may name in any spelling. */
const SYSTEM_NAMES = {
    docker: 'Docker',
    podman: 'Podman',
    postgres: 'PostgreSQL',
    postgresql: 'PostgreSQL',
    mysql: 'MySQL',
    mariadb: 'MariaDB',
    redis: 'Redis',
    mongo: 'MongoDB',
    mongodb: 'MongoDB',
    kafka: 'Kafka',
    rabbitmq: 'RabbitMQ',
    elasticsearch: 'Elasticsearch',
    opensearch: 'OpenSearch',
    memcached: 'memcached',
    localstack: 'LocalStack',
    minio: 'MinIO',
    selenium: 'Selenium',
    chrome: 'Chrome',
    chromedriver: 'Chrome',
    firefox: 'Firefox',
    playwright: 'Playwright',
    sqlserver: 'SQL Server',
    'sql server': 'SQL Server',
    oracle: 'Oracle',
    cassandra: 'Cassandra',
    zookeeper: 'ZooKeeper',
    nats: 'NATS',
    etcd: 'etcd',
    consul: 'Consul',
    vault: 'Vault',
    kubernetes: 'Kubernetes',
    minikube: 'Kubernetes',
    kind: 'Kubernetes',
    gpu: 'GPU',
    cuda: 'GPU',
    network: 'network',
    internet: 'network',
    database: 'database',
    db: 'database',
    x11: 'display',
    display: 'display'
};
function systemName(text) {
    return SYSTEM_NAMES[text.toLowerCase()] ?? text;
}
const LOOPBACK = /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[?::1\]?|0\.0\.0\.0)$/;
/** The service a host and port stand for: a known port's name, else `host:port`. */
function serviceName(host, port) {
    if (port && SERVICE_PORTS[port])
        return SERVICE_PORTS[port];
    if (host && port) {
        const shown = LOOPBACK.test(host)
            ? 'localhost'
            : host.replace(/^\[|\]$/g, '');
        return `${shown}:${port}`;
    }
    return host ?? 'a service';
}
/**
 * Volatile tokens masked so messages that differ only in them group.
 * Each pattern is linear: bounded classes, no nested repetition.
 */
const MASKS = [
    // Object reprs and ids: `<Foo object at 0x7f…>`, `#<Foo:0x0000…>`, `Foo@1b2c3d`.
    [/\b0x[0-9a-fA-F]{1,32}\b/g, '<hex>', '0x'],
    [/@[0-9a-f]{5,16}\b/g, '@<id>', '@'],
    [
        /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
        '<uuid>',
        '-'
    ],
    [/\b[0-9a-f]{12,64}\b/g, '<hex>', null],
    // Temporary directories and absolute paths up to the project-relative part.
    [
        /(?:\/tmp|\/var\/folders|\/private\/var)\/[^\s'"():]{1,300}/g,
        '<tmp>',
        ['/tmp/', '/var/folders/', '/private/var/']
    ],
    [
        /(?:[A-Za-z]:)?(?:[\\/][\w.@+-]{1,100}){1,40}[\\/](?:site-packages|node_modules|dist-packages)[\\/]/g,
        '<deps>/',
        ['-packages', 'node_modules']
    ],
    [
        /\/(?:home|Users|runner|github|workspace|builds|__w|src|app|repo|code)\/(?:[\w.@+-]{1,100}\/){0,8}/g,
        '/',
        '/'
    ]
];
/**
 * The masks that need a digit, tried only when the text has one (the masks
 * above never add a digit).
 */
const NUMBER_MASKS = [
    // host:port → the service; ephemeral ports are noise.
    [
        /\b(localhost|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[[\da-fA-F:]{2,60}\]):(\d{2,5})\b/g,
        (_m, host, port) => serviceName(host, port),
        ':'
    ],
    [/\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/g, '<ip>', '.'],
    // Durations and dates.
    [/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z?/g, '<time>', '-'],
    [
        /\b\d{1,12}(?:\.\d{1,9})? ?(?:ms|s|sec|seconds|m|min|h|µs|ns)\b/g,
        '<duration>',
        null
    ],
    // Remaining numbers (line numbers, counts, ports, pids).
    [/\b\d{1,20}(?:\.\d{1,20})?\b/g, '<n>', null]
];
function applyMasks(text, masks) {
    let out = text;
    for (const [pattern, replacement, needs] of masks) {
        if (needs !== null && !includesAny(out, needs))
            continue;
        out = out.replace(pattern, replacement);
    }
    return out;
}
/** Does `text` hold `needles` (or any one of them)? */
function includesAny(text, needles) {
    if (typeof needles === 'string')
        return text.includes(needles);
    for (const needle of needles)
        if (text.includes(needle))
            return true;
    return false;
}
/** A message with its volatile tokens masked, one line, bounded. */
const normalised = new BoundedMemo(5_000);
function normalise(text) {
    const cached = normalised.get(text);
    if (cached !== undefined)
        return cached;
    let out = clean(text.length > 4 * MATCH_LIMITS.signature
        ? text.slice(0, 4 * MATCH_LIMITS.signature)
        : text);
    out = applyMasks(out, MASKS);
    if (/\d/.test(out))
        out = applyMasks(out, NUMBER_MASKS);
    out = out.replace(/\s{1,1000}/g, ' ').trim();
    const result = out.length > MATCH_LIMITS.signature
        ? `${out.slice(0, MATCH_LIMITS.signature - 1)}…`
        : out;
    if (text.length <= 4 * MATCH_LIMITS.signature) {
        normalised.set(text, result);
    }
    return result;
}
/** Messages that say nothing by themselves: the real text is in the body. */
const GENERIC_MESSAGE = /^(?:|failed|failure|error|build error|runtime error|no test result found|collection failure|internal error|test failure|skipped|test failure with exit code \d{1,5}.{0,50})$/i;
function isGenericMessage(message) {
    return GENERIC_MESSAGE.test(message.trim());
}
/**
 * The line that best says what went wrong: pytest's last `E ` line, Java's
 * deepest `Caused by:`, else the message's first line, else the body's first
 * meaningful line.
 */
function signatureLine(message, body) {
    // Asked several times per test with the same two strings: remember the last.
    if (lastSignature !== null &&
        lastSignature.message === message &&
        lastSignature.body === body)
        return lastSignature.line;
    const line = findSignatureLine(message, body);
    lastSignature = { message, body, line };
    return line;
}
let lastSignature = null;
function findSignatureLine(message, body) {
    // Java: the deepest `Caused by:`; pytest: the last `E ` line. Found from
    // the end, no split; a forward search first, because lastIndexOf is a
    // slow character-by-character scan in V8 and most bodies have neither.
    const cause = body.includes('Caused by: ')
        ? body.lastIndexOf('\nCaused by: ')
        : -1;
    const causeAt = cause !== -1 ? cause + 1 : body.startsWith('Caused by: ') ? 0 : -1;
    if (causeAt !== -1)
        return lineAt(body, causeAt).slice(11).trim();
    const e = body.includes('\nE ') ? body.lastIndexOf('\nE ') : -1;
    const eAt = e !== -1 ? e + 1 : body.startsWith('E ') ? 0 : -1;
    if (eAt !== -1)
        return lineAt(body, eAt).slice(1).trim();
    const firstMessageLine = firstLineAfterHeaders(message);
    if (firstMessageLine && !isGenericMessage(firstMessageLine)) {
        return firstMessageLine.trim();
    }
    const meaningful = body
        .split('\n')
        .map((line) => line.trim())
        .find((line) => line !== '' &&
        !/^(?:=== (?:RUN|PAUSE|CONT)|--- (?:FAIL|PASS|SKIP)|FAIL\b|ok\b|PASS\b|●)/.test(line));
    return meaningful ?? firstMessageLine?.trim() ?? '';
}
/**
 * A line that only names the test the message belongs to: PHPUnit's
 * `Tests\\Unit\\FooTest::test_bar` (with its data set), go test's `=== RUN`.
 * The error is on the lines after it.
 */
const TEST_HEADER = /^\s{0,8}(?:[\w\\]{1,300}::\w{1,300}(?: with data set [^\n]{1,200})?|=== (?:RUN|PAUSE|CONT)\s{1,20}\S{1,300})\s{0,8}$/;
/** The first line with more than whitespace that is not only a test's name. */
function firstLineAfterHeaders(text) {
    let start = 0;
    // A few header lines at most; a message that is only headers keeps its first.
    for (let skipped = 0; skipped < 3; skipped++) {
        const line = firstNonBlankLine(text.slice(start));
        // Literal checks first: most first lines hold neither. A banner
        // (`==================` around Go's race report) says nothing either.
        if (line === undefined)
            break;
        const header = (line.includes('::') || line.includes('=== ')) && TEST_HEADER.test(line);
        if (!header && !isBanner(line))
            break;
        const rest = text.indexOf(line, start) + line.length + 1;
        if (firstNonBlankLine(text.slice(rest)) === undefined)
            break;
        start = rest;
    }
    return firstNonBlankLine(start === 0 ? text : text.slice(start));
}
/** A line drawn only of one rule character: `=====`, `-----`, `*****`. */
function isBanner(line) {
    const first = line.trimStart()[0];
    return ((first === '=' || first === '-' || first === '*' || first === '_') &&
        BANNER.test(line));
}
const BANNER = /^\s{0,20}([=*_-])\1{3,199}\s{0,20}$/;
/** The first line with more than whitespace, as it is (no split of the whole text). */
function firstNonBlankLine(text) {
    for (let start = 0; start <= text.length;) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        const line = text.slice(start, end);
        if (line.trim() !== '')
            return line;
        start = end + 1;
    }
    return undefined;
}
function lineAt(text, start) {
    const end = text.indexOf('\n', start);
    return text.slice(start, end === -1 ? text.length : end);
}
/** The raw line around a match: evidence a person can recognise. */
function excerptAt(text, index) {
    const start = text.lastIndexOf('\n', index) + 1;
    let end = text.indexOf('\n', index);
    if (end === -1)
        end = text.length;
    const line = text
        .slice(start, Math.min(end, start + MATCH_LIMITS.excerpt))
        .trim();
    return line;
}

/**
 * Compared values: infrastructure wording inside the values an assertion
 * compared (`got: "connection refused"`) is data, not what stopped the test.
 */
/**
 * A line that shows compared values (`got: …`, `…, want "…"`, `+ actual`
 * (go-cmp indents its `-`/`+` lines: `+     "connection refused",`), `Expected: …`, XCTest's `XCTAssertEqual failed: ("…") is not equal to …`):
 * infrastructure wording inside it is data the test compared, not what
 * stopped the test. So are pytest's assert lines: the statement it shows
 * (`>       assert err == "connection refused"`), its `E   assert …` /
 * `E   AssertionError: assert …` line and the `E     - …` / `E     + …`
 * diff under it, where a quoted `No module named 'yaml'` is a value, not
 * the import that failed (pytest writes that one as `E   ModuleNotFoundError:`).
 */
const COMPARISON_LINE = /\b(?:got|want|wanted|expected|actual|received|but was)\b\s{0,20}[:=<]|, want\b|\bXCT\w{1,40} failed: |\bExpectation failed: |^\s{0,40}[+-]\s{1,10}['"`]|^#?\s{0,40}(?:got|expected|Expected|Received|Actual)\b|^[>E]?\s{0,40}(?:AssertionError: )?assert\s|^E\s{1,20}[+?-](?:\s|$)/i;
/**
 * Headers under which frameworks print the compared values on indented lines
 * of their own: GoogleTest `Expected equality of these values:` / `Which is:`,
 * Catch2 `REQUIRE( … )` / `with expansion:`, AssertJ `Expecting actual:` / `to be equal to:`,
 * Rust `assertion `left == right` failed` (`left:`/`right:`), testify
 * `Not equal:`, PHPUnit `Failed asserting that` and its `--- Expected` diff,
 * Gomega `Expected` / `to equal` around `<type>: value` lines, doctest `values:`,
 * ExUnit's `code:` line (the assertion as written, before `left:`/`right:`),
 * go-cmp's `mismatch (-want +got):` above its diff.
 */
const COMPARISON_HEADER = /^(?:\[FAILED\] |\s{0,40})Expected$|^\s{0,40}(?:not )?to [a-z]{1,20}(?: [a-z]{1,20}){0,3}$|^\s{0,40}values: |Expected equality of these values:|Which is: |Value of: |with expansion:|^\s{0,40}(?:REQUIRE|CHECK)(?:_[A-Z]{1,20})?\( |^\s{0,40}(?:Expecting(?: actual)?|to (?:be equal to|contain|match)|Expected|Actual|Which is|left|right):|assertion `left [=!]= right`|Not equal:|Failed asserting that|^--- Expected|^\s{0,40}[+-]'|^\s{0,40}code:\s{1,10}(?:assert|refute)\b|\((?:-want \+got|-got \+want|-expected \+actual|-actual \+expected)\):/;
/** How many lines above a value its comparison header may sit. */
const COMPARISON_BLOCK_LINES = 6;
function inComparedValue(text, index) {
    const start = text.lastIndexOf('\n', index) + 1;
    const end = text.indexOf('\n', index);
    const line = text.slice(start, Math.min(end === -1 ? text.length : end, start + 2_000));
    if (COMPARISON_LINE.test(line) || COMPARISON_HEADER.test(line))
        return true;
    if (line.startsWith('    ') && inPytestSource(text, end))
        return true;
    // An indented value line belongs to the comparison header above it; an
    // unindented line (`connect 127.0.0.1:7313: Connection refused` after a
    // Catch2 CHECK) is output of its own.
    let lineStart = start;
    let current = line;
    for (let n = 0; n < COMPARISON_BLOCK_LINES && lineStart > 0; n++) {
        if (!/^\s/.test(current))
            return false;
        const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        current = text.slice(previousStart, Math.min(lineStart - 1, previousStart + 2_000));
        if (COMPARISON_HEADER.test(current))
            return true;
        lineStart = previousStart;
    }
    return false;
}
/** How many lines pytest shows above the line it marks with `>`. */
const PYTEST_SOURCE_LINES = 20;
/**
 * pytest shows the failing function's source above the line it marks
 * (`>       assert …`), each line indented: wording there is code the test
 * wrote (`fake.fail_with(ConnectionRefusedError(111, "Connection refused"))`),
 * not output. `lineEnd` is where the line in question ends; the lines after
 * it up to the `>` mark must all be indented source (or blank).
 */
function inPytestSource(text, lineEnd) {
    if (lineEnd === -1)
        return false;
    let start = lineEnd + 1;
    for (let n = 0; n < PYTEST_SOURCE_LINES && start < text.length; n++) {
        const first = text[start];
        // pytest's mark is `>` then the line's indentation: three spaces or more.
        if (first === '>')
            return text.startsWith('   ', start + 1);
        if (first !== ' ' && first !== '\n')
            return false;
        const end = text.indexOf('\n', start);
        if (end === -1)
            return false;
        start = end + 1;
    }
    return false;
}

function detectPhase(test, suite, message, body) {
    if (test.phase === 'collection')
        return 'collection';
    const name = test.name.trim();
    // Reporters put the whole output in the message: its first line says the phase.
    const newline = message.indexOf('\n');
    const firstLine = (newline === -1 ? message : message.slice(0, newline)).trim();
    // Most names and first lines match none of the shapes below: literal
    // comparisons and a first-character test before a regex keep that cheap.
    if ((name.startsWith('[') && /^\[(?:build|setup) failed\]$/.test(name)) ||
        firstLine === 'Build error')
        return 'build';
    if (name === 'TestMain' &&
        /\[(?:build|setup) failed\]|\.go:\d{1,7}:\d{1,5}: /.test(body))
        return 'build';
    if (/^collection failure$/i.test(firstLine))
        return 'collection';
    if (pytestCollecting(firstLine))
        return 'collection';
    if (test.classname === 'Test suite failed to run' ||
        body.includes('● Test suite failed to run') ||
        firstLine === '● Test suite failed to run')
        return 'collection';
    // vitest writes a file that failed to load as a test named like its file,
    // and as `FAIL  file [ file ]` when a reporter puts its output first.
    if (name === test.classname && /\.[cm]?[jt]sx?$/.test(name))
        return 'collection';
    if (firstLine.startsWith('FAIL ') && VITEST_FILE_FAILED.test(firstLine))
        return 'collection';
    // node:test runs each file as a process; one that exits before reporting
    // its tests is a test named by the file's path that says only `test failed`.
    if (message === 'test failed' &&
        /[\\/][^\\/]{1,200}\.[cm]?[jt]sx?$/.test(name))
        return 'collection';
    if (name === 'initializationError' ||
        name === 'classMethod' ||
        (name === '' && suite.cases.length > 0))
        return 'setup';
    if (name.startsWith('"before all" hook') ||
        name.startsWith('"after all" hook'))
        return 'setup';
    // unittest names a failed class or module fixture as a test of its own.
    if (/^(?:setUpClass|tearDownClass|setUpModule|tearDownModule) \(/.test(name))
        return 'setup';
    // NUnit repeats a fixture's OneTimeSetUp failure on each of its tests;
    // MSTest names the failed class or assembly initialiser.
    if (firstLine.startsWith('OneTimeSetUp: ') ||
        /^(?:Class|Assembly) Initialization method [\w.+`]{1,300} threw exception/.test(firstLine))
        return 'setup';
    // A framework whose application context did not start (Spring, Quarkus)
    // fails every test of the class before any body runs.
    if (firstLine.includes('Failed to load ApplicationContext') ||
        firstLine.includes('Failed to start quarkus') ||
        body.includes('Failed to load ApplicationContext'))
        return 'load';
    if (test.phase === 'setup' || message.startsWith('failed on setup with'))
        return 'setup';
    return null;
}
/** vitest's file-level entry: the file, then the same file in brackets. */
const VITEST_FILE_FAILED = /^FAIL {1,4}(\S{1,300}) \[ \1 \]$/;
/**
 * pytest's own words for a module it could not collect, when a reporter puts
 * them first rather than its `collection failure`: the import error header,
 * a module whose basename another test directory already took, the frame
 * that imports every test module (`_importtestmodule` in older releases),
 * a first frame that is a test module's top level (`test_x.py:44: in
 * <module>`: it raised while being imported, before any test ran), the
 * `ERROR collecting` section and the run's `Interrupted:` summary.
 */
function pytestCollecting(firstLine) {
    return (firstLine.startsWith('ImportError while importing test module ') ||
        firstLine === 'import file mismatch:' ||
        firstLine.endsWith(': in importtestmodule') ||
        firstLine.endsWith(': in _importtestmodule') ||
        (firstLine.endsWith(': in <module>') &&
            PYTEST_MODULE_FRAME.test(firstLine)) ||
        PYTEST_COLLECTING.test(firstLine));
}
const PYTEST_MODULE_FRAME = /\.py:\d{1,7}: in <module>$/;
const PYTEST_COLLECTING = /^_{0,100} ?ERROR collecting |^Interrupted: \d{1,6} errors? during collection\b/;

/**
 * A classification a rule decided. Its message and evidence are worked out
 * when first read: the triage reads them for the first tests of a cause only,
 * and normalising every test's signature was about a tenth of its cost.
 */
class RuleClassification {
    category;
    key;
    rule;
    hint;
    failure;
    matched;
    shownMessage;
    shownEvidence;
    constructor(category, key, rule, hint, 
    /** The message and body the signature line comes from. */
    failure, 
    /** The text the rule matched and where: the evidence is that line. */
    matched, 
    /** The signature, when the key needed it already. */
    signature) {
        this.category = category;
        this.key = key;
        this.rule = rule;
        this.hint = hint;
        this.failure = failure;
        this.matched = matched;
        this.shownMessage = signature;
    }
    get message() {
        this.shownMessage ??= normalise(signatureLine(this.failure.message, this.failure.body));
        return this.shownMessage;
    }
    get evidence() {
        this.shownEvidence ??= excerptAt(this.matched.text, this.matched.index);
        return this.shownEvidence;
    }
    /** The same finding under another category, key and hint (a stop phase's). */
    recast(category, key, hint) {
        return new RuleClassification(category, key, this.rule, hint, this.failure, this.matched, this.shownMessage);
    }
}
/** `found` with another category, key and hint; its message and evidence stay. */
function recast(found, category, key, hint) {
    return found instanceof RuleClassification
        ? found.recast(category, key, hint)
        : { ...found, category, key, hint };
}
const FALLBACK_HINTS = {
    'missing-module': 'A module could not be imported. Install it or fix the import path.',
    'missing-attribute': 'Tests use a name that does not exist. Restore it or update the callers.',
    'missing-fixture': 'Tests request a fixture that is not defined.',
    'service-unavailable': 'A service the tests need was not available. Start it in CI before the tests.',
    timeout: 'Tests ran out of time, usually waiting on a dependency that is not there.',
    'missing-config': 'A variable, secret or config file is missing in CI.',
    'collection-error': 'A test file could not be loaded, so none of its tests ran. Fix the error at the top of the file or in what it imports.',
    'build-failure': 'The test code did not compile, so none of its tests ran. Fix the first compiler error.',
    'permission-denied': 'The runner lacks a permission the tests need.',
    'resource-exhausted': 'The runner ran out of memory or disk.',
    assertion: 'An expectation did not hold: look at the expected and actual values.',
    crash: 'An uncaught error in the code under test.',
    'skip-intentional': 'Skipped on purpose. Check that the reason still holds.',
    unknown: 'No rule recognised this failure. Read the evidence; if it is a known kind, add a rule.'
};
let assertionRules = null;
const ASSERTION_RULES = () => {
    assertionRules ??= catalog().rules.filter((rule) => rule.category === 'assertion');
    return assertionRules;
};
let serviceCatalog = null;
/**
 * The rules that name an unavailable service, compiled as a catalog of their
 * own: they are looked for behind a timeout, in the whole text, and their
 * needles (over a hundred) are cheaper found in one scan than one by one.
 */
const SERVICE_CATALOG = () => {
    serviceCatalog ??= compileCatalog({
        service: catalog().rules.filter((rule) => rule.category === 'service-unavailable' && rule.scope !== 'skip')
    });
    return serviceCatalog;
};
let defaultCatalog = null;
function catalog() {
    defaultCatalog ??= compileCatalog();
    return defaultCatalog;
}
const TEST_PATH = /(?:^|[./\\:])(?:tests?|spec|specs|__tests__|testutils?|testing|conftest|fixtures?|factories|helpers?|support|mocks?)(?:[./\\:]|$)/i;
const TEST_CLASS = /^Test|Tests?$|TestCase$|Spec$|Helpers?$|Fixtures?$|Factory$|Mock|Fake|Stub|ExampleGroups|Support$|Page$|Steps?$/;
const HELPER_NAME = /^(?:create|make|build|given|setup|set_up|setUp|mock|fake|stub|seed|login|log_in|sign_in|signIn|logIn|authenticate|with|when|arrange|prepare|render|mount|new_test|newTest|fixture)(?:[A-Z_]|$)|(?:_factory|_fixture|_helper|Factory|Fixture|Helper)$/;
/** Does a missing name (or its owner) look like test code rather than product code? */
function looksLikeTestCode(captures) {
    for (const field of ['module', 'obj', 'cls', 'type']) {
        const value = captures[field];
        if (!value)
            continue;
        // Any segment: `RSpec::ExampleGroups::AdminDashboard`, `Tests\Support\Api`.
        if (TEST_PATH.test(value) ||
            value.split(/[:.\\]/).some((segment) => TEST_CLASS.test(segment)))
            return true;
    }
    for (const field of ['attr', 'fn', 'name', 'meth', 'prop']) {
        const value = captures[field];
        if (value && HELPER_NAME.test(value.split(/[:.\\]/).pop() ?? value))
            return true;
    }
    return false;
}
const ENV_LOOKUP = /os\.environ|<frozen os>|os\.py:\d|getenv|ENV\[|ENV\.fetch|process\.env/;
/** Fills `{name}` from captures; unknown names become empty. */
function fillTemplate(template, values) {
    // Templates are few and filled once per test: split each one once.
    let parts = TEMPLATE_PARTS.get(template);
    if (parts === undefined) {
        parts = template.split(/\{(\w{1,40})\}/);
        TEMPLATE_PARTS.set(template, parts);
    }
    // Even entries are literal text, odd ones the names between braces.
    let filled = parts[0];
    for (let index = 1; index < parts.length; index += 2) {
        const value = values[parts[index]];
        if (value !== undefined)
            filled += String(value);
        filled += parts[index + 1];
    }
    return filled;
}
const TEMPLATE_PARTS = new Map();
function capturesOf(match) {
    const captures = {};
    for (const [name, value] of Object.entries(match.groups ?? {})) {
        if (value !== undefined)
            captures[name.replace(/\d$/, '')] = value;
    }
    if (captures.port !== undefined || captures.host !== undefined) {
        captures.service = serviceName(captures.host, captures.port);
        // The key names the address as the report writes it; the hint names the service.
        captures.address =
            captures.host !== undefined && captures.port !== undefined
                ? `${loopbackAs(captures.host)}:${captures.port}`
                : captures.service;
    }
    // JVM class names in internal form (`com/acme/Foo`) read as imported (`com.acme.Foo`).
    if (captures.cls !== undefined &&
        /^[\w$]{1,200}(?:\/[\w$]{1,200}){1,40}$/.test(captures.cls))
        captures.cls = captures.cls.replace(/\//g, '.');
    // Ruby writes receivers as `#<AuthHelper:0x0000…>`: the class is the name.
    for (const field of ['cls', 'recv']) {
        const value = captures[field];
        if (value !== undefined)
            captures[field] = value
                .replace(/^#<([\w:]{1,300})(?::0x[\da-f]{1,32})?>?$/, '$1')
                .replace(/:0x[\da-f]{1,32}$/, '');
    }
    if (captures.owner !== undefined && captures.cls === undefined) {
        captures.cls = captures.owner.split('.').pop() ?? captures.owner;
    }
    if (captures.path !== undefined)
        captures.path = projectRelative(captures.path);
    if (captures.system !== undefined)
        captures.system = systemName(captures.system);
    if (captures.module !== undefined) {
        captures.top = captures.module.replace(/^@?[./]*/, '').split(/[./]/)[0];
    }
    return captures;
}
/**
 * `localhost`, `::1` and `127.x` are one machine: written as `127.0.0.1` so a
 * service refused on either spelling is one finding.
 */
function loopbackAs(host) {
    return /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[?::1\]?)$/i.test(host)
        ? '127.0.0.1'
        : host;
}
/**
 * An absolute path cut to where the project's own folders start, so the key
 * reads as the test wrote it (`/home/runner/work/app/app/test/data/x.json` →
 * `test/data/x.json`).
 */
function projectRelative(path) {
    const clean = path.replace(/^file:\/\//, '').replace(/\\/g, '/');
    if (!clean.startsWith('/') && !/^[A-Za-z]:\//.test(clean))
        return clean;
    const match = /\/((?:src|tests?|spec|testdata|t|__tests__|fixtures?|resources|data)\/[^\n]{1,300})$/.exec(clean);
    return match ? match[1] : clean;
}
/**
 * The exception type decides before free text: an assertion whose values
 * mention "timeout" or "connection refused" is still an assertion. So is a
 * Mockito verification: the arguments it prints are the test's values.
 */
const ASSERTION_FIRST = /^(?:E\s+)?(?:AssertionError\b|assert |expect\(|Error: expect\(\w{1,40}\)\.(?:not\.)?to\w{1,40}\(\w{0,40}\) failed$|Expected values to be|\[FAILED\] Expected$|Condition not satisfied:|[\w./\\-]{1,300}:\d{1,7}: ERROR: (?:CHECK|REQUIRE)|error: in "[^"\n]{1,300}": (?:critical )?check |expected (?:not )?to find |Capybara::ExpectationNotMet|Expected [^\n]{0,200} to |org\.opentest4j\.AssertionFailedError|java\.lang\.AssertionError|junit\.framework\.(?:AssertionFailedError|ComparisonFailure)|org\.junit\.ComparisonFailure|Failed asserting that|Assert\.\w{1,40}(?:\(\) Failure| failed)|assertion `left|\[Error \[ERR_TEST_FAILURE\]: Expected values|Wanted but not invoked:|Argument\(s\) are different!|org\.mockito\.exceptions\.verification\.)/;
const ASSERTION_TYPE_NAME = /AssertionError|AssertionFailedError|ComparisonFailure|ExpectationNotMet|ConditionNotSatisfiedError|ExpectationFailedException|ERR_ASSERTION/;
function runRules(rules, text, scope, scanned) {
    const lower = text.toLowerCase();
    // The whole catalog (or a subset compiled as one): one scan finds every
    // needle, and only the rules whose needles were found are tried, in order.
    // A short subset (the assertion rules) checks each rule's needles directly.
    const scan = scanned ?? (rules === catalog().rules ? catalog() : null);
    const needles = scan !== null ? findNeedles(scan, lower) : null;
    const tried = needles !== null && scan !== null ? candidateRules(scan, needles) : rules;
    for (const rule of tried) {
        const ruleScope = rule.scope ?? 'any';
        if (ruleScope !== 'any' && ruleScope !== scope)
            continue;
        // Skips are only ever explained by infrastructure; a skip is no assertion.
        if (scope === 'skip' && !isInfrastructure(rule.category))
            continue;
        if (rule.needles.length > 0 &&
            !rule.needles.some((n) => (needles ? needles.has(n) : lower.includes(n))))
            continue;
        const match = rule.pattern.exec(text);
        if (!match)
            continue;
        if (scope === 'failure' &&
            isInfrastructure(rule.category) &&
            inComparedValue(text, match.index))
            continue;
        const captures = capturesOf(match);
        if (rule.refine === 'env' && !ENV_LOOKUP.test(text))
            continue;
        return { rule, captures, index: match.index };
    }
    return null;
}
/**
 * Messages repeat across thousands of tests; what the rules make of a message
 * alone is remembered (bounded), so the body is scanned only when it matters.
 */
const MESSAGE_CACHE_SIZE = 5_000;
const messageHits = new BoundedMemo(MESSAGE_CACHE_SIZE);
function messageHit(rules, typed) {
    const known = messageHits.get(typed);
    if (known !== undefined)
        return known;
    const hit = runRules(rules, typed, 'failure');
    messageHits.set(typed, hit);
    return hit;
}
/** Skip reasons repeat even more than messages; short ones are remembered the same way. */
const SKIP_REASON_CACHED = 2_000;
const skipHits = new BoundedMemo(MESSAGE_CACHE_SIZE);
function skipHit(rules, reason) {
    if (reason.length > SKIP_REASON_CACHED)
        return runRules(rules, reason, 'skip');
    const known = skipHits.get(reason);
    if (known !== undefined)
        return known;
    const hit = runRules(rules, reason, 'skip');
    skipHits.set(reason, hit);
    return hit;
}
/**
 * An address as reports write it: `127.0.0.1:5432`, `localhost:6379`,
 * `[::1]:5432`, or Python's `('127.0.0.1', 8089)`. Hostnames are left out:
 * `file.go:35` reads the same.
 */
const ADDRESS = /\b(?<host>localhost|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}):(?<port>\d{2,5})\b|(?<host2>\[[\da-fA-F:]{2,60}\]):(?<port2>\d{2,5})\b|\(['"](?<host3>localhost|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1)['"], (?<port3>\d{2,5})\)|for "(?<host4>localhost|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1)" port (?<port4>\d{2,5})\b/g;
function addressIn(text) {
    // exec on the one regex: matchAll would clone it (and its compiled code
    // lookup) on every call.
    ADDRESS.lastIndex = 0;
    for (let match = ADDRESS.exec(text); match !== null; match = ADDRESS.exec(text)) {
        if (match[0] === '')
            ADDRESS.lastIndex++;
        if (inComparedValue(text, match.index))
            continue;
        const groups = match.groups ?? {};
        const host = groups.host ?? groups.host2 ?? groups.host3 ?? groups.host4;
        const port = groups.port ?? groups.port2 ?? groups.port3 ?? groups.port4;
        return `${loopbackAs(host)}:${port}`;
    }
    return '';
}
/** A host and port in a URL, where a name cannot be a file and line. */
const URL_HOST = /\b(?:https?|wss?|grpcs?|postgres(?:ql)?|redis|amqps?|mongodb|mysql):\/\/(?:[^\s/@:]{1,100}(?::[^\s/@]{0,100})?@)?(?<host>[\w-]{1,63}(?:\.[\w-]{1,63}){0,10}):(?<port>\d{2,5})\b/;
/**
 * A name the resolver could not find, however the tool says so: Go's
 * `lookup minio on 127.0.0.11:53` (then the resolver's own address),
 * libpq's `could not translate host name "postgres"`, Node's `getaddrinfo
 * ENOTFOUND x`.
 */
const UNRESOLVED_HOST = /\blookup (?<host>[\w.-]{1,253}) on (?:\d{1,3}(?:\.\d{1,3}){3}|\[[\da-fA-F:]{2,60}\]):53\b|could not translate host name "(?<host2>[\w.-]{1,253})" to address|getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host3>[\w.-]{1,253})/;
/** The keys of rules that saw an HTTP error status (`HTTP 502`). */
const HTTP_STATUS_KEY = /^HTTP \d{3}$/;
/** The host of a URL without a port (`https://registry.ci.acme.dev/v2/…`). */
const URL_NAME = /\bhttps?:\/\/(?<host>[\w-]{1,63}(?:\.[\w-]{1,63}){1,10})(?=[/\s"'`]|$)/;
/** Keys that say only that something refused: a better name is looked for. */
const GENERIC_SERVICE_KEYS = new Set([
    'connection refused',
    'connection reset',
    'unavailable system',
    'a service'
]);
/**
 * The key of a service that was not there: its address wherever the report
 * gives one (the line that matched, then the message, then the rest), else
 * the service the rule named, else the method that tried to connect.
 */
function serviceKey(text, index, message, ruleKey) {
    if (/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}:\d{2,5}$/.test(ruleKey))
        return ruleKey;
    // `message` is already bounded and clean: the line that matched, then it.
    const line = excerptAt(text, index);
    // A name the resolver could not find is the service, whatever address the
    // text also shows (the resolver's): with the port its URL gives, if any.
    const unresolved = UNRESOLVED_HOST.exec(line) ??
        UNRESOLVED_HOST.exec(message) ??
        UNRESOLVED_HOST.exec(text);
    if (unresolved?.groups) {
        const { host, host2, host3 } = unresolved.groups;
        const name = host ?? host2 ?? host3;
        const url = URL_HOST.exec(text);
        return url?.groups?.host === name ? `${name}:${url.groups.port}` : name;
    }
    const address = addressIn(line) || addressIn(message) || addressIn(text);
    if (address !== '')
        return address;
    // A named host is an address only inside a URL (`file.go:35` reads the
    // same as `vault:8200`): `Get "https://vault.internal:8200/…": x509: …`.
    const url = URL_HOST.exec(line) ?? URL_HOST.exec(message);
    if (url?.groups)
        return `${loopbackAs(url.groups.host)}:${url.groups.port}`;
    // An HTTP error status names no address: the host of the request on the
    // matching line does (`GET https://registry.ci.acme.dev/v2/…: 502`).
    if (HTTP_STATUS_KEY.test(ruleKey)) {
        const request = URL_NAME.exec(line);
        if (request?.groups)
            return request.groups.host;
    }
    if (!GENERIC_SERVICE_KEYS.has(ruleKey))
        return ruleKey;
    return connectingFrame(text) || ruleKey;
}
/** The first JVM frame outside the JDK and test runners: what tried to connect. */
const APP_FRAME = /\tat (?:[\w.]{1,100}\/)?(?!(?:java|javax|jdk|sun|com\.sun|org\.junit|junit|org\.apache\.maven|org\.gradle|kotlin)\.)(?:[\w$]{1,100}\.){0,30}(?<cls>[\w$]{1,100})\.(?<meth>[\w$<>]{1,100})\(/;
function connectingFrame(text) {
    const match = APP_FRAME.exec(text);
    return match?.groups ? `${match.groups.cls}.${match.groups.meth}` : '';
}
/** A test as a person names it: `Class.method`, or its name when the class adds nothing. */
function testLabel(test) {
    usedTestIdentity = true;
    const owner = test.classname.split(/[.\\/]/).pop() ?? '';
    if (owner === '' || owner === test.name || test.name.startsWith(owner))
        return test.name;
    return `${owner}.${test.name}`;
}
/** The file or class a test belongs to, as a person names it; else the test. */
function testUnit(test) {
    usedTestIdentity = true;
    if (test.file)
        return projectRelative(test.file);
    return test.classname || testLabel(test);
}
/**
 * Go reports a parent test as failed when only its subtests failed, with no
 * output of its own: it takes the cause of its first failing subtest. Each
 * suite's subtests are indexed once, so this stays linear.
 */
const SUBTEST_PARENTS = new WeakMap();
function failedOnlyThroughSubtests(test, suite) {
    if (test.status !== 'failed' && test.status !== 'error')
        return null;
    const message = test.message ?? '';
    if ((message !== '' && message !== 'Failed') || test.name.includes('/'))
        return null;
    const details = test.details ?? '';
    // A bare parent holds a few `=== RUN`/`--- FAIL` lines, nothing more.
    if (details.length > 2_000)
        return null;
    if (!/^(?:\s*(?:=== (?:RUN|PAUSE|CONT)|--- FAIL)[^\n]{0,500}\n?){0,4}\s*$/.test(details))
        return null;
    let parents = SUBTEST_PARENTS.get(suite);
    if (parents === undefined) {
        parents = new Map();
        for (const other of suite.cases) {
            const slash = other.name.indexOf('/');
            if (slash <= 0 || (other.status !== 'failed' && other.status !== 'error'))
                continue;
            const name = other.name.slice(0, slash);
            if (!parents.has(name))
                parents.set(name, other);
        }
        SUBTEST_PARENTS.set(suite, parents);
    }
    return parents.get(test.name) ?? null;
}
/** What the test file or suite is called, for keys of findings without a better name. */
function locationOf(test, suite, phase) {
    usedTestIdentity = true;
    const where = test.file ??
        suite.file ??
        (test.name.includes('/')
            ? test.name
            : test.classname || test.name || suite.name);
    // pytest names a module it could not collect by its dotted path.
    return phase === 'collection' &&
        /^\w{1,100}(?:\.\w{1,100}){1,30}$/.test(where)
        ? where.replace(/\./g, '/')
        : projectRelative(where);
}
/**
 * Assertions that say no error should have happened and show the one that
 * did: chai's `expected [Error: …] to be null`, jest's `toBeNull()` with
 * `Received: [Error: …]`, node's `ifError`, testify's `NoError`, pytest's
 * `assert err is None`, JUnit's `assertNull`/`assertDoesNotThrow`.
 */
const UNWANTED_ERROR = /expected \[(?<e1>\w{0,60}Error\b[^\]\n]{0,400})\] to (?:be null|be undefined|not exist|not be ok|be falsy)|\.toBe(?:Null|Undefined|Falsy)\(\)\s{1,20}Received: (?<e2>[^\n]{1,400})|ifError got unwanted exception: (?<e3>[^\n]{1,400})|Received unexpected error:\s{1,40}(?<e4>[^\n]{1,400})|assert (?<e5>\w{0,60}Error\([^\n]{0,400}\)) is None|expected: ?<null> but was: ?<(?<e6>[^\n]{1,400})>|Unexpected exception thrown: (?<e7>[^\n]{1,400})/;
/**
 * One of these occurs in every text `UNWANTED_ERROR` matches (one per
 * alternative), so most texts skip that regex. Each starts with a character
 * that is rare in traces (`]`, a capital, `<`): a literal search jumps from one
 * such character to the next, where an alternation of phrases that start
 * with a space or a lower-case letter tried nearly every position (a third of
 * the cost of classifying a typical failure).
 */
const UNWANTED_ERROR_NEEDLES = [
    '] to ',
    'Null()',
    'Undefined()',
    'Falsy()',
    'Error got unwanted',
    'Received unexpected',
    'None',
    '<null>',
    'Unexpected exception thrown'
];
function unwantedErrorHit(rules, text) {
    // The haystack is joined from cleaned parts: a plain cut, no second clean.
    const bounded = text.length > MATCH_LIMITS.message
        ? text.slice(0, MATCH_LIMITS.message)
        : text;
    if (!includesAny(bounded, UNWANTED_ERROR_NEEDLES))
        return null;
    const match = UNWANTED_ERROR.exec(bounded);
    if (match === null)
        return null;
    const error = Object.values(match.groups ?? {}).find((v) => v !== undefined);
    if (error === undefined)
        return null;
    const hit = runRules(rules, error, 'failure');
    if (hit === null || !isInfrastructure(hit.rule.category))
        return null;
    // A wait over a refusal, as below: testify's `Received unexpected error:`
    // shows the wrapped error's later lines (`last attempt: dial tcp …:
    // connection refused`) under the first one that names the deadline.
    const refused = hit.rule.category === 'timeout' ? refusalBehind(bounded) : null;
    return refused !== null ? { hit: refused, error: bounded } : { hit, error };
}
const ASSERTION_TYPE = /assert|expectation|comparisonfailure/i;
const EXCEPTION_TYPE = /(?:Error|Exception|Panic|panic)$/;
/**
 * Failures repeat their text across thousands of tests: a classification is
 * remembered per distinct input, the bounded texts the rules read plus the
 * status and phase, when they are short. One that used the test's name or
 * file (its key names the test) is not remembered.
 *
 * Inputs are filed under their message and told apart by comparing the rest:
 * a lookup hashes the message alone, where one key joined from every text
 * cost a copy and a hash of all of it per test, most never seen twice.
 */
const CACHED_INPUT_CHARS = 600;
const CLASSIFIED_MESSAGES = 5_000;
/** A message seen with more distinct inputs than this keeps the latest. */
const INPUTS_PER_MESSAGE = 8;
const classified = new BoundedMemo(CLASSIFIED_MESSAGES);
function rememberedClassification(message, input) {
    const inputs = classified.get(message);
    if (inputs === undefined)
        return undefined;
    for (const known of inputs) {
        if (known.body === input.body &&
            known.type === input.type &&
            known.out === input.out &&
            known.err === input.err &&
            known.status === input.status &&
            known.phase === input.phase)
            return known.result;
    }
    return undefined;
}
function rememberClassification(message, input) {
    const inputs = classified.get(message);
    if (inputs === undefined)
        classified.set(message, [input]);
    else {
        if (inputs.length >= INPUTS_PER_MESSAGE)
            inputs.shift();
        inputs.push(input);
    }
}
/** Set when a classification read the test's name, class or file. */
let usedTestIdentity = false;
/** Lets go of remembered classifications (after a triage run). */
function forgetClassifications() {
    classified.clear();
    messageHits.clear();
    skipHits.clear();
}
const UNKNOWN_FILE = 'unknown file\n';
function classify(test, suite) {
    const parent = failedOnlyThroughSubtests(test, suite);
    if (parent !== null)
        return classify(parent, suite);
    // GoogleTest writes `unknown file` as the location of an exception thrown
    // outside an assertion: a place, not what went wrong.
    const headed = head(test.message, MATCH_LIMITS.message);
    const message = headed.startsWith(UNKNOWN_FILE)
        ? headed.slice(UNKNOWN_FILE.length)
        : headed;
    const body = headAndTail(test.details);
    const type = head(test.failureType, 200);
    const out = head(test.systemOut, MATCH_LIMITS.output);
    const err = head(test.systemErr, MATCH_LIMITS.output);
    const phase = test.status === 'skipped' ? null : detectPhase(test, suite, message, body);
    // Long texts (stack traces) rarely repeat exactly: keying them costs more
    // than it saves.
    const cacheable = message.length + body.length + out.length + err.length <= CACHED_INPUT_CHARS;
    const input = cacheable
        ? { status: test.status, phase, type, body, out, err }
        : null;
    const known = input !== null ? rememberedClassification(message, input) : undefined;
    if (known !== undefined)
        return known;
    usedTestIdentity = false;
    const result = classifyInput(test, suite, message, body, type, out, err, phase);
    if (input !== null && !usedTestIdentity) {
        rememberClassification(message, { ...input, result });
    }
    return result;
}
/**
 * `classify` on bounded texts. Reads of the test beyond them go through
 * `testLabel` and `locationOf`, which mark the result as not reusable.
 */
function classifyInput(test, suite, message, body, type, out, err, phase) {
    const rules = catalog().rules;
    // CTest and others leave message and body empty and put everything in the output.
    const shownBody = body !== '' || message !== '' ? body : out || err;
    if (test.status === 'skipped') {
        const reason = `${message}\n${body}\n${out}`.trim();
        const hit = /xfail/i.test(type) ? null : skipHit(rules, reason);
        if (hit)
            return fromHit(hit, reason, message, body, test);
        const shown = reason === ''
            ? 'no reason given'
            : normalise(signatureLine(message, shownBody));
        return {
            category: 'skip-intentional',
            key: shown,
            rule: null,
            message: shown,
            evidence: reason === '' ? '' : excerptAt(reason, 0),
            hint: FALLBACK_HINTS['skip-intentional']
        };
    }
    // `type="java.lang.NoSuchMethodError" message="com.x.Y.z()"` reads as the exception line it was.
    const typed = type !== '' && !message.startsWith(type) ? `${type}: ${message}` : message;
    const haystack = joinLines(typed, body, err, out);
    // An assertion that no error occurred, holding the error that did: when
    // that error is infrastructure, it is the cause.
    const unwanted = unwantedErrorHit(rules, haystack);
    if (unwanted !== null) {
        return fromHit(unwanted.hit, unwanted.error, message, shownBody, test);
    }
    const assertionFirst = ASSERTION_TYPE_NAME.test(type) ||
        ASSERTION_FIRST.test(signatureLine(message, body));
    // An infrastructure rule that names an exception type in the message itself
    // decides without the body (unless it needs the trace, like `env`).
    const fromMessage = assertionFirst ? null : messageHit(rules, typed);
    const decisive = fromMessage !== null &&
        fromMessage.rule.tier !== 'text' &&
        fromMessage.rule.refine !== 'env' &&
        isInfrastructure(fromMessage.rule.category);
    const found = decisive
        ? fromMessage
        : assertionFirst
            ? (runRules(ASSERTION_RULES(), haystack, 'failure') ??
                runRules(rules, haystack, 'failure'))
            : runRules(rules, haystack, 'failure');
    // A wait that ran out because what it waited on refused (a pool that could
    // not open a connection, a gRPC deadline over a refused dial): the refused
    // service is the cause, the timeout its symptom.
    const hit = found !== null && found.rule.category === 'timeout'
        ? (refusalBehind(haystack) ?? found)
        : found;
    let result;
    if (hit) {
        result = fromHit(hit, haystack, message, shownBody, test);
    }
    else {
        const signature = signatureLine(message, shownBody);
        const category = ASSERTION_TYPE.test(type)
            ? 'assertion'
            : EXCEPTION_TYPE.test(type) ||
                // .NET writes `System.Collections.Generic.KeyNotFoundException : …`.
                EXCEPTION_TYPE.test((signature.split(':')[0] ?? '').trimEnd())
                ? 'crash'
                : 'unknown';
        result = {
            category,
            key: normalise(signature),
            rule: null,
            message: normalise(signature),
            evidence: signature.slice(0, MATCH_LIMITS.excerpt),
            hint: FALLBACK_HINTS[category]
        };
    }
    // Setup code that failed on no infrastructure cause is a product failure
    // like any other: the suite's own code (or the product it calls) threw.
    if (phase === 'setup' && !isInfrastructure(result.category)) {
        return result.category === 'crash' || result.category === 'assertion'
            ? result
            : recast(result, 'crash', result.key, FALLBACK_HINTS.crash);
    }
    // A test that never reached its body: the phase names the finding unless
    // a rule found a more specific infrastructure cause inside it.
    if (phase !== null && !isInfrastructure(result.category)) {
        const category = phase === 'build' ? 'build-failure' : 'collection-error';
        const where = locationOf(test, suite, phase);
        // The file or class that did not load is what its tests share.
        return recast(result, category, where, FALLBACK_HINTS[category]);
    }
    return result;
}
/**
 * What every refusal writes, in any case (`Connection refused`,
 * `ECONNREFUSED`, `:econnrefused`, `ConnectionRefusedError`). Timeouts are
 * common and most wait on nothing that refused: two literal searches spare
 * them the service rules' needle scan.
 */
const REFUSAL_WORDS = ['efused', 'EFUSED'];
/** The refused service behind a timeout: a service rule matching anywhere in `text`, outside compared values. */
function refusalBehind(text) {
    if (!includesAny(text, REFUSAL_WORDS))
        return null;
    const service = SERVICE_CATALOG();
    return runRules(service.rules, text, 'failure', service);
}
/** The parts that are not empty, each starting a line. */
function joinLines(...parts) {
    let joined = '';
    for (const part of parts) {
        if (part === '')
            continue;
        joined = joined === '' ? part : `${joined}\n${part}`;
    }
    return joined;
}
function fromHit(hit, text, message, body, test) {
    const { rule, captures } = hit;
    let category = rule.category;
    if (rule.refine === 'helper' && !looksLikeTestCode(captures))
        category = 'crash';
    // Normalised only when the key is made of it; else when first shown.
    let signature;
    const signatureOf = () => (signature ??= normalise(signatureLine(message, body)));
    // The rule's key when it names one; an empty key is filled below.
    let key = category === rule.category && rule.key !== ''
        ? fillTemplate(rule.key, captures)
        : '';
    if (category === 'service-unavailable' && category === rule.category) {
        key = serviceKey(text, hit.index, message, key || signatureOf());
    }
    if (category === 'timeout' && category === rule.category) {
        // What timed out when the report names it (a hook, a wait, the running
        // test, an address like `127.0.0.1:48123: read timed out`), with the
        // budget it exceeded as written. A test that hit its runner's budget and
        // names nothing else is keyed by the budget: fifty tests over the same
        // 5000 ms are one finding with one fix. Without a budget, the test.
        const named = (rule.key !== '' ? key : '') ||
            addressIn(excerptAt(text, hit.index)) ||
            addressIn(message);
        if (named === '' &&
            captures.budget &&
            (captures.what ?? 'test').toLowerCase() === 'test')
            key = `test timeout ${captures.budget.replace(/^([\d.]+)\s*/, '$1 ')}`;
        else {
            const what = named || testLabel(test);
            key = captures.budget ? `${what} (${captures.budget})` : what;
        }
    }
    // What did not build or load is the test's own file or class when the rule
    // names nothing (JUnit `No runnable methods`, a test class signature check):
    // each one is its own finding, not one per wording.
    if (key === '' &&
        (category === 'build-failure' || category === 'collection-error'))
        key = testUnit(test);
    const hint = category === rule.category
        ? fillTemplate(rule.hint, captures)
        : FALLBACK_HINTS[category];
    if (key === '')
        key = signatureOf();
    return new RuleClassification(category, key, rule.id, hint, { message, body }, { text, index: hit.index }, signature);
}

/**
 * The triage: every failed, errored or skipped test is classified, tests
 * that share a category and key become one cause, causes are ranked by how
 * many tests they block, and the source tree (when given) adds what it shows.
 */
/** Raw excerpts kept per cause. */
const EVIDENCE_PER_CAUSE = 3;
/**
 * Classifies the tests of each suite added and gathers those that share a
 * category and key, in the order added.
 */
class CauseGrouper {
    // By category, then key: no joined id string to build and hash per test.
    byCategory = new Map();
    groups = [];
    added = 0;
    add(suite) {
        const number = this.added++;
        const { cases } = suite;
        for (let index = 0; index < cases.length; index++) {
            const test = cases[index];
            if (test.status === 'passed')
                continue;
            const found = classify(test, suite);
            let byKey = this.byCategory.get(found.category);
            if (byKey === undefined) {
                byKey = new Map();
                this.byCategory.set(found.category, byKey);
            }
            let group = byKey.get(found.key);
            if (group === undefined) {
                group = {
                    cause: {
                        category: found.category,
                        infrastructure: isInfrastructure(found.category),
                        key: ownString(found.key),
                        count: 0,
                        tests: [],
                        message: ownString(found.message),
                        evidence: [],
                        hint: ownString(found.hint),
                        source: null
                    },
                    members: []
                };
                byKey.set(found.key, group);
                this.groups.push(group);
            }
            group.members.push(number, index);
            group.cause.count++;
            // The excerpt is worked out only while the cause still wants one.
            const { evidence } = group.cause;
            if (evidence.length < EVIDENCE_PER_CAUSE) {
                const excerpt = found.evidence;
                if (excerpt !== '' && !evidence.includes(excerpt)) {
                    evidence.push(ownString(excerpt));
                }
            }
        }
    }
    /** The groups in order of first appearance. */
    done() {
        // What was remembered per distinct failure text is only worth one run.
        forgetClassifications();
        return this.groups;
    }
}

/**
 * The triage's thread (see triage-thread.ts): classifies and groups each
 * suite as soon as the reader hands it over, while the main thread goes on
 * reading, and keeps nothing of a suite but the positions of its tests.
 */
const port = parentPort;
if (port === null)
    throw new Error('triage-worker.js runs as a worker thread');
const grouper = new CauseGrouper();
let failure = null;
port.on('message', (message) => {
    if (message.kind === 'suite') {
        if (failure !== null)
            return;
        try {
            grouper.add(message.suite);
        }
        catch (err) {
            failure = err instanceof Error ? (err.stack ?? err.message) : String(err);
        }
        return;
    }
    const reply = failure === null
        ? { kind: 'grouped', groups: grouper.done() }
        : { kind: 'failed', reason: failure };
    port.postMessage(reply);
    port.close();
});
