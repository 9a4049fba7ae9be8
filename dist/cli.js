#!/usr/bin/env node
import { stat as stat$1, readdir as readdir$1, open } from 'node:fs/promises';
import { TextDecoder, parseArgs } from 'node:util';
import { resolve as resolve$1, join, relative as relative$1, sep as sep$1 } from 'node:path';
import * as nativeFs from 'fs';
import { statSync, stat, realpathSync, realpath, readdirSync, readdir } from 'fs';
import { sep, basename, dirname, resolve, normalize, relative, posix, isAbsolute } from 'path';
import { fileURLToPath } from 'url';
import { createRequire } from 'module';
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Numbers as the reports, outputs and messages write them. */
/** A fraction as a percent with one decimal: 0.185 → "18.5". */
function formatPercent(fraction) {
    return (Math.round(fraction * 1000) / 10).toFixed(1);
}
/** A rate for people: "18.5%", or "n/a" when there was nothing to divide. */
const percentText = (fraction) => fraction === null ? 'n/a' : `${formatPercent(fraction)}%`;
/** "1 test", "3 tests". Counts are written plainly in every output, as in the tables. */
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The merge gate: thresholds in percent against the measured rates. */
/**
 * The measured rate as a reason shows it: one decimal, or as many more as it
 * takes not to look equal to the threshold it missed (99.96% is not 100%).
 */
function pct(fraction, threshold) {
    if (fraction === null)
        return 'n/a';
    let text = formatPercent(fraction);
    for (let digits = 2; Number(text) === threshold && digits <= 6; digits++) {
        text = (fraction * 100).toFixed(digits);
    }
    return `${text}%`;
}
function evaluateGate(rates, thresholds, infrastructureCauses = 0) {
    const reasons = [];
    const below = (label, actual, min) => {
        if (min === undefined)
            return;
        if (actual === null || actual * 100 < min - 1e-9) {
            reasons.push(`${label} ${pct(actual, min)} is below the minimum of ${min}%`);
        }
    };
    below('execution rate', rates.execution, thresholds.minExecutionRate);
    below('pass rate', rates.pass, thresholds.minPassRate);
    if (thresholds.maxSkipRate !== undefined &&
        rates.skip !== null &&
        rates.skip * 100 > thresholds.maxSkipRate + 1e-9) {
        reasons.push(`skip rate ${pct(rates.skip, thresholds.maxSkipRate)} is above the maximum of ${thresholds.maxSkipRate}%`);
    }
    if (thresholds.failOnInfrastructure && infrastructureCauses > 0) {
        reasons.push(`${plural(infrastructureCauses, 'infrastructure cause')} found`);
    }
    return { passed: reasons.length === 0, reasons };
}

/**
 * The one model every report format is read into. Parsers produce it, the
 * analysis reads it, nothing else. Text fields are bounded at parse time so a
 * hostile 20 MB message can never reach the renderers.
 */
/** Bounds applied while parsing; a report can never make us keep more than this. */
const LIMITS = {
    /** Characters kept of a message attribute. */
    message: 4_000,
    /** Characters kept of a failure/error body (stack trace). */
    details: 16_000,
    /** Characters kept of each system-out / system-err excerpt. */
    output: 8_000,
    /** Characters kept of a name or classname. */
    name: 1_000,
    /** Deepest element nesting accepted in an XML report. */
    depth: 256
};
function emptyCase(name, classname) {
    return {
        name,
        classname,
        file: null,
        line: null,
        duration: null,
        status: 'passed',
        failureType: null,
        message: null,
        details: null,
        systemOut: null,
        systemErr: null,
        flaky: false,
        retries: 0,
        phase: null
    };
}
/** A suite with no tests yet. */
function emptySuite(name, file = null) {
    return { name, file, passed: 0, cases: [], systemOut: null, systemErr: null };
}
/**
 * Whether a finished test is kept in `Suite.cases`: anything but a clean
 * pass. A pass that was flaky or retried is kept, since it is worth naming.
 */
function isKept(test) {
    return test.status !== 'passed' || test.flaky || test.retries > 0;
}
/** Adds a finished test to its suite: kept in `cases`, or counted in `passed`. */
function addTest$1(suite, test) {
    if (isKept(test))
        suite.cases.push(test);
    else
        suite.passed++;
}
/** How many tests a suite holds, kept or counted. */
function testCount(suite) {
    return suite.cases.length + suite.passed;
}
function ownString(text) {
    // Joining writes one new flat string: one object to keep per value, where
    // a concatenation would link to `text` and slicing it would share it.
    // (V8 copies strings shorter than 13 characters when slicing anyway.)
    return text === null || text.length < 13
        ? text
        : [text.slice(0, 1), text.slice(1)].join('');
}
/** Keep at most `max` characters, saying how much was cut. */
function bound(text, max) {
    if (text === null || text === undefined)
        return null;
    if (text.length <= max)
        return text;
    return `${text.slice(0, max)}… [${text.length - max} more characters cut]`;
}
/**
 * The status that wins when one test has several results:
 * error > failure > skipped > passed.
 */
function worstStatus(a, b) {
    for (const status of ['error', 'failed', 'skipped']) {
        if (a === status || b === status)
            return status;
    }
    return 'passed';
}

/** Counts and rates, per suite and overall. Pure arithmetic on the model. */
function emptyTotals() {
    return { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
}
function addTotals(into, from) {
    into.tests += from.tests;
    into.passed += from.passed;
    into.failed += from.failed;
    into.errors += from.errors;
    into.skipped += from.skipped;
    return into;
}
function suiteTotals(suite) {
    const totals = emptyTotals();
    // Clean passes are only counted; passes worth naming are among the cases.
    totals.tests = testCount(suite);
    totals.passed = suite.passed;
    for (const test of suite.cases) {
        if (test.status === 'passed')
            totals.passed++;
        else if (test.status === 'failed')
            totals.failed++;
        else if (test.status === 'error')
            totals.errors++;
        else
            totals.skipped++;
    }
    return totals;
}
function reportTotals(report) {
    const totals = emptyTotals();
    for (const suite of report.suites)
        addTotals(totals, suiteTotals(suite));
    return totals;
}
const ratio = (part, whole) => whole === 0 ? null : part / whole;
function rates(totals) {
    const ran = totals.tests - totals.skipped;
    return {
        execution: ratio(ran, totals.tests),
        skip: ratio(totals.skipped, totals.tests),
        failure: ratio(totals.failed + totals.errors, ran),
        pass: ratio(totals.passed, totals.tests)
    };
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
        id: 'skip.named-unavailable',
        category: 'service-unavailable',
        // "Open MPI is not available": a reason that starts with the name of
        // what is missing, whatever it is called (known systems are the rules
        // above's); its name keys the finding.
        pattern: /^[ \t]{0,20}(?:[Tt]he )?(?<system>[A-Z][\w.+/-]{0,40}(?: [A-Za-z][\w.+/-]{0,40}){0,3}?) (?:is |are )?(?:not available|unavailable|not reachable|not running)\b/m,
        needle: ['available', 'reachable', 'running'],
        key: '{system}',
        hint: 'Tests are skipped because {system} is not available in CI, so their coverage is silently lost. Provide it or mark the tests explicitly.',
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
        id: 'any.aws-region-missing',
        category: 'missing-config',
        // The AWS SDKs find no region in the environment or the profile: Go v2,
        // Go v1 (`MissingRegion`), botocore's NoRegionError, JavaScript v3.
        pattern: /\ban AWS region is required, but was not found\b|\bMissingRegion: could not find region configuration\b|\bNoRegionError: You must specify a region\b|\bError: Region is missing\b/,
        needle: [
            'region is required',
            'MissingRegion',
            'NoRegionError',
            'Region is missing'
        ],
        key: 'AWS_REGION',
        hint: 'The AWS SDK found no region in CI. Set `AWS_REGION` (or `AWS_DEFAULT_REGION`) for the test job, or give the client a region in the test configuration.'
    },
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
        pattern: /\.(?:cc|cpp|cxx|c\+\+|hpp|hh|h|c)(?::\d{1,7}|\(\d{1,7}\)): (?:Failure|FAILED:)(?=\n|$)|Expected equality of these values|Value of: |Expected: [^\n]{0,300}\n\s*(?:Which is|Actual)|\b(?:REQUIRE|CHECK)(?:_FALSE|_THAT|_THROWS[_A-Z]{0,20})?\( |with expansion:|: ERROR: (?:CHECK|REQUIRE|WARN)[_A-Z]{0,30}\( [^\n]{0,500}\) is NOT correct!|\berror: in "[^"\n]{1,300}": (?:critical )?check [^\n]{0,500} has failed|(?:^|\n|: )Expected [^\n]{1,200} Was [^\n]{1,200}/,
        // GoogleTest (`file.cc:42: Failure`, whatever macro follows), Catch2
        // (`file.cpp:42: FAILED:`), doctest (`ERROR: CHECK_EQ( … ) is NOT correct!`),
        // Boost.Test (`error: in "suite/case": check … has failed`), Unity for C
        // (`test_x.c:38:test_adds:FAIL: Expected 2 Was 0`, or those words alone
        // in a report's message, or after its type).
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
        id: 'js.snapshot-not-written',
        category: 'missing-fixture',
        // jest does not write a missing snapshot under `--ci` (the default on
        // CI): the snapshot the test compares against was never committed.
        pattern: /\bNew snapshot was not written\. The update flag must be explicitly passed to write a new snapshot\b/,
        needle: 'New snapshot was not written',
        key: 'snapshots not written in CI',
        hint: 'Snapshots these tests compare against were never committed, and CI does not write them. Run the tests locally with `-u` and commit the snapshot files.',
        beforeAssertions: true
    },
    {
        id: 'js.transform-failed',
        category: 'collection-error',
        // esbuild (vite, vitest, tsx) could not compile a test file or what it
        // imports: a syntax error, so the file never ran.
        pattern: /\bTransform failed with \d{1,5} errors?:\n(?<path>[^\n:]{1,300}):\d{1,7}:\d{1,5}: ERROR: /,
        needle: 'Transform failed with',
        key: '{path}',
        hint: '`{path}` does not compile (esbuild stopped on a syntax error), so its tests never ran. Fix the error at the line shown.'
    },
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
        // found in 'X.php'`, 10+ `Class "X" cannot be found in "X.php"`, its
        // ClassCannotBeFoundException without quotes), or the
        // bootstrap script is gone.
        // Tried before `php.class-not-found`, which reads autoloaded classes.
        pattern: /\bCannot open file "(?<path>[^"\n]{1,300}\.php)"|\bTest file "(?<path2>[^"\n]{1,300}\.php)" not found|\bClass '[\w\\]{1,300}' could not be found in '(?<path3>[^'\n]{1,300}\.php)'|\bClass "[\w\\]{1,300}" cannot be found in "(?<path5>[^"\n]{1,300}\.php)"|\bClass [\w\\]{1,300} cannot be found in (?<path6>[^\s"']{1,300}\.php)|\bCannot open bootstrap script "(?<path4>[^"\n]{1,300})"/,
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
const escapeRegExp$1 = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
        : new RegExp(`(?=(${distinct.map(escapeRegExp$1).join('|')}))`, 'g');
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
 * go-cmp's `mismatch (-want +got):` above its diff, jest's `Expected pattern:` /
 * `Received string:` (a received string runs on over lines of its own; not
 * `Received message:`, which is what a call under `toThrow` really threw).
 */
const COMPARISON_HEADER = /^(?:\[FAILED\] |\s{0,40})Expected$|^\s{0,40}(?:not )?to [a-z]{1,20}(?: [a-z]{1,20}){0,3}$|^\s{0,40}values: |Expected equality of these values:|Which is: |Value of: |with expansion:|^\s{0,40}(?:REQUIRE|CHECK)(?:_[A-Z]{1,20})?\( |^\s{0,40}(?:Expecting(?: actual)?|to (?:be equal to|contain|match)|Expected|Actual|Which is|left|right):|assertion `left [=!]= right`|Not equal:|Failed asserting that|^--- Expected|^\s{0,40}[+-]'|^\s{0,40}code:\s{1,10}(?:assert|refute)\b|^\s{0,40}(?:Expected|Received) (?:string|substring|pattern|value):|\((?:-want \+got|-got \+want|-expected \+actual|-actual \+expected)\):/;
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
        firstLine === '● Test suite failed to run' ||
        jestSuiteFailed(body))
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
/**
 * jest's header for a test file that did not run, unless it is a value an
 * assertion compared (an end-to-end test matching jest's own output).
 */
function jestSuiteFailed(body) {
    const at = body.indexOf('● Test suite failed to run');
    return at !== -1 && !inComparedValue(body, at);
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
/**
 * Tried first when a failure reads as an assertion: the assertion rules, and
 * before them those that know an assertion's own words for something
 * missing (`beforeAssertions`).
 */
const ASSERTION_RULES = () => {
    assertionRules ??= catalog().rules.filter((rule) => rule.beforeAssertions === true || rule.category === 'assertion');
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
const EXCEPTION_TYPE$1 = /(?:Error|Exception|Panic|panic)$/;
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
    const haystack = joinLines$1(typed, body, err, out);
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
            : EXCEPTION_TYPE$1.test(type) ||
                // .NET writes `System.Collections.Generic.KeyNotFoundException : …`.
                EXCEPTION_TYPE$1.test((signature.split(':')[0] ?? '').trimEnd())
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
function joinLines$1(...parts) {
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
 * What the source tree shows about a cause: for a missing name, where its
 * owner is, what the owner does define and how often the missing name is
 * called; for a missing module, whether it belongs to the repository or to a
 * dependency manifest. Light line-level scanning, no language parsers. The
 * tree is read by `collect/source.ts`; this module never touches the disk.
 */
const MAX_LINE = 2_000;
const SHOWN_DEFINITIONS = 6;
const extensionOf = (path) => /\.([A-Za-z]{1,5})$/.exec(path)?.[1]?.toLowerCase() ?? '';
const withoutExtension = (path) => path.replace(/\.[A-Za-z]{1,5}$/, '');
/**
 * Paths a test may live at, without extension: its file, or its dotted
 * classname as a path (`tests.integration.test_sessions`).
 */
function testPaths(test) {
    const paths = [];
    if (test.file)
        paths.push(withoutExtension(test.file.replace(/\\/g, '/').replace(/^\.\//, '')));
    if (test.classname && /^[\w.]+$/.test(test.classname)) {
        paths.push(test.classname.replace(/\./g, '/'));
    }
    return paths;
}
const PRIMITIVE = /^(?:int|long|short|byte|char|boolean|bool|float|double|string|void|object|decimal|uint|var|val|final|const|readonly|public|private|protected|ref|out|in|params|mut)$/;
/** Parameter names from a raw parameter list: `self, email: str, roles=None` → `email, roles`. */
function paramNames(raw) {
    return raw
        .split(',')
        .map((part) => part.split('=')[0].split(':')[0].trim())
        .filter((part) => part !== '')
        .map((part) => {
        const words = part.replace(/[*&]/g, ' ').split(/\s+/).filter(Boolean);
        const php = words.find((word) => word.startsWith('$'));
        if (php)
            return php.slice(1);
        // `Type name` (Java, C#) puts the name last; `name Type` (Go) first.
        const typeFirst = words.length > 1 &&
            (/^[A-Z]|[.<[]/.test(words[0]) || PRIMITIVE.test(words[0]));
        const name = typeFirst ? words[words.length - 1] : (words[0] ?? '');
        return name.replace(/^\.{3}|^[@]/g, '');
    })
        .filter((name) => name !== '' && !/^(?:self|cls|this|_)$/.test(name));
}
const PY_CLASS = /^(\s*)class\s+(\w{1,200})/;
const PY_DEF = /^(\s*)(?:async\s+)?def\s+(\w{1,200})\s*\(([^)\n]{0,500})/;
const CLASS_LIKE = /^\s*(?:export\s+)?(?:default\s+)?(?:public\s+|private\s+|internal\s+|abstract\s+|final\s+|open\s+|data\s+|sealed\s+|static\s+|partial\s+)*(?:class|interface|object|record|struct|module|trait|enum)\s+([\w:]{1,200})/;
const GO_TYPE = /^type\s+(\w{1,200})\s+(?:struct|interface)/;
const GO_FUNC = /^func\s+(?:\(\s*\w{0,50}\s*\*?\s*(\w{1,200})(?:\[[^\]\n]{0,100}\])?\s*\)\s*)?(\w{1,200})\s*(?:\[[^\]\n]{0,200}\])?\(([^)\n]{0,500})/;
const RUST_IMPL = /^\s*impl(?:<[^>\n]{0,200}>)?\s+(?:[\w:]{1,200}(?:<[^>\n]{0,200}>)?\s+for\s+)?(\w{1,200})/;
const FUNCTION_LIKE = [
    // function name(…), fun name(…), fn name(…), def name(…), func name(…)
    /^\s*(?:export\s+)?(?:default\s+)?(?:public\s+|private\s+|protected\s+|static\s+|final\s+|abstract\s+|async\s+|override\s+|suspend\s+|pub(?:\([\w\s]{1,20}\))?\s+|unsafe\s+)*(?:function\*?|fun|fn|def)\s+(?:self\.)?([\w?!]{1,200})\s*(?:<[^>\n]{0,200}>)?\s*(?:\(([^)\n]{0,500}))?/,
    // const name = (…) => / const name = async function
    /^\s*(?:export\s+)?(?:const|let|var)\s+([\w$]{1,200})\s*(?::[^=\n]{1,200})?=\s*(?:async\s+)?(?:function\b[^(\n]{0,100})?\(([^)\n]{0,500})\)\s*(?::[^=\n]{1,200})?(?:=>|\{)/,
    // class members: name(…) {   /   Type name(…) {   (JS/TS/Java/C#/Kotlin/PHP)
    /^\s+(?:(?:public|private|protected|internal|static|final|abstract|async|override|virtual|synchronized|readonly|get|set)\s+){0,6}(?:[\w<>[\],.?]{1,200}\s+)?([\w$]{1,200})\s*(?:<[^>\n]{0,200}>)?\s*\(([^)\n]{0,500})\)\s*(?::\s*[^{\n]{1,200})?(?:throws\s+[\w., ]{1,300})?\s*\{/
];
const NOT_A_NAME = /^(?:if|for|while|switch|catch|return|function|new|else|do|try|with|await|typeof|super|this)$/;
function definitionsOf(file) {
    if (file.text === null)
        return [];
    const ext = extensionOf(file.path);
    const out = [];
    const lines = file.text.split('\n');
    if (ext === 'py') {
        const classes = [];
        lines.forEach((raw, index) => {
            const line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
            const cls = PY_CLASS.exec(line);
            const def = cls ? null : PY_DEF.exec(line);
            const match = cls ?? def;
            if (!match)
                return;
            const indent = match[1].length;
            while (classes.length > 0 && classes[classes.length - 1].indent >= indent)
                classes.pop();
            const owner = classes.length > 0 ? classes[classes.length - 1].name : null;
            if (cls) {
                out.push({
                    name: cls[2],
                    params: [],
                    owner,
                    kind: 'class',
                    file: file.path,
                    line: index + 1
                });
                classes.push({ indent, name: cls[2] });
            }
            else if (def) {
                out.push({
                    name: def[2],
                    params: paramNames(def[3]),
                    owner,
                    kind: 'function',
                    file: file.path,
                    line: index + 1
                });
            }
        });
        return out;
    }
    let owner = null;
    lines.forEach((raw, index) => {
        const line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
        const typeMatch = CLASS_LIKE.exec(line) ?? GO_TYPE.exec(line) ?? RUST_IMPL.exec(line);
        if (typeMatch) {
            owner = typeMatch[1];
            out.push({
                name: typeMatch[1],
                params: [],
                owner: null,
                kind: 'class',
                file: file.path,
                line: index + 1
            });
            return;
        }
        if (ext === 'go') {
            const go = GO_FUNC.exec(line);
            if (go) {
                out.push({
                    name: go[2],
                    params: paramNames(go[3]),
                    owner: go[1] ?? null,
                    kind: 'function',
                    file: file.path,
                    line: index + 1
                });
            }
            return;
        }
        for (const pattern of FUNCTION_LIKE) {
            const fn = pattern.exec(line);
            if (fn && !NOT_A_NAME.test(fn[1])) {
                const topLevel = !/^\s/.test(line);
                out.push({
                    name: fn[1],
                    params: paramNames(fn[2] ?? ''),
                    owner: topLevel && ext !== 'rb' ? null : owner,
                    kind: 'function',
                    file: file.path,
                    line: index + 1
                });
                break;
            }
        }
    });
    return out;
}
const definitionCache = new WeakMap();
function definitions(tree) {
    let found = definitionCache.get(tree);
    if (!found) {
        found = tree.files.flatMap(definitionsOf);
        definitionCache.set(tree, found);
    }
    return found;
}
/** Edit distance, bounded for long names. */
function editDistance(a, b) {
    const x = a.slice(0, 100);
    const y = b.slice(0, 100);
    let previous = Array.from({ length: y.length + 1 }, (_v, i) => i);
    for (let i = 1; i <= x.length; i++) {
        const current = [i];
        for (let j = 1; j <= y.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[y.length];
}
/** The name most like `wanted`, when it is alike enough to be a likely rename. */
function closest(wanted, candidates) {
    let best = null;
    let bestScore = Infinity;
    const lower = wanted.toLowerCase();
    for (const candidate of candidates) {
        if (candidate.kind !== 'function' || candidate.name === wanted)
            continue;
        const score = editDistance(lower, candidate.name.toLowerCase());
        if (score < bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best !== null &&
        bestScore <= Math.max(3, Math.ceil(wanted.length * 0.5))
        ? best
        : null;
}
const signature = (definition) => `${definition.name}(${definition.params.slice(0, 3).join(', ')}${definition.params.length > 3 ? ', ...' : ''})`;
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Does a source path (without extension) stand for one of these test paths? */
function matchesAny(path, tests) {
    const bare = withoutExtension(path);
    for (const test of tests) {
        if (bare === test || bare.endsWith(`/${test}`) || test.endsWith(`/${bare}`))
            return true;
    }
    return false;
}
function describeMissingName(tree, cause, stats) {
    const parts = cause.key.split(/\.|::|#/);
    const name = parts.pop() ?? '';
    if (!/^[\w$?!]{1,200}$/.test(name))
        return null;
    const ownerPath = parts.join('.');
    const ownerName = parts[parts.length - 1] ?? '';
    const all = definitions(tree);
    let ownerLabel = null;
    let members = [];
    if (ownerName !== '') {
        const ownerClass = all.find((d) => d.kind === 'class' && d.name === ownerName);
        if (ownerClass) {
            ownerLabel = `\`${ownerName}\` (${ownerClass.file})`;
            members = all.filter((d) => d.kind === 'function' && d.owner === ownerName);
        }
        else {
            const modulePath = ownerPath.replace(/\./g, '/');
            const moduleFile = tree.files.find((f) => f.text !== null &&
                (withoutExtension(f.path) === modulePath ||
                    withoutExtension(f.path).endsWith(`/${modulePath}`) ||
                    withoutExtension(f.path) === `${modulePath}/__init__`));
            if (moduleFile) {
                ownerLabel = `\`${ownerPath}\` (${moduleFile.path})`;
                members = all.filter((d) => d.file === moduleFile.path &&
                    d.kind === 'function' &&
                    d.owner === null);
            }
        }
    }
    const sentences = [];
    const exact = all.find((d) => d.name === name &&
        d.kind === 'function' &&
        (ownerName === '' || d.owner === ownerName));
    // Call sites of the missing name, excluding its definitions.
    const call = new RegExp(`(?<![\\w$])${escapeRegExp(name)}\\s{0,5}\\(([^()\\n]{0,80})\\)?`, 'g');
    const definitionLine = new RegExp(`(?:def|function|func|fn|fun)\\s{1,5}(?:\\([^)\\n]{0,100}\\)\\s{0,5})?${escapeRegExp(name)}\\b`);
    let sites = 0;
    let hidden = 0;
    let example = null;
    const siteFiles = new Set();
    for (const file of tree.files) {
        if (file.text === null || !file.text.includes(name))
            continue;
        for (const line of file.text.split('\n')) {
            if (!line.includes(name) || definitionLine.test(line))
                continue;
            call.lastIndex = 0;
            for (const match of line.slice(0, MAX_LINE).matchAll(call)) {
                sites++;
                siteFiles.add(file.path);
                example ??= `${name}(${(match[1] ?? '').trim()})`;
                if (matchesAny(file.path, stats.skippedFiles) &&
                    !matchesAny(file.path, stats.failedFiles))
                    hidden++;
            }
        }
    }
    if (example)
        sentences.push(`Tests call \`${example}\``);
    if (ownerLabel) {
        const shown = members
            .slice(0, SHOWN_DEFINITIONS)
            .map((d) => `\`${signature(d)}\``);
        const more = members.length > SHOWN_DEFINITIONS
            ? `, and ${members.length - SHOWN_DEFINITIONS} more`
            : '';
        sentences.push(members.length > 0
            ? `${ownerLabel} defines ${shown.join(', ')}${more}`
            : `${ownerLabel} defines no methods`);
    }
    let best = null;
    if (exact) {
        sentences.push(`\`${name}\` is defined in ${exact.file}:${exact.line}, so check that the tests import that version`);
    }
    else {
        best = closest(name, members.length > 0 ? members : all);
        if (best)
            sentences.push(`the closest match is \`${signature(best)}\` (${best.file}:${best.line})`);
    }
    let text = sentences.length > 0 ? `${sentences.join('; ')}.` : '';
    if (sites > 0) {
        const failedNote = stats.failed > 0
            ? `${plural(stats.failed, 'test')} failed on it`
            : `${plural(stats.skipped, 'test')} skipped on it`;
        const hiddenNote = hidden > 0
            ? `, ${hidden} more ${hidden === 1 ? 'is' : 'are'} hidden behind skips`
            : '';
        text += ` ${plural(sites, 'call site')} in ${plural(siteFiles.size, 'file')}; ${failedNote}${hiddenNote}.`;
    }
    else if (ownerLabel || exact) {
        text += ' No call sites found in the source tree.';
    }
    if (text.trim() === '')
        return null;
    const where = sites > 0
        ? ` at ${plural(sites, 'call site')} in ${plural(siteFiles.size, 'file')}`
        : '';
    const owner = ownerName === '' ? null : `\`${ownerName}\``;
    let action = null;
    if (exact) {
        action = `Import \`${name}\` from ${exact.file} where the tests use it`;
    }
    else if (best) {
        action = `Rename \`${name}\` to \`${best.name}\`${where}${owner ? `, or add it to ${owner}` : ''}`;
    }
    else if (ownerLabel) {
        action = `Add \`${name}\` to ${ownerLabel}${sites > 0 ? `, or change the ${plural(sites, 'call site')} to a name it defines` : ''}`;
    }
    return {
        text: text.trim(),
        fix: action === null ? null : { action, ...namePayoff(stats, hidden) }
    };
}
/** A rename fixes the tests that failed on it and the call sites that skips hide. */
function namePayoff(stats, hidden) {
    const parts = [];
    if (stats.failed > 0)
        parts.push(plural(stats.failed, 'failing test'));
    if (stats.skipped > 0)
        parts.push(plural(stats.skipped, 'skipped test'));
    if (hidden > 0)
        parts.push(`${hidden} hidden behind skips`);
    const last = parts.pop() ?? '';
    const list = parts.length > 0 ? `${parts.join(', ')} and ${last}` : last;
    return {
        payoff: `${stats.failed > 0 ? 'fixes' : 'unblocks'} ${list}`,
        unblocks: stats.failed + stats.skipped + hidden
    };
}
const MANIFESTS = [
    [
        /(?:^|\/)(?:requirements[\w.-]{0,40}\.txt|pyproject\.toml|setup\.cfg|setup\.py|Pipfile)$/,
        'python'
    ],
    [/(?:^|\/)package\.json$/, 'javascript'],
    [/(?:^|\/)Gemfile$|\.gemspec$/, 'ruby'],
    [/(?:^|\/)go\.mod$/, 'go'],
    [/(?:^|\/)(?:pom\.xml|build\.gradle(?:\.kts)?)$/, 'java'],
    [/(?:^|\/)composer\.json$/, 'php'],
    [/\.(?:csproj|fsproj)$|(?:^|\/)Directory\.Packages\.props$/, 'dotnet'],
    [/(?:^|\/)Cargo\.toml$/, 'rust']
];
function manifests(tree) {
    const out = [];
    for (const file of tree.files) {
        if (file.text === null)
            continue;
        const found = MANIFESTS.find(([pattern]) => pattern.test(file.path));
        if (found)
            out.push({ file, ecosystem: found[1] });
    }
    // Shallowest first: the project's own manifest before nested ones.
    return out.sort((a, b) => a.file.path.split('/').length - b.file.path.split('/').length);
}
/** The files that import `module`: the failing tests' own files first, then any file naming it. */
function importersOf(tree, cause, module) {
    const testFiles = new Set(cause.tests.flatMap(testPaths));
    const last = module.split(/[./]/).pop() ?? module;
    const own = tree.files.filter((f) => f.text !== null && matchesAny(f.path, testFiles) && f.text.includes(last));
    const found = own.length > 0
        ? own
        : tree.files.filter((f) => f.text !== null && f.text.includes(module));
    return found.map((f) => f.path);
}
const listOf = (paths) => paths.length <= 2
    ? paths.join(' and ')
    : `${paths.slice(0, 2).join(', ')} and ${plural(paths.length - 2, 'more file')}`;
function describeMissingModule(tree, cause) {
    const module = cause.key.trim();
    if (module === '' || /\s/.test(module))
        return null;
    const payoff = {
        payoff: `unblocks ${plural(cause.count, 'test')}`,
        unblocks: cause.count
    };
    const finding = (text, action) => ({
        text,
        fix: action === null ? null : { action, ...payoff }
    });
    const relative = /^\.{1,2}\//.test(module);
    const dotted = /^[\w]+(?:\.[\w]+)*$/.test(module) && !relative;
    const segments = relative
        ? module.split('/')
        : dotted
            ? module.split('.')
            : module.replace(/^@/, '').split('/');
    const paths = new Set();
    const dirs = new Set();
    for (const file of tree.files) {
        const bare = withoutExtension(file.path);
        paths.add(bare);
        const pieces = file.path.split('/');
        for (let i = 1; i < pieces.length; i++)
            dirs.add(pieces.slice(0, i).join('/'));
    }
    const exists = (candidate) => {
        for (const base of ['', 'src/', 'lib/', 'app/']) {
            const path = `${base}${candidate}`;
            if (paths.has(path))
                return path;
            if (paths.has(`${path}/__init__`) || paths.has(`${path}/index`))
                return `${path}/`;
            if (dirs.has(path))
                return `${path}/`;
        }
        return null;
    };
    const importers = importersOf(tree, cause, module);
    const inImporters = importers.length > 0 ? ` in ${listOf(importers)}` : '';
    if (relative) {
        const base = segments[segments.length - 1];
        const near = tree.files.find((f) => withoutExtension(f.path).endsWith(`/${base}`) ||
            withoutExtension(f.path) === base);
        return near
            ? finding(`No file matches the relative import \`${module}\` from where it was imported; a file with that name exists at ${near.path}, so it was probably moved.`, `Point the import \`${module}\`${inImporters} at ${near.path}, where the file now is`)
            : finding(`No file named \`${base}\` exists anywhere in the source tree: it was deleted or never committed.`, `Commit the missing file \`${base}\` or remove the import \`${module}\`${inImporters}`);
    }
    const asPath = dotted ? segments.join('/') : module;
    const found = exists(asPath);
    if (found)
        return finding(`\`${module}\` exists in the repository at ${found}, so the import path or the package layout (PYTHONPATH, an editable install, tsconfig paths) is what fails in CI.`, `Make ${found} importable in CI (PYTHONPATH, an editable install or tsconfig paths) so \`${module}\` resolves`);
    const top = segments[0];
    if (exists(top) ||
        (dotted && segments.length > 1 && exists(segments.slice(0, -1).join('/')))) {
        for (let n = segments.length - 1; n >= 1; n--) {
            const prefix = segments.slice(0, n);
            const at = exists(prefix.join('/'));
            if (at) {
                const name = dotted ? prefix.join('.') : prefix.join('/');
                // A Python package gets a `.py` file; elsewhere the layout is the project's choice.
                const root = at.endsWith('/') ? at : `${at}/`;
                const target = dotted &&
                    at.endsWith('/') &&
                    importers.some((p) => extensionOf(p) === 'py')
                    ? `\`${root}${segments.slice(n).join('/')}.py\``
                    : `the module \`${module}\``;
                return finding(`\`${module}\` is not in the repository; the nearest existing module is \`${name}\` (${at}). Create the missing module or fix the import path.`, `Create ${target} or fix the import${inImporters}`);
            }
        }
    }
    const ecosystem = /^[A-Z]|\.[A-Z]\w*$/.test(segments[segments.length - 1]) &&
        dotted &&
        segments.length > 2
        ? 'java'
        : module.includes('/') && /\./.test(segments[0])
            ? 'go'
            : null;
    const all = manifests(tree);
    const candidates = ecosystem
        ? all.filter((m) => m.ecosystem === ecosystem)
        : all;
    const packageName = module.startsWith('@')
        ? segments.slice(0, 2).join('/').replace(/^/, '@')
        : top;
    const listed = candidates.find((m) => new RegExp(`(?<![\\w-])${escapeRegExp(packageName)}(?![\\w-])`, 'i').test(m.file.text ?? ''));
    if (listed) {
        return finding(`\`${packageName}\` is not part of the repository and ${listed.file.path} lists it, so it was not installed in CI: install the dependencies before the tests.`, `Install the dependencies from ${listed.file.path} in CI before the tests run (it lists \`${packageName}\`)`);
    }
    const manifest = candidates[0];
    return manifest
        ? finding(`\`${packageName}\` is not part of the repository, so it is a third-party package, and ${manifest.file.path} does not list it: add the package that provides \`${packageName}\` to ${manifest.file.path}.`, `Add the package that provides \`${packageName}\` to ${manifest.file.path}`)
        : finding(`\`${packageName}\` is not part of the repository and no dependency manifest was found: it is a third-party package that CI does not install.`, `Install the package that provides \`${packageName}\` in CI and record it in a dependency manifest`);
}
/** What the source tree shows about a cause and the action it points to, or null. */
function findSource(tree, cause, stats) {
    const found = cause.category === 'missing-attribute'
        ? describeMissingName(tree, cause, stats)
        : cause.category === 'missing-module'
            ? describeMissingModule(tree, cause)
            : null;
    if (found !== null && tree.truncated)
        found.text += ` (The source scan stopped early: ${tree.truncated}.)`;
    return found;
}
/**
 * The source text for a cause. The triage stores only the text it returns,
 * so the action is recorded on the cause here (`fix`), beside it.
 */
function describeSource(tree, cause, stats) {
    const found = findSource(tree, cause, stats);
    cause.fix = found?.fix ?? null;
    return found?.text ?? null;
}

/**
 * The triage: every failed, errored or skipped test is classified, tests
 * that share a category and key become one cause, causes are ranked by how
 * many tests they block, and the source tree (when given) adds what it shows.
 */
/** Raw excerpts kept per cause. */
const EVIDENCE_PER_CAUSE = 3;
/** Causes the source tree is consulted for (the biggest first). */
const SOURCE_LOOKUPS = 50;
function triage(reports, options = {}) {
    // By category, then key: no joined id string to build and hash per test.
    const byCategory = new Map();
    const groups = [];
    const skippedFiles = new Set();
    for (const report of reports) {
        if (report.error !== null)
            continue;
        for (const suite of report.suites) {
            for (const test of suite.cases) {
                if (test.status === 'passed')
                    continue;
                const found = classify(test, suite);
                let byKey = byCategory.get(found.category);
                if (byKey === undefined) {
                    byKey = new Map();
                    byCategory.set(found.category, byKey);
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
                        failed: 0,
                        skipped: 0,
                        files: new Set()
                    };
                    byKey.set(found.key, group);
                    groups.push(group);
                }
                const entry = {
                    suite: suite.name,
                    classname: test.classname,
                    name: test.name,
                    file: test.file ?? suite.file
                };
                group.cause.tests.push(entry);
                group.cause.count++;
                // Where tests live only matters when the source tree is consulted.
                if (test.status === 'skipped') {
                    group.skipped++;
                    if (options.source)
                        for (const path of testPaths(entry))
                            skippedFiles.add(path);
                }
                else {
                    group.failed++;
                    if (options.source)
                        for (const path of testPaths(entry))
                            group.files.add(path);
                }
                if (found.evidence !== '' &&
                    group.cause.evidence.length < EVIDENCE_PER_CAUSE &&
                    !group.cause.evidence.includes(found.evidence)) {
                    group.cause.evidence.push(ownString(found.evidence));
                }
            }
        }
    }
    // What was remembered per distinct failure text is only worth one run.
    forgetClassifications();
    // Ties are broken by the key's code units: stable across machines and
    // locales, and without the first-call cost of a collator (~7 ms).
    const ranked = groups.sort((a, b) => b.cause.count - a.cause.count ||
        Number(b.cause.infrastructure) - Number(a.cause.infrastructure) ||
        (a.cause.key < b.cause.key ? -1 : a.cause.key > b.cause.key ? 1 : 0));
    if (options.source) {
        for (const group of ranked.slice(0, SOURCE_LOOKUPS)) {
            group.cause.source = describeSource(options.source, group.cause, {
                failed: group.failed,
                skipped: group.skipped,
                failedFiles: group.files,
                skippedFiles
            });
        }
    }
    return ranked.map((group) => group.cause);
}

function analyze(reports, options = {}) {
    const totals = emptyTotals();
    const suites = [];
    const warnings = [];
    for (const report of reports) {
        if (report.error !== null) {
            warnings.push(`${report.path}: refused: ${report.error}`);
            continue;
        }
        for (const warning of report.warnings) {
            warnings.push(`${report.path}: ${warning}`);
        }
        for (const suite of report.suites) {
            const counted = suiteTotals(suite);
            addTotals(totals, counted);
            suites.push({
                name: suite.name,
                file: suite.file,
                report: report.path,
                totals: counted,
                rates: rates(counted)
            });
        }
    }
    const overall = rates(totals);
    const causes = triage(reports, { source: options.source ?? null });
    const infrastructure = causes.filter((cause) => cause.infrastructure).length;
    return {
        reports,
        totals,
        rates: overall,
        suites,
        causes,
        gate: evaluateGate(overall, options.thresholds ?? {}, infrastructure),
        thresholds: options.thresholds ?? {},
        warnings
    };
}

//#region rolldown:runtime
var __require = /* @__PURE__ */ createRequire(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = normalize(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = resolve(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath$1(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath$1;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = dirname(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = dirname(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || nativeFs
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = basename(resolvedPath);
						const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var utils = {};

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	const WIN_SLASH = '\\\\/';
	const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

	const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

	/**
	 * Posix glob regex
	 */

	const DOT_LITERAL = '\\.';
	const PLUS_LITERAL = '\\+';
	const QMARK_LITERAL = '\\?';
	const SLASH_LITERAL = '\\/';
	const ONE_CHAR = '(?=.)';
	const QMARK = '[^/]';
	const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
	const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
	const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
	const NO_DOT = `(?!${DOT_LITERAL})`;
	const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
	const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
	const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
	const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
	const STAR = `${QMARK}*?`;
	const SEP = '/';

	const POSIX_CHARS = {
	  DOT_LITERAL,
	  PLUS_LITERAL,
	  QMARK_LITERAL,
	  SLASH_LITERAL,
	  ONE_CHAR,
	  QMARK,
	  END_ANCHOR,
	  DOTS_SLASH,
	  NO_DOT,
	  NO_DOTS,
	  NO_DOT_SLASH,
	  NO_DOTS_SLASH,
	  QMARK_NO_DOT,
	  STAR,
	  START_ANCHOR,
	  SEP
	};

	/**
	 * Windows glob regex
	 */

	const WINDOWS_CHARS = {
	  ...POSIX_CHARS,

	  SLASH_LITERAL: `[${WIN_SLASH}]`,
	  QMARK: WIN_NO_SLASH,
	  STAR: `${WIN_NO_SLASH}*?`,
	  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
	  NO_DOT: `(?!${DOT_LITERAL})`,
	  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
	  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
	  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
	  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
	  SEP: '\\'
	};

	/**
	 * POSIX Bracket Regex
	 */

	const POSIX_REGEX_SOURCE = {
	  __proto__: null,
	  alnum: 'a-zA-Z0-9',
	  alpha: 'a-zA-Z',
	  ascii: '\\x00-\\x7F',
	  blank: ' \\t',
	  cntrl: '\\x00-\\x1F\\x7F',
	  digit: '0-9',
	  graph: '\\x21-\\x7E',
	  lower: 'a-z',
	  print: '\\x20-\\x7E ',
	  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
	  space: ' \\t\\r\\n\\v\\f',
	  upper: 'A-Z',
	  word: 'A-Za-z0-9_',
	  xdigit: 'A-Fa-f0-9'
	};

	constants = {
	  DEFAULT_MAX_EXTGLOB_RECURSION,
	  MAX_LENGTH: 1024 * 64,
	  POSIX_REGEX_SOURCE,

	  // regular expressions
	  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
	  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
	  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
	  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
	  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
	  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

	  // Replace globs with equivalent patterns to reduce parsing time.
	  REPLACEMENTS: {
	    __proto__: null,
	    '***': '*',
	    '**/**': '**',
	    '**/**/**': '**'
	  },

	  // Digits
	  CHAR_0: 48, /* 0 */
	  CHAR_9: 57, /* 9 */

	  // Alphabet chars.
	  CHAR_UPPERCASE_A: 65, /* A */
	  CHAR_LOWERCASE_A: 97, /* a */
	  CHAR_UPPERCASE_Z: 90, /* Z */
	  CHAR_LOWERCASE_Z: 122, /* z */

	  CHAR_LEFT_PARENTHESES: 40, /* ( */
	  CHAR_RIGHT_PARENTHESES: 41, /* ) */

	  CHAR_ASTERISK: 42, /* * */

	  // Non-alphabetic chars.
	  CHAR_AMPERSAND: 38, /* & */
	  CHAR_AT: 64, /* @ */
	  CHAR_BACKWARD_SLASH: 92, /* \ */
	  CHAR_CARRIAGE_RETURN: 13, /* \r */
	  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
	  CHAR_COLON: 58, /* : */
	  CHAR_COMMA: 44, /* , */
	  CHAR_DOT: 46, /* . */
	  CHAR_DOUBLE_QUOTE: 34, /* " */
	  CHAR_EQUAL: 61, /* = */
	  CHAR_EXCLAMATION_MARK: 33, /* ! */
	  CHAR_FORM_FEED: 12, /* \f */
	  CHAR_FORWARD_SLASH: 47, /* / */
	  CHAR_GRAVE_ACCENT: 96, /* ` */
	  CHAR_HASH: 35, /* # */
	  CHAR_HYPHEN_MINUS: 45, /* - */
	  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
	  CHAR_LEFT_CURLY_BRACE: 123, /* { */
	  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
	  CHAR_LINE_FEED: 10, /* \n */
	  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
	  CHAR_PERCENT: 37, /* % */
	  CHAR_PLUS: 43, /* + */
	  CHAR_QUESTION_MARK: 63, /* ? */
	  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
	  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
	  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
	  CHAR_SEMICOLON: 59, /* ; */
	  CHAR_SINGLE_QUOTE: 39, /* ' */
	  CHAR_SPACE: 32, /*   */
	  CHAR_TAB: 9, /* \t */
	  CHAR_UNDERSCORE: 95, /* _ */
	  CHAR_VERTICAL_LINE: 124, /* | */
	  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

	  /**
	   * Create EXTGLOB_CHARS
	   */

	  extglobChars(chars) {
	    return {
	      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
	      '?': { type: 'qmark', open: '(?:', close: ')?' },
	      '+': { type: 'plus', open: '(?:', close: ')+' },
	      '*': { type: 'star', open: '(?:', close: ')*' },
	      '@': { type: 'at', open: '(?:', close: ')' }
	    };
	  },

	  /**
	   * Create GLOB_CHARS
	   */

	  globChars(win32) {
	    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
	  }
	};
	return constants;
}

/*global navigator*/

var hasRequiredUtils;

function requireUtils () {
	if (hasRequiredUtils) return utils;
	hasRequiredUtils = 1;
	(function (exports) {

		const {
		  REGEX_BACKSLASH,
		  REGEX_REMOVE_BACKSLASH,
		  REGEX_SPECIAL_CHARS,
		  REGEX_SPECIAL_CHARS_GLOBAL
		} = /*@__PURE__*/ requireConstants();

		exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
		exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
		exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
		exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
		exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

		exports.isWindows = () => {
		  if (typeof navigator !== 'undefined' && navigator.platform) {
		    const platform = navigator.platform.toLowerCase();
		    return platform === 'win32' || platform === 'windows';
		  }

		  if (typeof process !== 'undefined' && process.platform) {
		    return process.platform === 'win32';
		  }

		  return false;
		};

		exports.removeBackslashes = str => {
		  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
		    return match === '\\' ? '' : match;
		  });
		};

		exports.escapeLast = (input, char, lastIdx) => {
		  const idx = input.lastIndexOf(char, lastIdx);
		  if (idx === -1) return input;
		  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
		  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
		};

		exports.removePrefix = (input, state = {}) => {
		  let output = input;
		  if (output.startsWith('./')) {
		    output = output.slice(2);
		    state.prefix = './';
		  }
		  return output;
		};

		exports.wrapOutput = (input, state = {}, options = {}) => {
		  const prepend = options.contains ? '' : '^';
		  const append = options.contains ? '' : '$';

		  let output = `${prepend}(?:${input})${append}`;
		  if (state.negated === true) {
		    output = `(?:^(?!${output}).*$)`;
		  }
		  return output;
		};

		exports.basename = (path, { windows } = {}) => {
		  const segs = path.split(windows ? /[\\/]/ : '/');
		  const last = segs[segs.length - 1];

		  if (last === '') {
		    return segs[segs.length - 2];
		  }

		  return last;
		}; 
	} (utils));
	return utils;
}

var scan_1;
var hasRequiredScan;

function requireScan () {
	if (hasRequiredScan) return scan_1;
	hasRequiredScan = 1;

	const utils = /*@__PURE__*/ requireUtils();
	const {
	  CHAR_ASTERISK,             /* * */
	  CHAR_AT,                   /* @ */
	  CHAR_BACKWARD_SLASH,       /* \ */
	  CHAR_COMMA,                /* , */
	  CHAR_DOT,                  /* . */
	  CHAR_EXCLAMATION_MARK,     /* ! */
	  CHAR_FORWARD_SLASH,        /* / */
	  CHAR_LEFT_CURLY_BRACE,     /* { */
	  CHAR_LEFT_PARENTHESES,     /* ( */
	  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
	  CHAR_PLUS,                 /* + */
	  CHAR_QUESTION_MARK,        /* ? */
	  CHAR_RIGHT_CURLY_BRACE,    /* } */
	  CHAR_RIGHT_PARENTHESES,    /* ) */
	  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
	} = /*@__PURE__*/ requireConstants();

	const isPathSeparator = code => {
	  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
	};

	const depth = token => {
	  if (token.isPrefix !== true) {
	    token.depth = token.isGlobstar ? Infinity : 1;
	  }
	};

	/**
	 * Quickly scans a glob pattern and returns an object with a handful of
	 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
	 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
	 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
	 *
	 * ```js
	 * const pm = require('picomatch');
	 * console.log(pm.scan('foo/bar/*.js'));
	 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
	 * ```
	 * @param {String} `str`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with tokens and regex source string.
	 * @api public
	 */

	const scan = (input, options) => {
	  const opts = options || {};

	  const length = input.length - 1;
	  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
	  const slashes = [];
	  const tokens = [];
	  const parts = [];

	  let str = input;
	  let index = -1;
	  let start = 0;
	  let lastIndex = 0;
	  let isBrace = false;
	  let isBracket = false;
	  let isGlob = false;
	  let isExtglob = false;
	  let isGlobstar = false;
	  let braceEscaped = false;
	  let backslashes = false;
	  let negated = false;
	  let negatedExtglob = false;
	  let finished = false;
	  let braces = 0;
	  let prev;
	  let code;
	  let token = { value: '', depth: 0, isGlob: false };

	  const eos = () => index >= length;
	  const peek = () => str.charCodeAt(index + 1);
	  const advance = () => {
	    prev = code;
	    return str.charCodeAt(++index);
	  };

	  while (index < length) {
	    code = advance();
	    let next;

	    if (code === CHAR_BACKWARD_SLASH) {
	      backslashes = token.backslashes = true;
	      code = advance();

	      if (code === CHAR_LEFT_CURLY_BRACE) {
	        braceEscaped = true;
	      }
	      continue;
	    }

	    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
	      braces++;

	      while (eos() !== true && (code = advance())) {
	        if (code === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (code === CHAR_LEFT_CURLY_BRACE) {
	          braces++;
	          continue;
	        }

	        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (braceEscaped !== true && code === CHAR_COMMA) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (code === CHAR_RIGHT_CURLY_BRACE) {
	          braces--;

	          if (braces === 0) {
	            braceEscaped = false;
	            isBrace = token.isBrace = true;
	            finished = true;
	            break;
	          }
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (code === CHAR_FORWARD_SLASH) {
	      slashes.push(index);
	      tokens.push(token);
	      token = { value: '', depth: 0, isGlob: false };

	      if (finished === true) continue;
	      if (prev === CHAR_DOT && index === (start + 1)) {
	        start += 2;
	        continue;
	      }

	      lastIndex = index + 1;
	      continue;
	    }

	    if (opts.noext !== true) {
	      const isExtglobChar = code === CHAR_PLUS
	        || code === CHAR_AT
	        || code === CHAR_ASTERISK
	        || code === CHAR_QUESTION_MARK
	        || code === CHAR_EXCLAMATION_MARK;

	      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
	        isGlob = token.isGlob = true;
	        isExtglob = token.isExtglob = true;
	        finished = true;
	        if (code === CHAR_EXCLAMATION_MARK && index === start) {
	          negatedExtglob = true;
	        }

	        if (scanToEnd === true) {
	          let parens = 0;

	          while (eos() !== true && (code = advance())) {
	            if (code === CHAR_BACKWARD_SLASH) {
	              backslashes = token.backslashes = true;
	              advance();
	              continue;
	            }

	            if (code === CHAR_LEFT_PARENTHESES) {
	              parens++;
	              continue;
	            }

	            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	              finished = true;
	              break;
	            }
	          }
	          continue;
	        }
	        break;
	      }
	    }

	    if (code === CHAR_ASTERISK) {
	      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_QUESTION_MARK) {
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_LEFT_SQUARE_BRACKET) {
	      while (eos() !== true && (next = advance())) {
	        if (next === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
	          isBracket = token.isBracket = true;
	          isGlob = token.isGlob = true;
	          finished = true;
	          break;
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
	      negated = token.negated = true;
	      start++;
	      continue;
	    }

	    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
	      isGlob = token.isGlob = true;

	      if (scanToEnd === true) {
	        let parens = 1;

	        while (eos() !== true && (code = advance())) {
	          if (code === CHAR_BACKWARD_SLASH) {
	            backslashes = token.backslashes = true;
	            advance();
	            continue;
	          }

	          if (code === CHAR_LEFT_PARENTHESES) {
	            parens++;
	            continue;
	          }

	          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	            finished = true;
	            break;
	          }
	        }
	        continue;
	      }
	      break;
	    }

	    if (isGlob === true) {
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }
	  }

	  if (opts.noext === true) {
	    isExtglob = false;
	    isGlob = false;
	  }

	  let base = str;
	  let prefix = '';
	  let glob = '';

	  if (start > 0) {
	    prefix = str.slice(0, start);
	    str = str.slice(start);
	    lastIndex -= start;
	  }

	  if (base && isGlob === true && lastIndex > 0) {
	    base = str.slice(0, lastIndex);
	    glob = str.slice(lastIndex);
	  } else if (isGlob === true) {
	    base = '';
	    glob = str;
	  } else {
	    base = str;
	  }

	  if (base && base !== '' && base !== '/' && base !== str) {
	    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
	      base = base.slice(0, -1);
	    }
	  }

	  if (opts.unescape === true) {
	    if (glob) glob = utils.removeBackslashes(glob);

	    if (base && backslashes === true) {
	      base = utils.removeBackslashes(base);
	    }
	  }

	  const state = {
	    prefix,
	    input,
	    start,
	    base,
	    glob,
	    isBrace,
	    isBracket,
	    isGlob,
	    isExtglob,
	    isGlobstar,
	    negated,
	    negatedExtglob
	  };

	  if (opts.tokens === true) {
	    state.maxDepth = 0;
	    if (!isPathSeparator(code)) {
	      tokens.push(token);
	    }
	    state.tokens = tokens;
	  }

	  if (opts.parts === true || opts.tokens === true) {
	    let prevIndex;

	    for (let idx = 0; idx < slashes.length; idx++) {
	      const n = prevIndex !== undefined ? prevIndex + 1 : start;
	      const i = slashes[idx];
	      const value = input.slice(n, i);
	      if (opts.tokens) {
	        if (idx === 0 && start !== 0) {
	          tokens[idx].isPrefix = true;
	          tokens[idx].value = prefix;
	        } else {
	          tokens[idx].value = value;
	        }
	        depth(tokens[idx]);
	        state.maxDepth += tokens[idx].depth;
	      }
	      if (i >= start) {
	        parts.push(value);
	        prevIndex = i;
	      }
	    }

	    const n = prevIndex !== undefined ? prevIndex + 1 : start;
	    const value = input.slice(n);
	    parts.push(value);

	    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
	      tokens[tokens.length - 1].value = value;
	      depth(tokens[tokens.length - 1]);
	      state.maxDepth += tokens[tokens.length - 1].depth;
	    }

	    state.slashes = slashes;
	    state.parts = parts;
	  }

	  return state;
	};

	scan_1 = scan;
	return scan_1;
}

var parse_1;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse_1;
	hasRequiredParse = 1;

	const constants = /*@__PURE__*/ requireConstants();
	const utils = /*@__PURE__*/ requireUtils();

	/**
	 * Constants
	 */

	const {
	  MAX_LENGTH,
	  POSIX_REGEX_SOURCE,
	  REGEX_NON_SPECIAL_CHARS,
	  REGEX_SPECIAL_CHARS_BACKREF,
	  REPLACEMENTS
	} = constants;

	/**
	 * Helpers
	 */

	const expandRange = (args, options) => {
	  if (typeof options.expandRange === 'function') {
	    return options.expandRange(...args, options);
	  }

	  args.sort();
	  const value = `[${args.join('-')}]`;

	  try {
	    /* eslint-disable-next-line no-new */
	    new RegExp(value);
	  } catch (ex) {
	    return args.map(v => utils.escapeRegex(v)).join('..');
	  }

	  return value;
	};

	/**
	 * Create the message for a syntax error
	 */

	const syntaxError = (type, char) => {
	  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
	};

	const splitTopLevel = input => {
	  const parts = [];
	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let value = '';
	  let escaped = false;

	  for (const ch of input) {
	    if (escaped === true) {
	      value += ch;
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      value += ch;
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      value += ch;
	      continue;
	    }

	    if (quote === 0) {
	      if (ch === '[') {
	        bracket++;
	      } else if (ch === ']' && bracket > 0) {
	        bracket--;
	      } else if (bracket === 0) {
	        if (ch === '(') {
	          paren++;
	        } else if (ch === ')' && paren > 0) {
	          paren--;
	        } else if (ch === '|' && paren === 0) {
	          parts.push(value);
	          value = '';
	          continue;
	        }
	      }
	    }

	    value += ch;
	  }

	  parts.push(value);
	  return parts;
	};

	const isPlainBranch = branch => {
	  let escaped = false;

	  for (const ch of branch) {
	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (/[?*+@!()[\]{}]/.test(ch)) {
	      return false;
	    }
	  }

	  return true;
	};

	const normalizeSimpleBranch = branch => {
	  let value = branch.trim();
	  let changed = true;

	  while (changed === true) {
	    changed = false;

	    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
	      value = value.slice(2, -1);
	      changed = true;
	    }
	  }

	  if (!isPlainBranch(value)) {
	    return;
	  }

	  return value.replace(/\\(.)/g, '$1');
	};

	const hasRepeatedCharPrefixOverlap = branches => {
	  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

	  for (let i = 0; i < values.length; i++) {
	    for (let j = i + 1; j < values.length; j++) {
	      const a = values[i];
	      const b = values[j];
	      const char = a[0];

	      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
	        continue;
	      }

	      if (a === b || a.startsWith(b) || b.startsWith(a)) {
	        return true;
	      }
	    }
	  }

	  return false;
	};

	const parseRepeatedExtglob = (pattern, requireEnd = true) => {
	  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
	    return;
	  }

	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let escaped = false;

	  for (let i = 1; i < pattern.length; i++) {
	    const ch = pattern[i];

	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      continue;
	    }

	    if (quote === 1) {
	      continue;
	    }

	    if (ch === '[') {
	      bracket++;
	      continue;
	    }

	    if (ch === ']' && bracket > 0) {
	      bracket--;
	      continue;
	    }

	    if (bracket > 0) {
	      continue;
	    }

	    if (ch === '(') {
	      paren++;
	      continue;
	    }

	    if (ch === ')') {
	      paren--;

	      if (paren === 0) {
	        if (requireEnd === true && i !== pattern.length - 1) {
	          return;
	        }

	        return {
	          type: pattern[0],
	          body: pattern.slice(2, i),
	          end: i
	        };
	      }
	    }
	  }
	};

	const buildCharClassStar = chars => {
	  const source = chars.length === 1
	    ? utils.escapeRegex(chars[0])
	    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

	  return `${source}*`;
	};

	const getStarExtglobSequenceChars = pattern => {
	  let index = 0;
	  const chars = [];

	  while (index < pattern.length) {
	    const match = parseRepeatedExtglob(pattern.slice(index), false);

	    if (!match || match.type !== '*') {
	      return;
	    }

	    const branches = splitTopLevel(match.body).map(branch => branch.trim());
	    if (branches.length !== 1) {
	      return;
	    }

	    const branch = normalizeSimpleBranch(branches[0]);
	    if (!branch || branch.length !== 1) {
	      return;
	    }

	    chars.push(branch);
	    index += match.end + 1;
	  }

	  if (chars.length < 1) {
	    return;
	  }

	  return chars;
	};

	const repeatedExtglobRecursion = pattern => {
	  let depth = 0;
	  let value = pattern.trim();
	  let match = parseRepeatedExtglob(value);

	  while (match) {
	    depth++;
	    value = match.body.trim();
	    match = parseRepeatedExtglob(value);
	  }

	  return depth;
	};

	const analyzeRepeatedExtglob = (body, options) => {
	  if (options.maxExtglobRecursion === false) {
	    return { risky: false };
	  }

	  const max =
	    typeof options.maxExtglobRecursion === 'number'
	      ? options.maxExtglobRecursion
	      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

	  const branches = splitTopLevel(body).map(branch => branch.trim());

	  if (branches.length > 1) {
	    if (
	      branches.some(branch => branch === '') ||
	      branches.some(branch => /^[*?]+$/.test(branch)) ||
	      hasRepeatedCharPrefixOverlap(branches)
	    ) {
	      return { risky: true };
	    }
	  }

	  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
	  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
	  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
	  // characters we can emit one flat, ReDoS-safe character class that preserves the
	  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
	  // every branch but the first.
	  const safeChars = [];
	  let sawStarSequence = false;
	  let combinable = true;

	  for (const branch of branches) {
	    const chars = getStarExtglobSequenceChars(branch);
	    if (chars) {
	      sawStarSequence = true;
	      safeChars.push(...chars);
	      continue;
	    }

	    const literal = normalizeSimpleBranch(branch);
	    if (literal && literal.length === 1) {
	      safeChars.push(literal);
	      continue;
	    }

	    combinable = false;

	    if (repeatedExtglobRecursion(branch) > max) {
	      return { risky: true };
	    }
	  }

	  if (sawStarSequence) {
	    return combinable
	      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
	      : { risky: true };
	  }

	  return { risky: false };
	};

	/**
	 * Parse the given input string.
	 * @param {String} input
	 * @param {Object} options
	 * @return {Object}
	 */

	const parse = (input, options) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected a string');
	  }

	  input = REPLACEMENTS[input] || input;

	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

	  let len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
	  const tokens = [bos];

	  const capture = opts.capture ? '' : '?:';

	  // create constants based on platform, for windows or posix
	  const PLATFORM_CHARS = constants.globChars(opts.windows);
	  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

	  const {
	    DOT_LITERAL,
	    PLUS_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOT_SLASH,
	    NO_DOTS_SLASH,
	    QMARK,
	    QMARK_NO_DOT,
	    STAR,
	    START_ANCHOR
	  } = PLATFORM_CHARS;

	  const globstar = opts => {
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const nodot = opts.dot ? '' : NO_DOT;
	  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
	  let star = opts.bash === true ? globstar(opts) : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  // minimatch options support
	  if (typeof opts.noext === 'boolean') {
	    opts.noextglob = opts.noext;
	  }

	  const state = {
	    input,
	    index: -1,
	    start: 0,
	    dot: opts.dot === true,
	    consumed: '',
	    output: '',
	    prefix: '',
	    backtrack: false,
	    negated: false,
	    brackets: 0,
	    braces: 0,
	    parens: 0,
	    quotes: 0,
	    globstar: false,
	    tokens
	  };

	  input = utils.removePrefix(input, state);
	  len = input.length;

	  const extglobs = [];
	  const braces = [];
	  const stack = [];
	  let prev = bos;
	  let value;

	  /**
	   * Tokenizing helpers
	   */

	  const eos = () => state.index === len - 1;
	  const peek = state.peek = (n = 1) => input[state.index + n];
	  const advance = state.advance = () => input[++state.index] || '';
	  const remaining = () => input.slice(state.index + 1);
	  const consume = (value = '', num = 0) => {
	    state.consumed += value;
	    state.index += num;
	  };

	  const append = token => {
	    state.output += token.output != null ? token.output : token.value;
	    consume(token.value);
	  };

	  const negate = () => {
	    let count = 1;

	    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
	      advance();
	      state.start++;
	      count++;
	    }

	    if (count % 2 === 0) {
	      return false;
	    }

	    state.negated = true;
	    state.start++;
	    return true;
	  };

	  const increment = type => {
	    state[type]++;
	    stack.push(type);
	  };

	  const decrement = type => {
	    state[type]--;
	    stack.pop();
	  };

	  /**
	   * Push tokens onto the tokens array. This helper speeds up
	   * tokenizing by 1) helping us avoid backtracking as much as possible,
	   * and 2) helping us avoid creating extra tokens when consecutive
	   * characters are plain text. This improves performance and simplifies
	   * lookbehinds.
	   */

	  const push = tok => {
	    if (prev.type === 'globstar') {
	      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
	      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

	      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
	        state.output = state.output.slice(0, -prev.output.length);
	        prev.type = 'star';
	        prev.value = '*';
	        prev.output = star;
	        state.output += prev.output;
	      }
	    }

	    if (extglobs.length && tok.type !== 'paren') {
	      extglobs[extglobs.length - 1].inner += tok.value;
	    }

	    if (tok.value || tok.output) append(tok);
	    if (prev && prev.type === 'text' && tok.type === 'text') {
	      prev.output = (prev.output || prev.value) + tok.value;
	      prev.value += tok.value;
	      return;
	    }

	    tok.prev = prev;
	    tokens.push(tok);
	    prev = tok;
	  };

	  const extglobOpen = (type, value) => {
	    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

	    token.prev = prev;
	    token.parens = state.parens;
	    token.output = state.output;
	    token.startIndex = state.index;
	    token.tokensIndex = tokens.length;
	    const output = (opts.capture ? '(' : '') + token.open;

	    increment('parens');
	    push({ type, value, output: state.output ? '' : ONE_CHAR });
	    push({ type: 'paren', extglob: true, value: advance(), output });
	    extglobs.push(token);
	  };

	  const extglobClose = token => {
	    const literal = input.slice(token.startIndex, state.index + 1);
	    const body = input.slice(token.startIndex + 2, state.index);
	    const analysis = analyzeRepeatedExtglob(body, opts);

	    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
	      const safeOutput = analysis.safeOutput
	        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
	        : undefined;
	      const open = tokens[token.tokensIndex];

	      open.type = 'text';
	      open.value = literal;
	      open.output = safeOutput || utils.escapeRegex(literal);

	      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
	        tokens[i].value = '';
	        tokens[i].output = '';
	        delete tokens[i].suffix;
	      }

	      state.output = token.output + open.output;
	      state.backtrack = true;

	      push({ type: 'paren', extglob: true, value, output: '' });
	      decrement('parens');
	      return;
	    }

	    let output = token.close + (opts.capture ? ')' : '');
	    let rest;

	    if (token.type === 'negate') {
	      let extglobStar = star;

	      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
	        extglobStar = globstar(opts);
	      }

	      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
	        output = token.close = `)$))${extglobStar}`;
	      }

	      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
	        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
	        // In this case, we need to parse the string and use it in the output of the original pattern.
	        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
	        //
	        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
	        const expression = parse(rest, { ...options, fastpaths: false }).output;

	        output = token.close = `)${expression})${extglobStar})`;
	      }

	      if (token.prev.type === 'bos') {
	        state.negatedExtglob = true;
	      }
	    }

	    push({ type: 'paren', extglob: true, value, output });
	    decrement('parens');
	  };

	  /**
	   * Fast paths
	   */

	  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
	    let backslashes = false;

	    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
	      if (first === '\\') {
	        backslashes = true;
	        return m;
	      }

	      if (first === '?') {
	        if (esc) {
	          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        if (index === 0) {
	          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        return QMARK.repeat(chars.length);
	      }

	      if (first === '.') {
	        return DOT_LITERAL.repeat(chars.length);
	      }

	      if (first === '*') {
	        if (esc) {
	          return esc + first + (rest ? star : '');
	        }
	        return star;
	      }
	      return esc ? m : `\\${m}`;
	    });

	    if (backslashes === true) {
	      if (opts.unescape === true) {
	        output = output.replace(/\\/g, '');
	      } else {
	        output = output.replace(/\\+/g, m => {
	          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
	        });
	      }
	    }

	    if (output === input && opts.contains === true) {
	      state.output = input;
	      return state;
	    }

	    state.output = utils.wrapOutput(output, state, options);
	    return state;
	  }

	  /**
	   * Tokenize input until we reach end-of-string
	   */

	  while (!eos()) {
	    value = advance();

	    if (value === '\u0000') {
	      continue;
	    }

	    /**
	     * Escaped characters
	     */

	    if (value === '\\') {
	      const next = peek();

	      if (next === '/' && opts.bash !== true) {
	        continue;
	      }

	      if (next === '.' || next === ';') {
	        continue;
	      }

	      if (!next) {
	        value += '\\';
	        push({ type: 'text', value });
	        continue;
	      }

	      // collapse slashes to reduce potential for exploits
	      const match = /^\\+/.exec(remaining());
	      let slashes = 0;

	      if (match && match[0].length > 2) {
	        slashes = match[0].length;
	        state.index += slashes;
	        if (slashes % 2 !== 0) {
	          value += '\\';
	        }
	      }

	      if (opts.unescape === true) {
	        value = advance();
	      } else {
	        value += advance();
	      }

	      if (state.brackets === 0) {
	        push({ type: 'text', value });
	        continue;
	      }
	    }

	    /**
	     * If we're inside a regex character class, continue
	     * until we reach the closing bracket.
	     */

	    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
	      if (opts.posix !== false && value === ':') {
	        const inner = prev.value.slice(1);
	        if (inner.includes('[')) {
	          prev.posix = true;

	          if (inner.includes(':')) {
	            const idx = prev.value.lastIndexOf('[');
	            const pre = prev.value.slice(0, idx);
	            const rest = prev.value.slice(idx + 2);
	            const posix = POSIX_REGEX_SOURCE[rest];
	            if (posix) {
	              prev.value = pre + posix;
	              state.backtrack = true;
	              advance();

	              if (!bos.output && tokens.indexOf(prev) === 1) {
	                bos.output = ONE_CHAR;
	              }
	              continue;
	            }
	          }
	        }
	      }

	      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
	        value = `\\${value}`;
	      }

	      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
	        value = `\\${value}`;
	      }

	      if (opts.posix === true && value === '!' && prev.value === '[') {
	        value = '^';
	      }

	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * If we're inside a quoted string, continue
	     * until we reach the closing double quote.
	     */

	    if (state.quotes === 1 && value !== '"') {
	      value = utils.escapeRegex(value);
	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * Double quotes
	     */

	    if (value === '"') {
	      state.quotes = state.quotes === 1 ? 0 : 1;
	      if (opts.keepQuotes === true) {
	        push({ type: 'text', value });
	      }
	      continue;
	    }

	    /**
	     * Parentheses
	     */

	    if (value === '(') {
	      increment('parens');
	      push({ type: 'paren', value });
	      continue;
	    }

	    if (value === ')') {
	      if (state.parens === 0 && opts.strictBrackets === true) {
	        throw new SyntaxError(syntaxError('opening', '('));
	      }

	      const extglob = extglobs[extglobs.length - 1];
	      if (extglob && state.parens === extglob.parens + 1) {
	        extglobClose(extglobs.pop());
	        continue;
	      }

	      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
	      decrement('parens');
	      continue;
	    }

	    /**
	     * Square brackets
	     */

	    if (value === '[') {
	      if (opts.nobracket === true || !remaining().includes(']')) {
	        if (opts.nobracket !== true && opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('closing', ']'));
	        }

	        value = `\\${value}`;
	      } else {
	        increment('brackets');
	      }

	      push({ type: 'bracket', value });
	      continue;
	    }

	    if (value === ']') {
	      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      if (state.brackets === 0) {
	        if (opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('opening', '['));
	        }

	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      decrement('brackets');

	      const prevValue = prev.value.slice(1);
	      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
	        value = `/${value}`;
	      }

	      prev.value += value;
	      append({ value });

	      // when literal brackets are explicitly disabled
	      // assume we should match with a regex character class
	      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
	        continue;
	      }

	      const escaped = utils.escapeRegex(prev.value);
	      state.output = state.output.slice(0, -prev.value.length);

	      // when literal brackets are explicitly enabled
	      // assume we should escape the brackets to match literal characters
	      if (opts.literalBrackets === true) {
	        state.output += escaped;
	        prev.value = escaped;
	        continue;
	      }

	      // when the user specifies nothing, try to match both
	      prev.value = `(${capture}${escaped}|${prev.value})`;
	      state.output += prev.value;
	      continue;
	    }

	    /**
	     * Braces
	     */

	    if (value === '{' && opts.nobrace !== true) {
	      increment('braces');

	      const open = {
	        type: 'brace',
	        value,
	        output: '(',
	        outputIndex: state.output.length,
	        tokensIndex: state.tokens.length
	      };

	      braces.push(open);
	      push(open);
	      continue;
	    }

	    if (value === '}') {
	      const brace = braces[braces.length - 1];

	      if (opts.nobrace === true || !brace) {
	        push({ type: 'text', value, output: value });
	        continue;
	      }

	      let output = ')';

	      if (brace.dots === true) {
	        const arr = tokens.slice();
	        const range = [];

	        for (let i = arr.length - 1; i >= 0; i--) {
	          tokens.pop();
	          if (arr[i].type === 'brace') {
	            break;
	          }
	          if (arr[i].type !== 'dots') {
	            range.unshift(arr[i].value);
	          }
	        }

	        output = expandRange(range, opts);
	        state.backtrack = true;
	      }

	      if (brace.comma !== true && brace.dots !== true) {
	        const out = state.output.slice(0, brace.outputIndex);
	        const toks = state.tokens.slice(brace.tokensIndex);
	        brace.value = brace.output = '\\{';
	        value = output = '\\}';
	        state.output = out;
	        for (const t of toks) {
	          state.output += (t.output || t.value);
	        }
	      }

	      push({ type: 'brace', value, output });
	      decrement('braces');
	      braces.pop();
	      continue;
	    }

	    /**
	     * Pipes
	     */

	    if (value === '|') {
	      if (extglobs.length > 0) {
	        extglobs[extglobs.length - 1].conditions++;
	      }
	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Commas
	     */

	    if (value === ',') {
	      let output = value;

	      const brace = braces[braces.length - 1];
	      if (brace && stack[stack.length - 1] === 'braces') {
	        brace.comma = true;
	        output = '|';
	      }

	      push({ type: 'comma', value, output });
	      continue;
	    }

	    /**
	     * Slashes
	     */

	    if (value === '/') {
	      // if the beginning of the glob is "./", advance the start
	      // to the current index, and don't add the "./" characters
	      // to the state. This greatly simplifies lookbehinds when
	      // checking for BOS characters like "!" and "." (not "./")
	      if (prev.type === 'dot' && state.index === state.start + 1) {
	        state.start = state.index + 1;
	        state.consumed = '';
	        state.output = '';
	        tokens.pop();
	        prev = bos; // reset "prev" to the first token
	        continue;
	      }

	      push({ type: 'slash', value, output: SLASH_LITERAL });
	      continue;
	    }

	    /**
	     * Dots
	     */

	    if (value === '.') {
	      if (state.braces > 0 && prev.type === 'dot') {
	        if (prev.value === '.') prev.output = DOT_LITERAL;
	        const brace = braces[braces.length - 1];
	        prev.type = 'dots';
	        prev.output += value;
	        prev.value += value;
	        brace.dots = true;
	        continue;
	      }

	      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
	        push({ type: 'text', value, output: DOT_LITERAL });
	        continue;
	      }

	      push({ type: 'dot', value, output: DOT_LITERAL });
	      continue;
	    }

	    /**
	     * Question marks
	     */

	    if (value === '?') {
	      const isGroup = prev && prev.value === '(';
	      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('qmark', value);
	        continue;
	      }

	      if (prev && prev.type === 'paren') {
	        const next = peek();
	        let output = value;

	        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
	          output = `\\${value}`;
	        }

	        push({ type: 'text', value, output });
	        continue;
	      }

	      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
	        push({ type: 'qmark', value, output: QMARK_NO_DOT });
	        continue;
	      }

	      push({ type: 'qmark', value, output: QMARK });
	      continue;
	    }

	    /**
	     * Exclamation
	     */

	    if (value === '!') {
	      if (opts.noextglob !== true && peek() === '(') {
	        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
	          extglobOpen('negate', value);
	          continue;
	        }
	      }

	      if (opts.nonegate !== true && state.index === 0) {
	        negate();
	        continue;
	      }
	    }

	    /**
	     * Plus
	     */

	    if (value === '+') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('plus', value);
	        continue;
	      }

	      if ((prev && prev.value === '(') || opts.regex === false) {
	        push({ type: 'plus', value, output: PLUS_LITERAL });
	        continue;
	      }

	      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
	        push({ type: 'plus', value });
	        continue;
	      }

	      push({ type: 'plus', value: PLUS_LITERAL });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value === '@') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        push({ type: 'at', extglob: true, value, output: '' });
	        continue;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value !== '*') {
	      if (value === '$' || value === '^') {
	        value = `\\${value}`;
	      }

	      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
	      if (match) {
	        value += match[0];
	        state.index += match[0].length;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Stars
	     */

	    if (prev && (prev.type === 'globstar' || prev.star === true)) {
	      prev.type = 'star';
	      prev.star = true;
	      prev.value += value;
	      prev.output = star;
	      state.backtrack = true;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    let rest = remaining();
	    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
	      extglobOpen('star', value);
	      continue;
	    }

	    if (prev.type === 'star') {
	      if (opts.noglobstar === true) {
	        consume(value);
	        continue;
	      }

	      const prior = prev.prev;
	      const before = prior.prev;
	      const isStart = prior.type === 'slash' || prior.type === 'bos';
	      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

	      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
	      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
	      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      // strip consecutive `/**/`
	      while (rest.slice(0, 3) === '/**') {
	        const after = input[state.index + 4];
	        if (after && after !== '/') {
	          break;
	        }
	        rest = rest.slice(3);
	        consume('/**', 3);
	      }

	      // A globstar followed only by balanced closing parens is at the logical end of patterns like
	      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
	      // parent path, except in negated extglobs where that would change the exclusion semantics.
	      const isEnd = eos() || (
	        state.parens > 0
	        && rest === ')'.repeat(state.parens)
	        && !extglobs.some(extglob => extglob.type === 'negate')
	      );

	      if (prior.type === 'bos' && eos()) {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = globstar(opts);
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
	        prev.value += value;
	        state.globstar = true;
	        state.output += prior.output + prev.output;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
	        const end = rest[1] !== void 0 ? '|$' : '';

	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
	        prev.value += value;

	        state.output += prior.output + prev.output;
	        state.globstar = true;

	        consume(value + advance());

	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      if (prior.type === 'bos' && rest[0] === '/') {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value + advance());
	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      // remove single star from output
	      state.output = state.output.slice(0, -prev.output.length);

	      // reset previous token to globstar
	      prev.type = 'globstar';
	      prev.output = globstar(opts);
	      prev.value += value;

	      // reset output with globstar
	      state.output += prev.output;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    const token = { type: 'star', value, output: star };

	    if (opts.bash === true) {
	      token.output = '.*?';
	      if (prev.type === 'bos' || prev.type === 'slash') {
	        token.output = nodot + token.output;
	      }
	      push(token);
	      continue;
	    }

	    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
	      token.output = value;
	      push(token);
	      continue;
	    }

	    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
	      if (prev.type === 'dot') {
	        state.output += NO_DOT_SLASH;
	        prev.output += NO_DOT_SLASH;

	      } else if (opts.dot === true) {
	        state.output += NO_DOTS_SLASH;
	        prev.output += NO_DOTS_SLASH;

	      } else {
	        state.output += nodot;
	        prev.output += nodot;
	      }

	      if (peek() !== '*') {
	        state.output += ONE_CHAR;
	        prev.output += ONE_CHAR;
	      }
	    }

	    push(token);
	  }

	  while (state.brackets > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
	    state.output = utils.escapeLast(state.output, '[');
	    decrement('brackets');
	  }

	  while (state.parens > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
	    state.output = utils.escapeLast(state.output, '(');
	    decrement('parens');
	  }

	  while (state.braces > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
	    state.output = utils.escapeLast(state.output, '{');
	    decrement('braces');
	  }

	  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
	    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
	  }

	  // rebuild the output if we had to backtrack at any point
	  if (state.backtrack === true) {
	    state.output = '';

	    for (const token of state.tokens) {
	      state.output += token.output != null ? token.output : token.value;

	      if (token.suffix) {
	        state.output += token.suffix;
	      }
	    }
	  }

	  return state;
	};

	/**
	 * Fast paths for creating regular expressions for common glob patterns.
	 * This can significantly speed up processing and has very little downside
	 * impact when none of the fast paths match.
	 */

	parse.fastpaths = (input, options) => {
	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
	  const len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  input = REPLACEMENTS[input] || input;

	  // create constants based on platform, for windows or posix
	  const {
	    DOT_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOTS,
	    NO_DOTS_SLASH,
	    STAR,
	    START_ANCHOR
	  } = constants.globChars(opts.windows);

	  const nodot = opts.dot ? NO_DOTS : NO_DOT;
	  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
	  const capture = opts.capture ? '' : '?:';
	  const state = { negated: false, prefix: '' };
	  let star = opts.bash === true ? '.*?' : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  const globstar = opts => {
	    if (opts.noglobstar === true) return star;
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const create = str => {
	    switch (str) {
	      case '*':
	        return `${nodot}${ONE_CHAR}${star}`;

	      case '.*':
	        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*.*':
	        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*/*':
	        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

	      case '**':
	        return nodot + globstar(opts);

	      case '**/*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

	      case '**/*.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '**/.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

	      default: {
	        const match = /^(.*?)\.(\w+)$/.exec(str);
	        if (!match) return;

	        const source = create(match[1]);
	        if (!source) return;

	        return source + DOT_LITERAL + match[2];
	      }
	    }
	  };

	  const output = utils.removePrefix(input, state);
	  let source = create(output);

	  if (source && opts.strictSlashes !== true) {
	    source += `${SLASH_LITERAL}?`;
	  }

	  return source;
	};

	parse_1 = parse;
	return parse_1;
}

var picomatch_1$1;
var hasRequiredPicomatch$1;

function requirePicomatch$1 () {
	if (hasRequiredPicomatch$1) return picomatch_1$1;
	hasRequiredPicomatch$1 = 1;

	const scan = /*@__PURE__*/ requireScan();
	const parse = /*@__PURE__*/ requireParse();
	const utils = /*@__PURE__*/ requireUtils();
	const constants = /*@__PURE__*/ requireConstants();
	const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

	/**
	 * Creates a matcher function from one or more glob patterns. The
	 * returned function takes a string to match as its first argument,
	 * and returns true if the string is a match. The returned matcher
	 * function also takes a boolean as the second argument that, when true,
	 * returns an object with additional information.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch(glob[, options]);
	 *
	 * const isMatch = picomatch('*.!(*a)');
	 * console.log(isMatch('a.a')); //=> false
	 * console.log(isMatch('a.b')); //=> true
	 *
	 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
	 * const picomatch = require('picomatch/posix');
	 * // the same API, defaulting to posix paths
	 * const isMatch = picomatch('a/*');
	 * console.log(isMatch('a\\b')); //=> false
	 * console.log(isMatch('a/b')); //=> true
	 *
	 * // you can still configure the matcher function to accept windows paths
	 * const isMatch = picomatch('a/*', { options: windows });
	 * console.log(isMatch('a\\b')); //=> true
	 * console.log(isMatch('a/b')); //=> true
	 * ```
	 * @name picomatch
	 * @param {String|Array} `globs` One or more glob patterns.
	 * @param {Object=} `options`
	 * @return {Function=} Returns a matcher function.
	 * @api public
	 */

	const picomatch = (glob, options, returnState = false) => {
	  if (Array.isArray(glob)) {
	    const fns = glob.map(input => picomatch(input, options, returnState));
	    const arrayMatcher = str => {
	      for (const isMatch of fns) {
	        const state = isMatch(str);
	        if (state) return state;
	      }
	      return false;
	    };
	    return arrayMatcher;
	  }

	  const isState = isObject(glob) && glob.tokens && glob.input;

	  if (glob === '' || (typeof glob !== 'string' && !isState)) {
	    throw new TypeError('Expected pattern to be a non-empty string');
	  }

	  const opts = options || {};
	  const posix = opts.windows;
	  const regex = isState
	    ? picomatch.compileRe(glob, options)
	    : picomatch.makeRe(glob, options, false, true);

	  const state = regex.state;
	  delete regex.state;

	  let isIgnored = () => false;
	  if (opts.ignore) {
	    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
	    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
	  }

	  const matcher = (input, returnObject = false) => {
	    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
	    const result = { glob, state, regex, posix, input, output, match, isMatch };

	    if (typeof opts.onResult === 'function') {
	      opts.onResult(result);
	    }

	    if (isMatch === false) {
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (isIgnored(input)) {
	      if (typeof opts.onIgnore === 'function') {
	        opts.onIgnore(result);
	      }
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (typeof opts.onMatch === 'function') {
	      opts.onMatch(result);
	    }
	    return returnObject ? result : true;
	  };

	  if (returnState) {
	    matcher.state = state;
	  }

	  return matcher;
	};

	/**
	 * Test `input` with the given `regex`. This is used by the main
	 * `picomatch()` function to test the input string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.test(input, regex[, options]);
	 *
	 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
	 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp} `regex`
	 * @return {Object} Returns an object with matching info.
	 * @api public
	 */

	picomatch.test = (input, regex, options, { glob, posix } = {}) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected input to be a string');
	  }

	  if (input === '') {
	    return { isMatch: false, output: '' };
	  }

	  const opts = options || {};
	  const format = opts.format || (posix ? utils.toPosixSlashes : null);
	  let match = input === glob;
	  let output = (match && format) ? format(input) : input;

	  if (match === false) {
	    output = format ? format(input) : input;
	    match = output === glob;
	  }

	  if (match === false || opts.capture === true) {
	    if (opts.matchBase === true || opts.basename === true) {
	      match = picomatch.matchBase(input, regex, options, posix);
	    } else {
	      match = regex.exec(output);
	    }
	  }

	  return { isMatch: Boolean(match), match, output };
	};

	/**
	 * Match the basename of a filepath.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.matchBase(input, glob[, options]);
	 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
	 * @return {Boolean}
	 * @api public
	 */

	picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
	  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
	  return regex.test(utils.basename(input, { windows: posix }));
	};

	/**
	 * Returns true if **any** of the given glob `patterns` match the specified `string`.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.isMatch(string, patterns[, options]);
	 *
	 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
	 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
	 * ```
	 * @param {String|Array} str The string to test.
	 * @param {String|Array} patterns One or more glob patterns to use for matching.
	 * @param {Object} [options] See available [options](#options).
	 * @return {Boolean} Returns true if any patterns match `str`
	 * @api public
	 */

	picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

	/**
	 * Parse a glob pattern to create the source string for a regular
	 * expression.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const result = picomatch.parse(pattern[, options]);
	 * ```
	 * @param {String} `pattern`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
	 * @api public
	 */

	picomatch.parse = (pattern, options) => {
	  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
	  return parse(pattern, { ...options, fastpaths: false });
	};

	/**
	 * Scan a glob pattern to separate the pattern into segments.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.scan(input[, options]);
	 *
	 * const result = picomatch.scan('!./foo/*.js');
	 * console.log(result);
	 * { prefix: '!./',
	 *   input: '!./foo/*.js',
	 *   start: 3,
	 *   base: 'foo',
	 *   glob: '*.js',
	 *   isBrace: false,
	 *   isBracket: false,
	 *   isGlob: true,
	 *   isExtglob: false,
	 *   isGlobstar: false,
	 *   negated: true }
	 * ```
	 * @param {String} `input` Glob pattern to scan.
	 * @param {Object} `options`
	 * @return {Object} Returns an object with
	 * @api public
	 */

	picomatch.scan = (input, options) => scan(input, options);

	/**
	 * Compile a regular expression from the `state` object returned by the
	 * [parse()](#parse) method.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const state = picomatch.parse('*.js');
	 * // picomatch.compileRe(state[, options]);
	 *
	 * console.log(picomatch.compileRe(state));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {Object} `state`
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
	 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
	  if (returnOutput === true) {
	    return state.output;
	  }

	  const opts = options || {};
	  const prepend = opts.contains ? '' : '^';
	  const append = opts.contains ? '' : '$';

	  let source = `${prepend}(?:${state.output})${append}`;
	  if (state && state.negated === true) {
	    source = `^(?!${source}).*$`;
	  }

	  const regex = picomatch.toRegex(source, options);
	  if (returnState === true) {
	    regex.state = state;
	  }

	  return regex;
	};

	/**
	 * Create a regular expression from a parsed glob pattern.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.makeRe(state[, options]);
	 *
	 * const result = picomatch.makeRe('*.js');
	 * console.log(result);
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `state` The object returned from the `.parse` method.
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
	 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
	 * @return {RegExp} Returns a regex created from the given pattern.
	 * @api public
	 */

	picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
	  if (!input || typeof input !== 'string') {
	    throw new TypeError('Expected a non-empty string');
	  }

	  let parsed = { negated: false, fastpaths: true };

	  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
	    parsed.output = parse.fastpaths(input, options);
	  }

	  if (!parsed.output) {
	    parsed = parse(input, options);
	  }

	  return picomatch.compileRe(parsed, options, returnOutput, returnState);
	};

	/**
	 * Create a regular expression from the given regex source string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.toRegex(source[, options]);
	 *
	 * const { output } = picomatch.parse('*.js');
	 * console.log(picomatch.toRegex(output));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `source` Regular expression source string.
	 * @param {Object} `options`
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.toRegex = (source, options) => {
	  try {
	    const opts = options || {};
	    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
	  } catch (err) {
	    if (options && options.debug === true) throw err;
	    return /$^/;
	  }
	};

	/**
	 * Picomatch constants.
	 * @return {Object}
	 */

	picomatch.constants = constants;

	/**
	 * Expose "picomatch"
	 */

	picomatch_1$1 = picomatch;
	return picomatch_1$1;
}

var picomatch_1;
var hasRequiredPicomatch;

function requirePicomatch () {
	if (hasRequiredPicomatch) return picomatch_1;
	hasRequiredPicomatch = 1;

	const pico = /*@__PURE__*/ requirePicomatch$1();
	const utils = /*@__PURE__*/ requireUtils();

	function picomatch(glob, options, returnState = false) {
	  // default to os.platform()
	  if (options && (options.windows === null || options.windows === undefined)) {
	    // don't mutate the original options object
	    options = { ...options, windows: utils.isWindows() };
	  }

	  return pico(glob, options, returnState);
	}

	Object.assign(picomatch, pico);
	picomatch_1 = picomatch;
	return picomatch_1;
}

var picomatchExports = /*@__PURE__*/ requirePicomatch();
var picomatch = /*@__PURE__*/getDefaultExportFromCjs(picomatchExports);

//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => posix.relative(cwd, p) || ".";
	return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || readdir,
		readdirSync: opts.fs.readdirSync || readdirSync,
		realpath: opts.fs.realpath || realpath,
		realpathSync: opts.fs.realpathSync || realpathSync,
		stat: opts.fs.stat || stat,
		statSync: opts.fs.statSync || statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}

/**
 * Turns what the user named (files, folders, globs) into report paths, in the
 * order given. Folders are searched for files that may be reports; which of
 * them really are is decided later by content.
 */
/** File names searched for inside a folder (content decides the format). */
const REPORT_FILE_PATTERNS = [
    '**/*.xml',
    '**/*.trx',
    '**/*.json',
    '**/*.jsonl',
    '**/*.ndjson',
    '**/*.tap'
];
/** Never searched: dependencies, VCS data, virtualenvs. */
const IGNORED_DIRS = [
    '**/node_modules/**',
    '**/.git/**',
    '**/.venv/**',
    '**/venv/**',
    '**/__pycache__/**'
];
async function collectFiles(inputs, cwd = process.cwd()) {
    const files = [];
    const missing = [];
    const searched = new Set();
    const seen = new Set();
    const add = (paths, found) => {
        for (const path of paths.sort()) {
            const absolute = resolve$1(cwd, path);
            if (seen.has(absolute))
                continue;
            seen.add(absolute);
            files.push(path);
            if (found)
                searched.add(path);
        }
    };
    for (const given of inputs) {
        const input = await withForwardSlashes(given, cwd);
        if (isDynamicPattern(input)) {
            // Folders a glob matches are searched like a folder named outright.
            const matches = await glob(input, {
                cwd,
                ignore: IGNORED_DIRS,
                onlyFiles: false,
                dot: false,
                expandDirectories: false
            });
            const found = matches.filter((match) => !match.endsWith('/'));
            for (const folder of outermost(matches.filter((match) => match.endsWith('/')))) {
                found.push(...(await searchFolder(folder, cwd)));
            }
            if (found.length === 0)
                missing.push(`${input}: no file matches`);
            add(found, true);
            continue;
        }
        const info = await stat$1(resolve$1(cwd, input)).catch(() => null);
        if (info === null) {
            missing.push(`${input}: no such file or folder`);
        }
        else if (info.isDirectory()) {
            const matches = await searchFolder(input, cwd);
            if (matches.length === 0)
                missing.push(`${input}: no report files in folder`);
            add(matches, true);
        }
        else {
            add([input], false);
        }
    }
    return { files, searched, missing };
}
async function searchFolder(dir, cwd) {
    const matches = await glob(REPORT_FILE_PATTERNS, {
        cwd: resolve$1(cwd, dir),
        ignore: IGNORED_DIRS,
        onlyFiles: true
    });
    return matches.map((match) => joinPath(dir, match));
}
/** Folders (with a trailing slash) that lie inside no other folder of the list. */
function outermost(folders) {
    const kept = [];
    for (const folder of [...folders].sort()) {
        if (!kept.some((outer) => folder.startsWith(outer)))
            kept.push(folder);
    }
    return kept;
}
/**
 * A path written on Windows (`reports\junit.xml`, `out\**\*.xml`): globs
 * and our labels want forward slashes. On other systems a backslash may be
 * part of a name or escape a glob character, so the path is kept as written
 * whenever it names something as it is.
 */
async function withForwardSlashes(input, cwd) {
    if (!input.includes('\\'))
        return input;
    if (process.platform !== 'win32') {
        if (await stat$1(resolve$1(cwd, input)).catch(() => null))
            return input;
        if (isDynamicPattern(input) &&
            (await glob(input, { cwd, ignore: IGNORED_DIRS })).length > 0)
            return input;
    }
    return input.replace(/\\/g, '/');
}
function joinPath(dir, file) {
    return dir.endsWith('/') ? `${dir}${file}` : `${dir}/${file}`;
}

/** A report refused for a reason the user should read (one line). */
class ReportError extends Error {
}
/**
 * The file is readable but is no test report at all (a pom.xml, a
 * package.json). Files found by searching a folder are dropped quietly for
 * this; files named one by one are still refused with the reason.
 */
class NotAReportError extends ReportError {
}
/** Collapses whitespace and caps length so a reason fits on one line. */
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/**
 * Small building blocks shared by the non-JUnit readers (NUnit, xUnit.net,
 * TRX, TAP and the JSON formats): bounded text, suites kept in first-seen
 * order, and the warning for header counts that disagree with the tests.
 */
/**
 * Collects streamed character data but keeps only the first `max`
 * characters, so a 20 MB element never sits in memory; the result reads
 * like `bound()` (same "more characters cut" note).
 */
class BoundedText {
    max;
    kept = '';
    total = 0;
    constructor(max) {
        this.max = max;
    }
    append(text) {
        this.total += text.length;
        if (this.kept.length < this.max) {
            this.kept += text.slice(0, this.max - this.kept.length);
        }
    }
    get length() {
        return this.total;
    }
    /** The text, or null when nothing but whitespace was seen. */
    value() {
        if (this.kept.trim() === '')
            return null;
        if (this.total <= this.max)
            return this.kept;
        return `${this.kept}… [${this.total - this.max} more characters cut]`;
    }
    /**
     * `value()` trimmed, with the kept text first passed through `copy` (one
     * copy that also flattens what the parser built piece by piece).
     */
    trimmedValue(copy) {
        const kept = copy(this.kept);
        const trimmed = kept.trim();
        if (trimmed === '')
            return null;
        if (this.total <= this.max)
            return trimmed;
        return `${kept.trimStart()}… [${this.total - this.max} more characters cut]`;
    }
}
/** Suites by name in first-seen order; empty suites are never emitted. */
class SuiteSet {
    byName = new Map();
    get(name, file = null) {
        const key = bound(name, LIMITS.name) ?? '';
        let suite = this.byName.get(key);
        if (!suite) {
            suite = emptySuite(key, file);
            this.byName.set(key, suite);
        }
        else if (suite.file === null && file !== null) {
            suite.file = file;
        }
        return suite;
    }
    /** Adds a finished test: kept or counted, as `addTest` decides. */
    add(suiteName, testCase, file = null) {
        addTest$1(this.get(suiteName, file), testCase);
    }
    /** Tests in every suite, kept or counted. */
    get caseCount() {
        let count = 0;
        for (const suite of this.byName.values())
            count += testCount(suite);
        return count;
    }
    /**
     * The finished report. `header` is the test count the document declares
     * (null when it declares none) and the tests read that it does not count
     * (files or hooks the reader made tests of): a disagreement is a warning.
     */
    report(format, producer, warnings, header) {
        const warning = countWarning(header.what, header.declared, this.caseCount - (header.uncounted ?? 0));
        if (warning)
            warnings.push(warning);
        return { format, producer, suites: this.list(), warnings };
    }
    /** Suites that hold at least one test, or suite-level output. */
    list() {
        return [...this.byName.values()].filter((suite) => testCount(suite) > 0 ||
            suite.systemOut !== null ||
            suite.systemErr !== null);
    }
}
function makeCase(fields) {
    const testCase = emptyCase(bound(fields.name, LIMITS.name) ?? '', bound(fields.classname ?? '', LIMITS.name) ?? '');
    testCase.status = fields.status;
    testCase.file = bound(fields.file ?? null, LIMITS.name);
    testCase.line = fields.line ?? null;
    testCase.duration = fields.duration ?? null;
    testCase.failureType = bound(fields.failureType ?? null, LIMITS.name);
    testCase.message = bound(fields.message ?? null, LIMITS.message);
    testCase.details = bound(fields.details ?? null, LIMITS.details);
    testCase.systemOut = bound(fields.systemOut ?? null, LIMITS.output);
    testCase.systemErr = bound(fields.systemErr ?? null, LIMITS.output);
    testCase.flaky = fields.flaky ?? false;
    testCase.retries = fields.retries ?? 0;
    testCase.phase = fields.phase ?? null;
    return testCase;
}
/**
 * A number from an attribute or JSON field; null for anything that is not a
 * finite, non-negative number (durations and counts are never negative).
 */
function toNumber(value) {
    if (value === null || value === undefined || value === '')
        return null;
    const number = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(number) && number >= 0 ? number : null;
}
/** Positive whole line number, or null. */
function toLine(value) {
    const number = toNumber(value);
    return number !== null && Number.isInteger(number) && number > 0
        ? number
        : null;
}
/** Warning when a header's total disagrees with the tests actually counted. */
function countWarning(what, declared, counted) {
    if (declared === null || declared === counted)
        return null;
    return `${what} says ${declared} tests but the report holds ${counted}; counted the tests`;
}
/** First line of a text that is not blank, trimmed. */
function firstLine(text) {
    if (!text)
        return null;
    for (const line of text.split('\n')) {
        const trimmed = line.trim();
        if (trimmed !== '')
            return trimmed;
    }
    return null;
}
/** Terminal colour codes (jest and mocha colour their messages). */
function stripAnsi(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
}
/**
 * The error class a JavaScript, Ruby or Dart message starts with
 * (`TypeError: x`, `AssertionError [ERR_ASSERTION]: x`, `Error: x`).
 */
function leadingErrorType(text) {
    if (!text)
        return null;
    const match = /^\s*([A-Za-z_$][\w$.:]*(?:Error|Exception|Failure))(?:\s*\[[^\]]*\])?\s*:/.exec(text.slice(0, 1_000));
    return match ? match[1] : null;
}
/** The part of an error text before its stack frames. */
function beforeStack(text) {
    const lines = text.split('\n');
    const frame = lines.findIndex((line) => /^\s+at\s/.test(line));
    return (frame === -1 ? lines : lines.slice(0, frame)).join('\n').trim();
}
/** Line of `file` in a JavaScript stack (`(/path/file.js:12:5)`). */
function stackLineIn(stack, file) {
    if (!stack || file === '')
        return null;
    for (const line of stack.slice(0, 16_000).split('\n')) {
        const at = line.indexOf(`${file}:`);
        if (at === -1)
            continue;
        const match = /^:(\d+)/.exec(line.slice(at + file.length));
        if (match)
            return toLine(match[1]);
    }
    return null;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asObject(value) {
    return isObject(value) ? value : {};
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
function asString(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean') {
        return String(value);
    }
    return null;
}

function parseCtrf(document) {
    const results = asObject(document.results);
    const tool = asObject(results.tool);
    const toolName = asString(tool.name);
    const toolVersion = asString(tool.version);
    const suites = new SuiteSet();
    for (const entry of asArray(results.tests)) {
        const test = asObject(entry);
        const status = ctrfStatus(asString(test.status), asString(test.rawStatus));
        const failed = status === 'failed' || status === 'error';
        const rawMessage = asString(test.message);
        const message = rawMessage === null ? null : stripAnsi(rawMessage);
        const trace = asString(test.trace);
        const file = asString(test.filePath);
        const suiteValue = test.suite;
        const suiteName = Array.isArray(suiteValue)
            ? suiteValue.map(asString).filter(Boolean).join(' > ')
            : asString(suiteValue);
        const retries = toNumber(test.retries) ?? 0;
        const duration = toNumber(test.duration);
        suites.add(suiteName || file || toolName || 'CTRF', makeCase({
            name: asString(test.name) ?? '',
            classname: suiteName ?? '',
            status,
            file,
            line: toLine(test.line),
            duration: duration === null ? null : duration / 1000,
            failureType: failed ? leadingErrorType(message ?? trace) : null,
            message: status === 'passed'
                ? null
                : message !== null
                    ? beforeStack(message) || message
                    : null,
            details: failed ? (trace === null ? message : stripAnsi(trace)) : null,
            systemOut: joinLines(test.stdout),
            systemErr: joinLines(test.stderr),
            flaky: test.flaky === true && status === 'passed',
            retries: Math.floor(retries)
        }), file);
    }
    const producer = toolName === null
        ? null
        : toolVersion
            ? `${toolName} ${toolVersion}`
            : toolName;
    return suites.report('ctrf', producer, [], {
        what: 'CTRF summary',
        declared: toNumber(asObject(results.summary).tests)
    });
}
function ctrfStatus(status, rawStatus) {
    switch ((status ?? '').toLowerCase()) {
        case 'passed':
            return 'passed';
        case 'failed':
            return 'failed';
        case 'skipped':
        case 'pending':
            return 'skipped';
    }
    return /interrupt|broken|timed ?out|timeout|error|crash/i.test(rawStatus ?? '')
        ? 'error'
        : 'skipped';
}
function joinLines(value) {
    if (typeof value === 'string')
        return value;
    const lines = asArray(value)
        .map(asString)
        .filter((line) => line !== null);
    return lines.length > 0 ? lines.join('\n') : null;
}

/**
 * The dart / flutter test JSON reporter (`--reporter json`, protocol 0.1):
 * one event per line. One test per `testStart` that is not hidden (dart
 * hides its "loading" and setUpAll pseudo-tests unless they fail);
 * `testDone` result success/failure/error gives passed/failed/error,
 * `skipped` gives skipped, and a test with no `testDone` never finished
 * (error). One suite per test file.
 */
function parseDartEvents(events) {
    const suitePaths = new Map();
    const groupNames = new Map();
    const tests = new Map();
    let producer = null;
    for (const event of events) {
        switch (event.type) {
            case 'start': {
                const version = asString(event.runnerVersion);
                producer = version ? `dart test ${version}` : 'dart test';
                break;
            }
            case 'suite': {
                const suite = asObject(event.suite);
                const id = toNumber(suite.id);
                if (id !== null)
                    suitePaths.set(id, asString(suite.path) ?? '');
                break;
            }
            case 'group': {
                const group = asObject(event.group);
                const id = toNumber(group.id);
                const name = asString(group.name);
                if (id !== null && name)
                    groupNames.set(id, name);
                break;
            }
            case 'testStart': {
                const test = asObject(event.test);
                const id = toNumber(test.id);
                if (id === null)
                    break;
                const metadata = asObject(test.metadata);
                // root_url/root_line point at the test itself when it was declared
                // through a helper; url/line then point at the helper.
                const url = asString(test.root_url) ?? asString(test.url);
                tests.set(id, {
                    name: asString(test.name) ?? '',
                    suiteId: toNumber(test.suiteID),
                    groupIds: asArray(test.groupIDs)
                        .map(toNumber)
                        .filter((group) => group !== null),
                    file: url ? fileOf(url) : null,
                    line: toLine(test.root_line ?? test.line),
                    skipReason: metadata.skip === true ? asString(metadata.skipReason) : null,
                    startTime: toNumber(event.time),
                    endTime: null,
                    result: null,
                    skipped: false,
                    hidden: false,
                    isFailure: false,
                    firstError: null,
                    errors: new BoundedText(LIMITS.details),
                    prints: new BoundedText(LIMITS.output)
                });
                break;
            }
            case 'print': {
                const test = tests.get(toNumber(event.testID) ?? -1);
                const message = asString(event.message);
                if (test && message !== null && event.messageType !== 'skip') {
                    test.prints.append(`${message}\n`);
                }
                break;
            }
            case 'error': {
                const test = tests.get(toNumber(event.testID) ?? -1);
                if (!test)
                    break;
                const error = asString(event.error) ?? '';
                const stack = asString(event.stackTrace) ?? '';
                if (test.firstError === null) {
                    test.firstError = error;
                    test.isFailure = event.isFailure === true;
                }
                test.errors.append(`${error}\n${stack}\n`);
                break;
            }
            case 'testDone': {
                const test = tests.get(toNumber(event.testID) ?? -1);
                if (!test)
                    break;
                test.result = asString(event.result);
                test.skipped = event.skipped === true;
                test.hidden = event.hidden === true;
                test.endTime = toNumber(event.time);
                break;
            }
        }
    }
    const suites = new SuiteSet();
    const warnings = [];
    let unfinished = 0;
    for (const test of tests.values()) {
        const status = dartStatus(test);
        if (test.hidden && status === 'passed')
            continue;
        if (test.result === null)
            unfinished++;
        const suitePath = test.suiteId === null ? '' : (suitePaths.get(test.suiteId) ?? '');
        const groups = test.groupIds
            .map((id) => groupNames.get(id))
            .filter((name) => name !== undefined);
        const classname = groups[groups.length - 1] ?? '';
        const failed = status === 'failed' || status === 'error';
        const elapsed = test.startTime !== null && test.endTime !== null
            ? Math.max(0, test.endTime - test.startTime) / 1000
            : null;
        suites.add(suitePath || 'dart test', makeCase({
            name: classname && test.name.startsWith(`${classname} `)
                ? test.name.slice(classname.length + 1)
                : test.name,
            classname,
            status,
            file: test.file,
            line: test.line,
            duration: elapsed,
            failureType: failed
                ? (leadingErrorType(test.firstError) ??
                    bareErrorType(test.firstError) ??
                    (test.isFailure ? 'TestFailure' : null))
                : null,
            message: failed
                ? (test.firstError ??
                    (test.result === null ? 'test did not finish' : null))
                : status === 'skipped'
                    ? test.skipReason
                    : null,
            details: failed ? test.errors.value() : null,
            systemOut: test.prints.value(),
            phase: test.hidden ? 'setup' : null
        }), suitePath || null);
    }
    if (unfinished > 0) {
        warnings.push(`${unfinished} dart tests started but never finished; counted as errors`);
    }
    return { format: 'dart-json', producer, suites: suites.list(), warnings };
}
function dartStatus(test) {
    if (test.result === null)
        return 'error';
    if (test.result === 'error')
        return 'error';
    if (test.result === 'failure')
        return 'failed';
    return test.skipped ? 'skipped' : 'passed';
}
function fileOf(url) {
    if (!url.startsWith('file://'))
        return url;
    try {
        return decodeURIComponent(new URL(url).pathname);
    }
    catch {
        return url.slice('file://'.length);
    }
}
/** Dart messages may name the class with no colon (`TimeoutException after 0:00:01`). */
function bareErrorType(error) {
    return /^([A-Z]\w*(?:Exception|Error))\b/.exec(error ?? '')?.[1] ?? null;
}

/**
 * `go test -json` (test2json events, one per line). One test per `Test`
 * name, subtests (`TestA/case`) included, as `go test` and gotestsum count
 * them; one suite per package. A test that started but never ended (the
 * binary panicked or timed out) failed, as gotestsum counts it. A package that failed with no
 * failing test in it (a build failure, a TestMain or setup failure)
 * becomes one erroring test carrying the package output, so it is counted
 * and triaged.
 */
const LOG_LINE = /^\s+([\w.\-/]+\.go):(\d+):\s?(.*)$/;
const FRAMING = /^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (PASS|FAIL|SKIP):)/;
function parseGoEvents(events) {
    const packages = new Map();
    const packageOf = (name) => {
        let found = packages.get(name);
        if (!found) {
            found = {
                name,
                tests: new Map(),
                action: null,
                output: new BoundedText(LIMITS.details),
                buildFailed: false
            };
            packages.set(name, found);
        }
        return found;
    };
    for (const event of events) {
        const action = asString(event.Action);
        if (action === null)
            continue;
        const importPath = asString(event.ImportPath);
        if (action === 'build-output' || action === 'build-fail') {
            // Go 1.24+ reports compile errors as their own events.
            const pkg = packageOf(stripTestSuffix(importPath ?? ''));
            pkg.buildFailed = true;
            const output = asString(event.Output);
            if (output)
                pkg.output.append(output);
            continue;
        }
        const pkg = packageOf(asString(event.Package) ?? '');
        if (asString(event.FailedBuild))
            pkg.buildFailed = true;
        const testName = asString(event.Test);
        if (testName === null) {
            if (action === 'output') {
                const output = asString(event.Output) ?? '';
                pkg.output.append(output);
                if (/\[(build|setup) failed\]/.test(output))
                    pkg.buildFailed = true;
            }
            else if (action === 'pass' || action === 'fail' || action === 'skip') {
                pkg.action = action;
            }
            continue;
        }
        let test = pkg.tests.get(testName);
        if (!test) {
            test = {
                name: testName,
                action: null,
                elapsed: null,
                output: new BoundedText(LIMITS.details),
                logLine: null,
                panic: null
            };
            pkg.tests.set(testName, test);
        }
        if (action === 'output') {
            const output = asString(event.Output) ?? '';
            if (!FRAMING.test(output))
                test.output.append(output);
            const log = LOG_LINE.exec(output.replace(/\n$/, ''));
            if (log && test.logLine === null) {
                test.logLine = { file: log[1], line: Number(log[2]), message: log[3] };
            }
            if (test.panic === null && /^panic: /.test(output)) {
                test.panic = output.trim();
            }
        }
        else if (['pass', 'fail', 'skip', 'bench'].includes(action)) {
            test.action = action;
            test.elapsed = toNumber(event.Elapsed);
        }
    }
    return buildReport([...packages.values()]);
}
function buildReport(packages) {
    const suites = new SuiteSet();
    const warnings = [];
    for (const pkg of packages) {
        const packageOutput = pkg.output.value();
        const packagePanic = packageOutput?.split('\n').find((line) => line.startsWith('panic: ')) ??
            null;
        let failing = 0;
        let unfinished = 0;
        for (const test of pkg.tests.values()) {
            const status = goStatus(test.action);
            if (status === 'failed' || status === 'error')
                failing++;
            if (test.action === null)
                unfinished++;
            const output = test.output.value();
            let message = null;
            if (test.action === null) {
                const why = test.panic ?? packagePanic;
                message = why
                    ? `test did not finish: ${why}`
                    : 'test did not finish (the test binary stopped)';
            }
            else if (status === 'failed') {
                message = test.panic ?? test.logLine?.message ?? null;
            }
            else if (status === 'skipped') {
                message = test.logLine?.message ?? null;
            }
            suites.add(pkg.name || 'go test', makeCase({
                name: test.name,
                classname: pkg.name,
                status,
                file: test.logLine?.file ?? null,
                line: toLine(test.logLine?.line),
                duration: test.elapsed,
                failureType: test.panic !== null && status !== 'passed' ? 'panic' : null,
                message,
                details: status === 'failed' || status === 'error'
                    ? test.action === null && packageOutput
                        ? [output, packageOutput].filter(Boolean).join('\n')
                        : output
                    : null,
                systemOut: status === 'passed' ? output : null
            }));
        }
        if (unfinished > 0) {
            warnings.push(`${unfinished} tests in ${pkg.name || 'a package'} started but never finished; counted as failed`);
        }
        if (pkg.action === 'fail' && failing === 0) {
            const build = pkg.buildFailed || pkg.tests.size === 0;
            const firstError = packageOutput
                ?.split('\n')
                .map((line) => line.trim())
                .find((line) => line !== '' && !line.startsWith('#') && !/^(FAIL|ok)\b/.test(line)) ?? null;
            warnings.push(`package ${pkg.name || '(unnamed)'} failed outside any test; counted as one erroring test`);
            suites.add(pkg.name || 'go test', makeCase({
                name: build ? '[build failed]' : '[package failed]',
                classname: pkg.name,
                status: 'error',
                message: firstError ??
                    (build ? 'build failed' : 'package failed outside any test'),
                details: packageOutput,
                phase: build ? 'collection' : null
            }));
        }
    }
    return {
        format: 'go-json',
        producer: 'go test -json',
        suites: suites.list(),
        warnings
    };
}
function goStatus(action) {
    switch (action) {
        case 'pass':
        case 'bench':
            return 'passed';
        case 'fail':
            return 'failed';
        case 'skip':
            return 'skipped';
        default:
            // Started, never ended: the binary died under it (panic, -timeout).
            // go's own tools (gotestsum, newer test2json) call that a failure.
            return 'failed';
    }
}
/** Build events name the test binary's package (`pkg.test`, `pkg [pkg.test]`). */
function stripTestSuffix(importPath) {
    return importPath.replace(/ \[.*\]$/, '').replace(/\.test$/, '');
}

function parseJest(document) {
    const files = asArray(document.testResults).map(asObject);
    const root = commonDirectory(files.map((file) => asString(file.name) ?? ''));
    const suites = new SuiteSet();
    const warnings = [];
    let brokenFiles = 0;
    for (const file of files) {
        const path = asString(file.name) ?? '';
        const suiteName = path.startsWith(root) ? path.slice(root.length) : path;
        const assertions = asArray(file.assertionResults).map(asObject);
        // jest 30 lists a file that failed to run as one "error" entry.
        brokenFiles += assertions.filter((entry) => entry.status === 'error').length;
        for (const assertion of assertions) {
            suites.add(suiteName || 'jest', assertionCase(assertion, path), path || null);
        }
        const execError = asObject(file.testExecError);
        const fileMessage = stripAnsi(asString(file.message) ?? asString(file.failureMessage) ?? '');
        const broken = assertions.length === 0 &&
            (asString(file.status) === 'failed' ||
                Object.keys(execError).length > 0 ||
                fileMessage.trim() !== '');
        if (!broken)
            continue;
        brokenFiles++;
        const details = fileMessage.trim() !== ''
            ? fileMessage
            : stripAnsi(asString(execError.stack) ?? asString(execError.message) ?? '');
        const message = suiteFailureMessage(details);
        suites.add(suiteName || 'jest', makeCase({
            name: 'Test suite failed to run',
            classname: suiteName,
            status: 'error',
            file: path || null,
            failureType: leadingErrorType(message),
            message,
            details: details || null,
            phase: 'collection'
        }), path || null);
    }
    if (brokenFiles > 0) {
        warnings.push(`${brokenFiles} jest test files failed to run; each counted as one erroring test`);
    }
    return suites.report('jest-json', jestProducer(document, files), warnings, {
        what: 'jest numTotalTests',
        declared: toNumber(document.numTotalTests),
        uncounted: brokenFiles
    });
}
function assertionCase(assertion, path) {
    const status = jestStatus(asString(assertion.status), asArray(assertion.failureMessages).length > 0);
    const failures = asArray(assertion.failureMessages)
        .map(asString)
        .filter((text) => text !== null)
        .map(stripAnsi);
    const details = failures.length > 0 ? failures.join('\n\n') : null;
    const retries = asArray(assertion.retryReasons).length;
    const duration = toNumber(assertion.duration);
    const ancestors = asArray(assertion.ancestorTitles)
        .map(asString)
        .filter((title) => title !== null);
    const failed = status === 'failed' || status === 'error';
    // jest 30 writes a file that failed to run as one assertion with status
    // "error" and no title.
    const fileError = status === 'error';
    let message = null;
    if (failed && details !== null) {
        message = fileError
            ? suiteFailureMessage(details)
            : beforeStack(details) || details;
    }
    return makeCase({
        name: asString(assertion.title) ??
            asString(assertion.fullName) ??
            (fileError ? 'Test suite failed to run' : ''),
        classname: ancestors.join(' › '),
        status,
        file: path || null,
        // `location` is only written with --testLocationInResults.
        line: toLine(asObject(assertion.location).line) ??
            (failed ? stackLineIn(details, path) : null),
        duration: duration === null ? null : duration / 1000,
        failureType: failed ? leadingErrorType(message) : null,
        message,
        details: failed ? details : null,
        flaky: status === 'passed' && retries > 0,
        retries,
        phase: fileError ? 'collection' : null
    });
}
function jestStatus(status, hasFailure) {
    switch (status) {
        case 'passed':
            return 'passed';
        case 'failed':
            return 'failed';
        case 'error':
            return 'error';
        case 'pending':
        case 'skipped':
        case 'todo':
        case 'disabled':
            return 'skipped';
    }
    return hasFailure ? 'failed' : 'skipped';
}
/**
 * jest's "Test suite failed to run" text: a heading line, then the error
 * (`Cannot find module 'x' from 'y'`); the error is the useful line.
 */
function suiteFailureMessage(text) {
    const lines = beforeStack(text)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !/^●\s*Test suite failed to run$/.test(line));
    return lines.length > 0 ? lines.slice(0, 3).join('\n') : firstLine(text);
}
/**
 * vitest's json reporter writes jest's shape; jest alone writes
 * `numRuntimeErrorTestSuites` and `openHandles`, vitest a `meta` per test.
 */
function jestProducer(document, files) {
    if ('numRuntimeErrorTestSuites' in document || 'openHandles' in document) {
        return 'jest';
    }
    const vitest = files.some((file) => asArray(file.assertionResults).some((entry) => 'meta' in asObject(entry)));
    return vitest ? 'vitest' : null;
}
/** Longest directory prefix shared by all paths ('' for fewer than two). */
function commonDirectory(paths) {
    const usable = paths.filter((path) => path !== '');
    if (usable.length < 2)
        return '';
    let prefix = usable[0];
    for (const path of usable.slice(1)) {
        while (!path.startsWith(prefix))
            prefix = prefix.slice(0, -1);
    }
    const slash = Math.max(prefix.lastIndexOf('/'), prefix.lastIndexOf('\\'));
    return slash === -1 ? '' : prefix.slice(0, slash + 1);
}

function parseMocha(document) {
    const suites = new SuiteSet();
    const warnings = [];
    const pending = new Set(asArray(document.pending).map((test) => keyOf(asObject(test))));
    const reported = new Set();
    for (const entry of asArray(document.tests)) {
        const test = asObject(entry);
        reported.add(keyOf(test));
        const error = asObject(test.err);
        const status = pending.has(keyOf(test))
            ? 'skipped'
            : Object.keys(error).length > 0
                ? 'failed'
                : 'passed';
        addTest(suites, test, status);
    }
    let hooks = 0;
    for (const entry of asArray(document.failures)) {
        const failure = asObject(entry);
        if (reported.has(keyOf(failure)))
            continue;
        hooks++;
        // mocha counts a failing hook as one failure, as its own summary does.
        addTest(suites, failure, 'failed');
    }
    if (hooks > 0) {
        warnings.push(`${hooks} mocha failures happened outside any test (hooks); each counted as one failed test`);
    }
    const stats = asObject(document.stats);
    return suites.report('mocha-json', 'mocha', warnings, {
        what: 'mocha stats',
        declared: toNumber(stats.tests),
        uncounted: hooks
    });
}
function keyOf(test) {
    return `${asString(test.fullTitle) ?? ''}\u0000${asString(test.file) ?? ''}`;
}
function addTest(suites, test, status) {
    const title = asString(test.title) ?? '';
    const fullTitle = asString(test.fullTitle) ?? title;
    const file = asString(test.file);
    const error = asObject(test.err);
    const stack = asString(error.stack);
    const rawMessage = asString(error.message);
    const message = rawMessage === null ? null : stripAnsi(rawMessage);
    const failed = status === 'failed' || status === 'error';
    const duration = toNumber(test.duration);
    const retry = toNumber(test.currentRetry) ?? 0;
    const classname = fullTitle.endsWith(title)
        ? fullTitle.slice(0, fullTitle.length - title.length).trim()
        : '';
    const hook = /^"(before|after) (all|each)" hook/.exec(title);
    suites.add(file ?? 'mocha', makeCase({
        name: title,
        classname,
        status,
        file,
        line: failed && file ? stackLineIn(stack, file) : null,
        duration: duration === null ? null : duration / 1000,
        failureType: failed
            ? (leadingErrorType(stack) ?? asString(error.code))
            : null,
        message: failed
            ? (message ?? (stack === null ? null : beforeStack(stripAnsi(stack))))
            : null,
        details: failed && stack !== null ? stripAnsi(stack) : null,
        flaky: status === 'passed' && retry > 0,
        retries: Math.floor(retry),
        phase: hook ? (hook[1] === 'before' ? 'setup' : 'teardown') : null
    }), file);
}

/**
 * rspec `--format json`: one test per entry of `examples` (passed, failed,
 * pending → skipped), one suite per spec file. Errors outside examples (a
 * spec file that failed to load) are no example, so they are not counted
 * as tests (rspec says "0 examples, 1 error occurred outside of
 * examples"): their text becomes the failing file's suite output and a
 * warning.
 */
function parseRspec(document) {
    const suites = new SuiteSet();
    const warnings = [];
    for (const entry of asArray(document.examples)) {
        const example = asObject(entry);
        const status = rspecStatus(asString(example.status));
        const description = asString(example.description) ?? '';
        const fullDescription = asString(example.full_description) ?? description;
        const classname = fullDescription.endsWith(description)
            ? fullDescription
                .slice(0, fullDescription.length - description.length)
                .trim()
            : '';
        const file = asString(example.file_path);
        const exception = asObject(example.exception);
        const backtrace = asArray(exception.backtrace)
            .map(asString)
            .filter((line) => line !== null);
        const message = asString(exception.message);
        const failed = status === 'failed';
        suites.add(file ?? 'rspec', makeCase({
            name: description || fullDescription,
            classname,
            status,
            file,
            line: toLine(example.line_number),
            duration: toNumber(example.run_time),
            failureType: failed ? asString(exception.class) : null,
            message: failed
                ? message
                : status === 'skipped'
                    ? asString(example.pending_message)
                    : null,
            details: failed
                ? [message, ...backtrace].filter((line) => line !== null).join('\n')
                : null
        }), file);
    }
    const summary = asObject(document.summary);
    const outside = toNumber(summary.errors_outside_of_examples_count) ?? 0;
    if (outside > 0) {
        // Not a test (rspec counts no example for it), so it is kept as the
        // output of the suite that failed to load, where triage reads it.
        const details = asArray(document.messages)
            .map(asString)
            .filter((text) => text !== null)
            .join('\n\n');
        const file = loadingFile(details);
        const suite = suites.get(file ?? 'rspec', file);
        suite.systemErr = bound(details || null, LIMITS.output);
        warnings.push(`rspec: ${outside} errors outside of examples${file ? ` (loading ${file})` : ''}: ${oneLine(loadErrorMessage(details) ?? firstLine(details) ?? 'no message')}`);
    }
    const version = asString(document.version);
    return suites.report('rspec-json', version ? `RSpec ${version}` : 'RSpec', warnings, {
        what: 'rspec summary example_count',
        declared: toNumber(summary.example_count)
    });
}
function rspecStatus(status) {
    switch (status) {
        case 'failed':
            return 'failed';
        case 'pending':
            return 'skipped';
        default:
            return 'passed';
    }
}
/**
 * rspec's load-error text: "An error occurred while loading ./spec/x.rb.",
 * then the Ruby error (`Failure/Error: require 'x'` / `LoadError: ...`).
 */
function loadErrorMessage(text) {
    const lines = text.split('\n').map((line) => line.trim());
    const loading = lines.find((line) => line.startsWith('An error occurred'));
    const error = lines.find((line) => /^[A-Z]\w*(::\w+)*(Error|Exception):/.test(line));
    const parts = [loading, error].filter((line) => line !== undefined);
    return parts.length > 0 ? parts.join(' ') : null;
}
function loadingFile(text) {
    return /An error occurred while loading (.+?)\.?$/m.exec(text)?.[1] ?? null;
}

function parseJsonReport(text) {
    const source = text.replace(/^\uFEFF/, '');
    let document;
    try {
        document = JSON.parse(source);
    }
    catch (err) {
        const stream = readJsonLines(source);
        if (stream)
            return parseEvents(stream.events, stream.strayLines);
        throw new ReportError(`not valid JSON: ${oneLine(err instanceof Error ? err.message : String(err))}`);
    }
    if (Array.isArray(document)) {
        if (document.length > 0 && document.every(isObject)) {
            return parseEvents(document, 0);
        }
        throw new NotAReportError('not a test report: JSON of unknown shape');
    }
    if (!isObject(document)) {
        throw new NotAReportError('not a test report: JSON of unknown shape');
    }
    const results = asObject(document.results);
    if (Array.isArray(results.tests))
        return parseCtrf(document);
    if (Array.isArray(document.testResults))
        return parseJest(document);
    if (isObject(document.stats) && Array.isArray(document.tests)) {
        return parseMocha(document);
    }
    if (Array.isArray(document.examples))
        return parseRspec(document);
    return parseEvents([document], 0);
}
/** Line-delimited JSON: null unless the first line is a JSON object. */
function readJsonLines(text) {
    const events = [];
    let strayLines = 0;
    for (const line of text.split('\n')) {
        const trimmed = line.trim();
        if (trimmed === '')
            continue;
        let event = null;
        if (trimmed.startsWith('{')) {
            try {
                event = JSON.parse(trimmed);
            }
            catch {
                event = null;
            }
        }
        if (isObject(event))
            events.push(event);
        else if (events.length === 0)
            return null;
        else
            strayLines++;
    }
    return events.length > 0 ? { events, strayLines } : null;
}
function parseEvents(events, strayLines) {
    let parsed = null;
    if (events.some((event) => typeof event.Action === 'string')) {
        parsed = parseGoEvents(events);
    }
    else if (events.some((event) => event.type === 'testStart' ||
        (event.type === 'start' && 'protocolVersion' in event))) {
        parsed = parseDartEvents(events);
    }
    if (parsed === null) {
        throw new NotAReportError('not a test report: JSON of unknown shape');
    }
    if (strayLines > 0) {
        parsed.warnings.push(`${strayLines} lines of the event stream were not JSON and were ignored`);
    }
    return parsed;
}

var saxes = {};

var ed5 = {};

var hasRequiredEd5;

function requireEd5 () {
	if (hasRequiredEd5) return ed5;
	hasRequiredEd5 = 1;
	(function (exports) {
		/**
		 * Character classes and associated utilities for the 5th edition of XML 1.0.
		 *
		 * @author Louis-Dominique Dubeau
		 * @license MIT
		 * @copyright Louis-Dominique Dubeau
		 */
		Object.defineProperty(exports, "__esModule", { value: true });
		//
		// Fragments.
		//
		exports.CHAR = "\t\n\r -\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
		exports.S = " \t\r\n";
		// tslint:disable-next-line:max-line-length
		exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
		exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
		//
		// Regular expressions.
		//
		exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
		exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
		exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
		exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
		exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
		exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
		var TAB = 9;
		var NL = 0xA;
		var CR = 0xD;
		var SPACE = 0x20;
		//
		// Lists.
		//
		/** All characters in the ``S`` production. */
		exports.S_LIST = [SPACE, NL, CR, TAB];
		/**
		 * Determines whether a codepoint matches the ``CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``CHAR``.
		 */
		function isChar(c) {
		    return (c >= SPACE && c <= 0xD7FF) ||
		        c === NL || c === CR || c === TAB ||
		        (c >= 0xE000 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0x10FFFF);
		}
		exports.isChar = isChar;
		/**
		 * Determines whether a codepoint matches the ``S`` (space) production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``S``.
		 */
		function isS(c) {
		    return c === SPACE || c === NL || c === CR || c === TAB;
		}
		exports.isS = isS;
		/**
		 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
		 */
		function isNameStartChar(c) {
		    return ((c >= 0x41 && c <= 0x5A) ||
		        (c >= 0x61 && c <= 0x7A) ||
		        c === 0x3A ||
		        c === 0x5F ||
		        c === 0x200C ||
		        c === 0x200D ||
		        (c >= 0xC0 && c <= 0xD6) ||
		        (c >= 0xD8 && c <= 0xF6) ||
		        (c >= 0x00F8 && c <= 0x02FF) ||
		        (c >= 0x0370 && c <= 0x037D) ||
		        (c >= 0x037F && c <= 0x1FFF) ||
		        (c >= 0x2070 && c <= 0x218F) ||
		        (c >= 0x2C00 && c <= 0x2FEF) ||
		        (c >= 0x3001 && c <= 0xD7FF) ||
		        (c >= 0xF900 && c <= 0xFDCF) ||
		        (c >= 0xFDF0 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0xEFFFF));
		}
		exports.isNameStartChar = isNameStartChar;
		/**
		 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
		 */
		function isNameChar(c) {
		    return isNameStartChar(c) ||
		        (c >= 0x30 && c <= 0x39) ||
		        c === 0x2D ||
		        c === 0x2E ||
		        c === 0xB7 ||
		        (c >= 0x0300 && c <= 0x036F) ||
		        (c >= 0x203F && c <= 0x2040);
		}
		exports.isNameChar = isNameChar;
		
	} (ed5));
	return ed5;
}

var ed2 = {};

var hasRequiredEd2;

function requireEd2 () {
	if (hasRequiredEd2) return ed2;
	hasRequiredEd2 = 1;
	(function (exports) {
		/**
		 * Character classes and associated utilities for the 2nd edition of XML 1.1.
		 *
		 * @author Louis-Dominique Dubeau
		 * @license MIT
		 * @copyright Louis-Dominique Dubeau
		 */
		Object.defineProperty(exports, "__esModule", { value: true });
		//
		// Fragments.
		//
		exports.CHAR = "\u0001-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
		exports.RESTRICTED_CHAR = "\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F";
		exports.S = " \t\r\n";
		// tslint:disable-next-line:max-line-length
		exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
		exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
		//
		// Regular expressions.
		//
		exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
		exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
		exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
		exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
		exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
		exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
		exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
		var TAB = 9;
		var NL = 0xA;
		var CR = 0xD;
		var SPACE = 0x20;
		//
		// Lists.
		//
		/** All characters in the ``S`` production. */
		exports.S_LIST = [SPACE, NL, CR, TAB];
		/**
		 * Determines whether a codepoint matches the ``CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``CHAR``.
		 */
		function isChar(c) {
		    return (c >= 0x0001 && c <= 0xD7FF) ||
		        (c >= 0xE000 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0x10FFFF);
		}
		exports.isChar = isChar;
		/**
		 * Determines whether a codepoint matches the ``RESTRICTED_CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``RESTRICTED_CHAR``.
		 */
		function isRestrictedChar(c) {
		    return (c >= 0x1 && c <= 0x8) ||
		        c === 0xB ||
		        c === 0xC ||
		        (c >= 0xE && c <= 0x1F) ||
		        (c >= 0x7F && c <= 0x84) ||
		        (c >= 0x86 && c <= 0x9F);
		}
		exports.isRestrictedChar = isRestrictedChar;
		/**
		 * Determines whether a codepoint matches the ``CHAR`` production and does not
		 * match the ``RESTRICTED_CHAR`` production. ``isCharAndNotRestricted(x)`` is
		 * equivalent to ``isChar(x) && !isRestrictedChar(x)``. This function is faster
		 * than running the two-call equivalent.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``CHAR`` and does not match
		 * ``RESTRICTED_CHAR``.
		 */
		function isCharAndNotRestricted(c) {
		    return (c === 0x9) ||
		        (c === 0xA) ||
		        (c === 0xD) ||
		        (c > 0x1F && c < 0x7F) ||
		        (c === 0x85) ||
		        (c > 0x9F && c <= 0xD7FF) ||
		        (c >= 0xE000 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0x10FFFF);
		}
		exports.isCharAndNotRestricted = isCharAndNotRestricted;
		/**
		 * Determines whether a codepoint matches the ``S`` (space) production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``S``.
		 */
		function isS(c) {
		    return c === SPACE || c === NL || c === CR || c === TAB;
		}
		exports.isS = isS;
		/**
		 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
		 */
		// tslint:disable-next-line:cyclomatic-complexity
		function isNameStartChar(c) {
		    return ((c >= 0x41 && c <= 0x5A) ||
		        (c >= 0x61 && c <= 0x7A) ||
		        c === 0x3A ||
		        c === 0x5F ||
		        c === 0x200C ||
		        c === 0x200D ||
		        (c >= 0xC0 && c <= 0xD6) ||
		        (c >= 0xD8 && c <= 0xF6) ||
		        (c >= 0x00F8 && c <= 0x02FF) ||
		        (c >= 0x0370 && c <= 0x037D) ||
		        (c >= 0x037F && c <= 0x1FFF) ||
		        (c >= 0x2070 && c <= 0x218F) ||
		        (c >= 0x2C00 && c <= 0x2FEF) ||
		        (c >= 0x3001 && c <= 0xD7FF) ||
		        (c >= 0xF900 && c <= 0xFDCF) ||
		        (c >= 0xFDF0 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0xEFFFF));
		}
		exports.isNameStartChar = isNameStartChar;
		/**
		 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
		 */
		function isNameChar(c) {
		    return isNameStartChar(c) ||
		        (c >= 0x30 && c <= 0x39) ||
		        c === 0x2D ||
		        c === 0x2E ||
		        c === 0xB7 ||
		        (c >= 0x0300 && c <= 0x036F) ||
		        (c >= 0x203F && c <= 0x2040);
		}
		exports.isNameChar = isNameChar;
		
	} (ed2));
	return ed2;
}

var ed3 = {};

var hasRequiredEd3;

function requireEd3 () {
	if (hasRequiredEd3) return ed3;
	hasRequiredEd3 = 1;
	(function (exports) {
		/**
		 * Character class utilities for XML NS 1.0 edition 3.
		 *
		 * @author Louis-Dominique Dubeau
		 * @license MIT
		 * @copyright Louis-Dominique Dubeau
		 */
		Object.defineProperty(exports, "__esModule", { value: true });
		//
		// Fragments.
		//
		// tslint:disable-next-line:max-line-length
		exports.NC_NAME_START_CHAR = "A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
		exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
		//
		// Regular expressions.
		//
		exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
		exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
		exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
		/**
		 * Determines whether a codepoint matches [[NC_NAME_START_CHAR]].
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches.
		 */
		// tslint:disable-next-line:cyclomatic-complexity
		function isNCNameStartChar(c) {
		    return ((c >= 0x41 && c <= 0x5A) ||
		        c === 0x5F ||
		        (c >= 0x61 && c <= 0x7A) ||
		        (c >= 0xC0 && c <= 0xD6) ||
		        (c >= 0xD8 && c <= 0xF6) ||
		        (c >= 0x00F8 && c <= 0x02FF) ||
		        (c >= 0x0370 && c <= 0x037D) ||
		        (c >= 0x037F && c <= 0x1FFF) ||
		        (c >= 0x200C && c <= 0x200D) ||
		        (c >= 0x2070 && c <= 0x218F) ||
		        (c >= 0x2C00 && c <= 0x2FEF) ||
		        (c >= 0x3001 && c <= 0xD7FF) ||
		        (c >= 0xF900 && c <= 0xFDCF) ||
		        (c >= 0xFDF0 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0xEFFFF));
		}
		exports.isNCNameStartChar = isNCNameStartChar;
		/**
		 * Determines whether a codepoint matches [[NC_NAME_CHAR]].
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches.
		 */
		function isNCNameChar(c) {
		    return isNCNameStartChar(c) ||
		        (c === 0x2D ||
		            c === 0x2E ||
		            (c >= 0x30 && c <= 0x39) ||
		            c === 0x00B7 ||
		            (c >= 0x0300 && c <= 0x036F) ||
		            (c >= 0x203F && c <= 0x2040));
		}
		exports.isNCNameChar = isNCNameChar;
		
	} (ed3));
	return ed3;
}

var hasRequiredSaxes;

function requireSaxes () {
	if (hasRequiredSaxes) return saxes;
	hasRequiredSaxes = 1;
	Object.defineProperty(saxes, "__esModule", { value: true });
	saxes.SaxesParser = saxes.EVENTS = void 0;
	const ed5 = requireEd5();
	const ed2 = requireEd2();
	const NSed3 = requireEd3();
	var isS = ed5.isS;
	var isChar10 = ed5.isChar;
	var isNameStartChar = ed5.isNameStartChar;
	var isNameChar = ed5.isNameChar;
	var S_LIST = ed5.S_LIST;
	var NAME_RE = ed5.NAME_RE;
	var isChar11 = ed2.isChar;
	var isNCNameStartChar = NSed3.isNCNameStartChar;
	var isNCNameChar = NSed3.isNCNameChar;
	var NC_NAME_RE = NSed3.NC_NAME_RE;
	const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
	const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
	const rootNS = {
	    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
	    __proto__: null,
	    xml: XML_NAMESPACE,
	    xmlns: XMLNS_NAMESPACE,
	};
	const XML_ENTITIES = {
	    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
	    __proto__: null,
	    amp: "&",
	    gt: ">",
	    lt: "<",
	    quot: "\"",
	    apos: "'",
	};
	// EOC: end-of-chunk
	const EOC = -1;
	const NL_LIKE = -2;
	const S_BEGIN = 0; // Initial state.
	const S_BEGIN_WHITESPACE = 1; // leading whitespace
	const S_DOCTYPE = 2; // <!DOCTYPE
	const S_DOCTYPE_QUOTE = 3; // <!DOCTYPE "//blah
	const S_DTD = 4; // <!DOCTYPE "//blah" [ ...
	const S_DTD_QUOTED = 5; // <!DOCTYPE "//blah" [ "foo
	const S_DTD_OPEN_WAKA = 6;
	const S_DTD_OPEN_WAKA_BANG = 7;
	const S_DTD_COMMENT = 8; // <!--
	const S_DTD_COMMENT_ENDING = 9; // <!-- blah -
	const S_DTD_COMMENT_ENDED = 10; // <!-- blah --
	const S_DTD_PI = 11; // <?
	const S_DTD_PI_ENDING = 12; // <?hi "there" ?
	const S_TEXT = 13; // general stuff
	const S_ENTITY = 14; // &amp and such
	const S_OPEN_WAKA = 15; // <
	const S_OPEN_WAKA_BANG = 16; // <!...
	const S_COMMENT = 17; // <!--
	const S_COMMENT_ENDING = 18; // <!-- blah -
	const S_COMMENT_ENDED = 19; // <!-- blah --
	const S_CDATA = 20; // <![CDATA[ something
	const S_CDATA_ENDING = 21; // ]
	const S_CDATA_ENDING_2 = 22; // ]]
	const S_PI_FIRST_CHAR = 23; // <?hi, first char
	const S_PI_REST = 24; // <?hi, rest of the name
	const S_PI_BODY = 25; // <?hi there
	const S_PI_ENDING = 26; // <?hi "there" ?
	const S_XML_DECL_NAME_START = 27; // <?xml
	const S_XML_DECL_NAME = 28; // <?xml foo
	const S_XML_DECL_EQ = 29; // <?xml foo=
	const S_XML_DECL_VALUE_START = 30; // <?xml foo=
	const S_XML_DECL_VALUE = 31; // <?xml foo="bar"
	const S_XML_DECL_SEPARATOR = 32; // <?xml foo="bar"
	const S_XML_DECL_ENDING = 33; // <?xml ... ?
	const S_OPEN_TAG = 34; // <strong
	const S_OPEN_TAG_SLASH = 35; // <strong /
	const S_ATTRIB = 36; // <a
	const S_ATTRIB_NAME = 37; // <a foo
	const S_ATTRIB_NAME_SAW_WHITE = 38; // <a foo _
	const S_ATTRIB_VALUE = 39; // <a foo=
	const S_ATTRIB_VALUE_QUOTED = 40; // <a foo="bar
	const S_ATTRIB_VALUE_CLOSED = 41; // <a foo="bar"
	const S_ATTRIB_VALUE_UNQUOTED = 42; // <a foo=bar
	const S_CLOSE_TAG = 43; // </a
	const S_CLOSE_TAG_SAW_WHITE = 44; // </a   >
	const TAB = 9;
	const NL = 0xA;
	const CR = 0xD;
	const SPACE = 0x20;
	const BANG = 0x21;
	const DQUOTE = 0x22;
	const AMP = 0x26;
	const SQUOTE = 0x27;
	const MINUS = 0x2D;
	const FORWARD_SLASH = 0x2F;
	const SEMICOLON = 0x3B;
	const LESS = 0x3C;
	const EQUAL = 0x3D;
	const GREATER = 0x3E;
	const QUESTION = 0x3F;
	const OPEN_BRACKET = 0x5B;
	const CLOSE_BRACKET = 0x5D;
	const NEL = 0x85;
	const LS = 0x2028; // Line Separator
	const isQuote = (c) => c === DQUOTE || c === SQUOTE;
	const QUOTES = [DQUOTE, SQUOTE];
	const DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
	const DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
	const XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
	const ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
	function nsPairCheck(parser, prefix, uri) {
	    switch (prefix) {
	        case "xml":
	            if (uri !== XML_NAMESPACE) {
	                parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
	            }
	            break;
	        case "xmlns":
	            if (uri !== XMLNS_NAMESPACE) {
	                parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
	            }
	            break;
	    }
	    switch (uri) {
	        case XMLNS_NAMESPACE:
	            parser.fail(prefix === "" ?
	                `the default namespace may not be set to ${uri}.` :
	                `may not assign a prefix (even "xmlns") to the URI \
${XMLNS_NAMESPACE}.`);
	            break;
	        case XML_NAMESPACE:
	            switch (prefix) {
	                case "xml":
	                    // Assinging the XML namespace to "xml" is fine.
	                    break;
	                case "":
	                    parser.fail(`the default namespace may not be set to ${uri}.`);
	                    break;
	                default:
	                    parser.fail("may not assign the xml namespace to another prefix.");
	            }
	            break;
	    }
	}
	function nsMappingCheck(parser, mapping) {
	    for (const local of Object.keys(mapping)) {
	        nsPairCheck(parser, local, mapping[local]);
	    }
	}
	const isNCName = (name) => NC_NAME_RE.test(name);
	const isName = (name) => NAME_RE.test(name);
	const FORBIDDEN_START = 0;
	const FORBIDDEN_BRACKET = 1;
	const FORBIDDEN_BRACKET_BRACKET = 2;
	/**
	 * The list of supported events.
	 */
	saxes.EVENTS = [
	    "xmldecl",
	    "text",
	    "processinginstruction",
	    "doctype",
	    "comment",
	    "opentagstart",
	    "attribute",
	    "opentag",
	    "closetag",
	    "cdata",
	    "error",
	    "end",
	    "ready",
	];
	const EVENT_NAME_TO_HANDLER_NAME = {
	    xmldecl: "xmldeclHandler",
	    text: "textHandler",
	    processinginstruction: "piHandler",
	    doctype: "doctypeHandler",
	    comment: "commentHandler",
	    opentagstart: "openTagStartHandler",
	    attribute: "attributeHandler",
	    opentag: "openTagHandler",
	    closetag: "closeTagHandler",
	    cdata: "cdataHandler",
	    error: "errorHandler",
	    end: "endHandler",
	    ready: "readyHandler",
	};
	// eslint-disable-next-line @typescript-eslint/ban-types
	class SaxesParser {
	    /**
	     * @param opt The parser options.
	     */
	    constructor(opt) {
	        this.opt = opt !== null && opt !== void 0 ? opt : {};
	        this.fragmentOpt = !!this.opt.fragment;
	        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
	        this.trackPosition = this.opt.position !== false;
	        this.fileName = this.opt.fileName;
	        if (xmlnsOpt) {
	            // This is the function we use to perform name checks on PIs and entities.
	            // When namespaces are used, colons are not allowed in PI target names or
	            // entity names. So the check depends on whether namespaces are used. See:
	            //
	            // https://www.w3.org/XML/xml-names-19990114-errata.html
	            // NE08
	            //
	            this.nameStartCheck = isNCNameStartChar;
	            this.nameCheck = isNCNameChar;
	            this.isName = isNCName;
	            // eslint-disable-next-line @typescript-eslint/unbound-method
	            this.processAttribs = this.processAttribsNS;
	            // eslint-disable-next-line @typescript-eslint/unbound-method
	            this.pushAttrib = this.pushAttribNS;
	            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
	            this.ns = Object.assign({ __proto__: null }, rootNS);
	            const additional = this.opt.additionalNamespaces;
	            if (additional != null) {
	                nsMappingCheck(this, additional);
	                Object.assign(this.ns, additional);
	            }
	        }
	        else {
	            this.nameStartCheck = isNameStartChar;
	            this.nameCheck = isNameChar;
	            this.isName = isName;
	            // eslint-disable-next-line @typescript-eslint/unbound-method
	            this.processAttribs = this.processAttribsPlain;
	            // eslint-disable-next-line @typescript-eslint/unbound-method
	            this.pushAttrib = this.pushAttribPlain;
	        }
	        //
	        // The order of the members in this table needs to correspond to the state
	        // numbers given to the states that correspond to the methods being recorded
	        // here.
	        //
	        this.stateTable = [
	            /* eslint-disable @typescript-eslint/unbound-method */
	            this.sBegin,
	            this.sBeginWhitespace,
	            this.sDoctype,
	            this.sDoctypeQuote,
	            this.sDTD,
	            this.sDTDQuoted,
	            this.sDTDOpenWaka,
	            this.sDTDOpenWakaBang,
	            this.sDTDComment,
	            this.sDTDCommentEnding,
	            this.sDTDCommentEnded,
	            this.sDTDPI,
	            this.sDTDPIEnding,
	            this.sText,
	            this.sEntity,
	            this.sOpenWaka,
	            this.sOpenWakaBang,
	            this.sComment,
	            this.sCommentEnding,
	            this.sCommentEnded,
	            this.sCData,
	            this.sCDataEnding,
	            this.sCDataEnding2,
	            this.sPIFirstChar,
	            this.sPIRest,
	            this.sPIBody,
	            this.sPIEnding,
	            this.sXMLDeclNameStart,
	            this.sXMLDeclName,
	            this.sXMLDeclEq,
	            this.sXMLDeclValueStart,
	            this.sXMLDeclValue,
	            this.sXMLDeclSeparator,
	            this.sXMLDeclEnding,
	            this.sOpenTag,
	            this.sOpenTagSlash,
	            this.sAttrib,
	            this.sAttribName,
	            this.sAttribNameSawWhite,
	            this.sAttribValue,
	            this.sAttribValueQuoted,
	            this.sAttribValueClosed,
	            this.sAttribValueUnquoted,
	            this.sCloseTag,
	            this.sCloseTagSawWhite,
	            /* eslint-enable @typescript-eslint/unbound-method */
	        ];
	        this._init();
	    }
	    /**
	     * Indicates whether or not the parser is closed. If ``true``, wait for
	     * the ``ready`` event to write again.
	     */
	    get closed() {
	        return this._closed;
	    }
	    _init() {
	        var _a;
	        this.openWakaBang = "";
	        this.text = "";
	        this.name = "";
	        this.piTarget = "";
	        this.entity = "";
	        this.q = null;
	        this.tags = [];
	        this.tag = null;
	        this.topNS = null;
	        this.chunk = "";
	        this.chunkPosition = 0;
	        this.i = 0;
	        this.prevI = 0;
	        this.carriedFromPrevious = undefined;
	        this.forbiddenState = FORBIDDEN_START;
	        this.attribList = [];
	        // The logic is organized so as to minimize the need to check
	        // this.opt.fragment while parsing.
	        const { fragmentOpt } = this;
	        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
	        // We want these to be all true if we are dealing with a fragment.
	        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot =
	            this.sawRoot = fragmentOpt;
	        // An XML declaration is intially possible only when parsing whole
	        // documents.
	        this.xmlDeclPossible = !fragmentOpt;
	        this.xmlDeclExpects = ["version"];
	        this.entityReturnState = undefined;
	        let { defaultXMLVersion } = this.opt;
	        if (defaultXMLVersion === undefined) {
	            if (this.opt.forceXMLVersion === true) {
	                throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
	            }
	            defaultXMLVersion = "1.0";
	        }
	        this.setXMLVersion(defaultXMLVersion);
	        this.positionAtNewLine = 0;
	        this.doctype = false;
	        this._closed = false;
	        this.xmlDecl = {
	            version: undefined,
	            encoding: undefined,
	            standalone: undefined,
	        };
	        this.line = 1;
	        this.column = 0;
	        this.ENTITIES = Object.create(XML_ENTITIES);
	        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
	    }
	    /**
	     * The stream position the parser is currently looking at. This field is
	     * zero-based.
	     *
	     * This field is not based on counting Unicode characters but is to be
	     * interpreted as a plain index into a JavaScript string.
	     */
	    get position() {
	        return this.chunkPosition + this.i;
	    }
	    /**
	     * The column number of the next character to be read by the parser.  *
	     * This field is zero-based. (The first column in a line is 0.)
	     *
	     * This field reports the index at which the next character would be in the
	     * line if the line were represented as a JavaScript string.  Note that this
	     * *can* be different to a count based on the number of *Unicode characters*
	     * due to how JavaScript handles astral plane characters.
	     *
	     * See [[column]] for a number that corresponds to a count of Unicode
	     * characters.
	     */
	    get columnIndex() {
	        return this.position - this.positionAtNewLine;
	    }
	    /**
	     * Set an event listener on an event. The parser supports one handler per
	     * event type. If you try to set an event handler over an existing handler,
	     * the old handler is silently overwritten.
	     *
	     * @param name The event to listen to.
	     *
	     * @param handler The handler to set.
	     */
	    on(name, handler) {
	        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
	        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
	    }
	    /**
	     * Unset an event handler.
	     *
	     * @parma name The event to stop listening to.
	     */
	    off(name) {
	        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
	        this[EVENT_NAME_TO_HANDLER_NAME[name]] = undefined;
	    }
	    /**
	     * Make an error object. The error object will have a message that contains
	     * the ``fileName`` option passed at the creation of the parser. If position
	     * tracking was turned on, it will also have line and column number
	     * information.
	     *
	     * @param message The message describing the error to report.
	     *
	     * @returns An error object with a properly formatted message.
	     */
	    makeError(message) {
	        var _a;
	        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
	        if (this.trackPosition) {
	            if (msg.length > 0) {
	                msg += ":";
	            }
	            msg += `${this.line}:${this.column}`;
	        }
	        if (msg.length > 0) {
	            msg += ": ";
	        }
	        return new Error(msg + message);
	    }
	    /**
	     * Report a parsing error. This method is made public so that client code may
	     * check for issues that are outside the scope of this project and can report
	     * errors.
	     *
	     * @param message The error to report.
	     *
	     * @returns this
	     */
	    fail(message) {
	        const err = this.makeError(message);
	        const handler = this.errorHandler;
	        if (handler === undefined) {
	            throw err;
	        }
	        else {
	            handler(err);
	        }
	        return this;
	    }
	    /**
	     * Write a XML data to the parser.
	     *
	     * @param chunk The XML data to write.
	     *
	     * @returns this
	     */
	    // We do need object for the type here. Yes, it often causes problems
	    // but not in this case.
	    write(chunk) {
	        if (this.closed) {
	            return this.fail("cannot write after close; assign an onready handler.");
	        }
	        let end = false;
	        if (chunk === null) {
	            // We cannot return immediately because carriedFromPrevious may need
	            // processing.
	            end = true;
	            chunk = "";
	        }
	        else if (typeof chunk === "object") {
	            chunk = chunk.toString();
	        }
	        // We checked if performing a pre-decomposition of the string into an array
	        // of single complete characters (``Array.from(chunk)``) would be faster
	        // than the current repeated calls to ``charCodeAt``. As of August 2018, it
	        // isn't. (There may be Node-specific code that would perform faster than
	        // ``Array.from`` but don't want to be dependent on Node.)
	        if (this.carriedFromPrevious !== undefined) {
	            // The previous chunk had char we must carry over.
	            chunk = `${this.carriedFromPrevious}${chunk}`;
	            this.carriedFromPrevious = undefined;
	        }
	        let limit = chunk.length;
	        const lastCode = chunk.charCodeAt(limit - 1);
	        if (!end &&
	            // A trailing CR or surrogate must be carried over to the next
	            // chunk.
	            (lastCode === CR || (lastCode >= 0xD800 && lastCode <= 0xDBFF))) {
	            // The chunk ends with a character that must be carried over. We cannot
	            // know how to handle it until we get the next chunk or the end of the
	            // stream. So save it for later.
	            this.carriedFromPrevious = chunk[limit - 1];
	            limit--;
	            chunk = chunk.slice(0, limit);
	        }
	        const { stateTable } = this;
	        this.chunk = chunk;
	        this.i = 0;
	        while (this.i < limit) {
	            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument
	            stateTable[this.state].call(this);
	        }
	        this.chunkPosition += limit;
	        return end ? this.end() : this;
	    }
	    /**
	     * Close the current stream. Perform final well-formedness checks and reset
	     * the parser tstate.
	     *
	     * @returns this
	     */
	    close() {
	        return this.write(null);
	    }
	    /**
	     * Get a single code point out of the current chunk. This updates the current
	     * position if we do position tracking.
	     *
	     * This is the algorithm to use for XML 1.0.
	     *
	     * @returns The character read.
	     */
	    getCode10() {
	        const { chunk, i } = this;
	        this.prevI = i;
	        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
	        // read this.i again, which is a bit faster.
	        this.i = i + 1;
	        if (i >= chunk.length) {
	            return EOC;
	        }
	        // Using charCodeAt and handling the surrogates ourselves is faster
	        // than using codePointAt.
	        const code = chunk.charCodeAt(i);
	        this.column++;
	        if (code < 0xD800) {
	            if (code >= SPACE || code === TAB) {
	                return code;
	            }
	            switch (code) {
	                case NL:
	                    this.line++;
	                    this.column = 0;
	                    this.positionAtNewLine = this.position;
	                    return NL;
	                case CR:
	                    // We may get NaN if we read past the end of the chunk, which is fine.
	                    if (chunk.charCodeAt(i + 1) === NL) {
	                        // A \r\n sequence is converted to \n so we have to skip over the
	                        // next character. We already know it has a size of 1 so ++ is fine
	                        // here.
	                        this.i = i + 2;
	                    }
	                    // Otherwise, a \r is just converted to \n, so we don't have to skip
	                    // ahead.
	                    // In either case, \r becomes \n.
	                    this.line++;
	                    this.column = 0;
	                    this.positionAtNewLine = this.position;
	                    return NL_LIKE;
	                default:
	                    // If we get here, then code < SPACE and it is not NL CR or TAB.
	                    this.fail("disallowed character.");
	                    return code;
	            }
	        }
	        if (code > 0xDBFF) {
	            // This is a specialized version of isChar10 that takes into account
	            // that in this context code > 0xDBFF and code <= 0xFFFF. So it does not
	            // test cases that don't need testing.
	            if (!(code >= 0xE000 && code <= 0xFFFD)) {
	                this.fail("disallowed character.");
	            }
	            return code;
	        }
	        const final = 0x10000 + ((code - 0xD800) * 0x400) +
	            (chunk.charCodeAt(i + 1) - 0xDC00);
	        this.i = i + 2;
	        // This is a specialized version of isChar10 that takes into account that in
	        // this context necessarily final >= 0x10000.
	        if (final > 0x10FFFF) {
	            this.fail("disallowed character.");
	        }
	        return final;
	    }
	    /**
	     * Get a single code point out of the current chunk. This updates the current
	     * position if we do position tracking.
	     *
	     * This is the algorithm to use for XML 1.1.
	     *
	     * @returns {number} The character read.
	     */
	    getCode11() {
	        const { chunk, i } = this;
	        this.prevI = i;
	        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
	        // read this.i again, which is a bit faster.
	        this.i = i + 1;
	        if (i >= chunk.length) {
	            return EOC;
	        }
	        // Using charCodeAt and handling the surrogates ourselves is faster
	        // than using codePointAt.
	        const code = chunk.charCodeAt(i);
	        this.column++;
	        if (code < 0xD800) {
	            if ((code > 0x1F && code < 0x7F) || (code > 0x9F && code !== LS) ||
	                code === TAB) {
	                return code;
	            }
	            switch (code) {
	                case NL: // 0xA
	                    this.line++;
	                    this.column = 0;
	                    this.positionAtNewLine = this.position;
	                    return NL;
	                case CR: { // 0xD
	                    // We may get NaN if we read past the end of the chunk, which is
	                    // fine.
	                    const next = chunk.charCodeAt(i + 1);
	                    if (next === NL || next === NEL) {
	                        // A CR NL or CR NEL sequence is converted to NL so we have to skip
	                        // over the next character. We already know it has a size of 1.
	                        this.i = i + 2;
	                    }
	                    // Otherwise, a CR is just converted to NL, no skip.
	                }
	                /* yes, fall through */
	                case NEL: // 0x85
	                case LS: // Ox2028
	                    this.line++;
	                    this.column = 0;
	                    this.positionAtNewLine = this.position;
	                    return NL_LIKE;
	                default:
	                    this.fail("disallowed character.");
	                    return code;
	            }
	        }
	        if (code > 0xDBFF) {
	            // This is a specialized version of isCharAndNotRestricted that takes into
	            // account that in this context code > 0xDBFF and code <= 0xFFFF. So it
	            // does not test cases that don't need testing.
	            if (!(code >= 0xE000 && code <= 0xFFFD)) {
	                this.fail("disallowed character.");
	            }
	            return code;
	        }
	        const final = 0x10000 + ((code - 0xD800) * 0x400) +
	            (chunk.charCodeAt(i + 1) - 0xDC00);
	        this.i = i + 2;
	        // This is a specialized version of isCharAndNotRestricted that takes into
	        // account that in this context necessarily final >= 0x10000.
	        if (final > 0x10FFFF) {
	            this.fail("disallowed character.");
	        }
	        return final;
	    }
	    /**
	     * Like ``getCode`` but with the return value normalized so that ``NL`` is
	     * returned for ``NL_LIKE``.
	     */
	    getCodeNorm() {
	        const c = this.getCode();
	        return c === NL_LIKE ? NL : c;
	    }
	    unget() {
	        this.i = this.prevI;
	        this.column--;
	    }
	    /**
	     * Capture characters into a buffer until encountering one of a set of
	     * characters.
	     *
	     * @param chars An array of codepoints. Encountering a character in the array
	     * ends the capture. (``chars`` may safely contain ``NL``.)
	     *
	     * @return The character code that made the capture end, or ``EOC`` if we hit
	     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
	     * instead.
	     */
	    captureTo(chars) {
	        let { i: start } = this;
	        const { chunk } = this;
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            const c = this.getCode();
	            const isNLLike = c === NL_LIKE;
	            const final = isNLLike ? NL : c;
	            if (final === EOC || chars.includes(final)) {
	                this.text += chunk.slice(start, this.prevI);
	                return final;
	            }
	            if (isNLLike) {
	                this.text += `${chunk.slice(start, this.prevI)}\n`;
	                start = this.i;
	            }
	        }
	    }
	    /**
	     * Capture characters into a buffer until encountering a character.
	     *
	     * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
	     * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
	     *
	     * @return ``true`` if we ran into the character. Otherwise, we ran into the
	     * end of the current chunk.
	     */
	    captureToChar(char) {
	        let { i: start } = this;
	        const { chunk } = this;
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            let c = this.getCode();
	            switch (c) {
	                case NL_LIKE:
	                    this.text += `${chunk.slice(start, this.prevI)}\n`;
	                    start = this.i;
	                    c = NL;
	                    break;
	                case EOC:
	                    this.text += chunk.slice(start);
	                    return false;
	            }
	            if (c === char) {
	                this.text += chunk.slice(start, this.prevI);
	                return true;
	            }
	        }
	    }
	    /**
	     * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
	     * this parser.
	     *
	     * @return The character code that made the test fail, or ``EOC`` if we hit
	     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
	     * instead.
	     */
	    captureNameChars() {
	        const { chunk, i: start } = this;
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            const c = this.getCode();
	            if (c === EOC) {
	                this.name += chunk.slice(start);
	                return EOC;
	            }
	            // NL is not a name char so we don't have to test specifically for it.
	            if (!isNameChar(c)) {
	                this.name += chunk.slice(start, this.prevI);
	                return c === NL_LIKE ? NL : c;
	            }
	        }
	    }
	    /**
	     * Skip white spaces.
	     *
	     * @return The character that ended the skip, or ``EOC`` if we hit
	     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
	     * instead.
	     */
	    skipSpaces() {
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            const c = this.getCodeNorm();
	            if (c === EOC || !isS(c)) {
	                return c;
	            }
	        }
	    }
	    setXMLVersion(version) {
	        this.currentXMLVersion = version;
	        /*  eslint-disable @typescript-eslint/unbound-method */
	        if (version === "1.0") {
	            this.isChar = isChar10;
	            this.getCode = this.getCode10;
	        }
	        else {
	            this.isChar = isChar11;
	            this.getCode = this.getCode11;
	        }
	        /* eslint-enable @typescript-eslint/unbound-method */
	    }
	    // STATE ENGINE METHODS
	    // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
	    // to be sure never to come back to this state later.
	    sBegin() {
	        // We are essentially peeking at the first character of the chunk. Since
	        // S_BEGIN can be in effect only when we start working on the first chunk,
	        // the index at which we must look is necessarily 0. Note also that the
	        // following test does not depend on decoding surrogates.
	        // If the initial character is 0xFEFF, ignore it.
	        if (this.chunk.charCodeAt(0) === 0xFEFF) {
	            this.i++;
	            this.column++;
	        }
	        this.state = S_BEGIN_WHITESPACE;
	    }
	    sBeginWhitespace() {
	        // We need to know whether we've encountered spaces or not because as soon
	        // as we run into a space, an XML declaration is no longer possible. Rather
	        // than slow down skipSpaces even in places where we don't care whether it
	        // skipped anything or not, we check whether prevI is equal to the value of
	        // i from before we skip spaces.
	        const iBefore = this.i;
	        const c = this.skipSpaces();
	        if (this.prevI !== iBefore) {
	            this.xmlDeclPossible = false;
	        }
	        switch (c) {
	            case LESS:
	                this.state = S_OPEN_WAKA;
	                // We could naively call closeText but in this state, it is not normal
	                // to have text be filled with any data.
	                if (this.text.length !== 0) {
	                    throw new Error("no-empty text at start");
	                }
	                break;
	            case EOC:
	                break;
	            default:
	                this.unget();
	                this.state = S_TEXT;
	                this.xmlDeclPossible = false;
	        }
	    }
	    sDoctype() {
	        var _a;
	        const c = this.captureTo(DOCTYPE_TERMINATOR);
	        switch (c) {
	            case GREATER: {
	                (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
	                this.text = "";
	                this.state = S_TEXT;
	                this.doctype = true; // just remember that we saw it.
	                break;
	            }
	            case EOC:
	                break;
	            default:
	                this.text += String.fromCodePoint(c);
	                if (c === OPEN_BRACKET) {
	                    this.state = S_DTD;
	                }
	                else if (isQuote(c)) {
	                    this.state = S_DOCTYPE_QUOTE;
	                    this.q = c;
	                }
	        }
	    }
	    sDoctypeQuote() {
	        const q = this.q;
	        if (this.captureToChar(q)) {
	            this.text += String.fromCodePoint(q);
	            this.q = null;
	            this.state = S_DOCTYPE;
	        }
	    }
	    sDTD() {
	        const c = this.captureTo(DTD_TERMINATOR);
	        if (c === EOC) {
	            return;
	        }
	        this.text += String.fromCodePoint(c);
	        if (c === CLOSE_BRACKET) {
	            this.state = S_DOCTYPE;
	        }
	        else if (c === LESS) {
	            this.state = S_DTD_OPEN_WAKA;
	        }
	        else if (isQuote(c)) {
	            this.state = S_DTD_QUOTED;
	            this.q = c;
	        }
	    }
	    sDTDQuoted() {
	        const q = this.q;
	        if (this.captureToChar(q)) {
	            this.text += String.fromCodePoint(q);
	            this.state = S_DTD;
	            this.q = null;
	        }
	    }
	    sDTDOpenWaka() {
	        const c = this.getCodeNorm();
	        this.text += String.fromCodePoint(c);
	        switch (c) {
	            case BANG:
	                this.state = S_DTD_OPEN_WAKA_BANG;
	                this.openWakaBang = "";
	                break;
	            case QUESTION:
	                this.state = S_DTD_PI;
	                break;
	            default:
	                this.state = S_DTD;
	        }
	    }
	    sDTDOpenWakaBang() {
	        const char = String.fromCodePoint(this.getCodeNorm());
	        const owb = this.openWakaBang += char;
	        this.text += char;
	        if (owb !== "-") {
	            this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
	            this.openWakaBang = "";
	        }
	    }
	    sDTDComment() {
	        if (this.captureToChar(MINUS)) {
	            this.text += "-";
	            this.state = S_DTD_COMMENT_ENDING;
	        }
	    }
	    sDTDCommentEnding() {
	        const c = this.getCodeNorm();
	        this.text += String.fromCodePoint(c);
	        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
	    }
	    sDTDCommentEnded() {
	        const c = this.getCodeNorm();
	        this.text += String.fromCodePoint(c);
	        if (c === GREATER) {
	            this.state = S_DTD;
	        }
	        else {
	            this.fail("malformed comment.");
	            // <!-- blah -- bloo --> will be recorded as
	            // a comment of " blah -- bloo "
	            this.state = S_DTD_COMMENT;
	        }
	    }
	    sDTDPI() {
	        if (this.captureToChar(QUESTION)) {
	            this.text += "?";
	            this.state = S_DTD_PI_ENDING;
	        }
	    }
	    sDTDPIEnding() {
	        const c = this.getCodeNorm();
	        this.text += String.fromCodePoint(c);
	        if (c === GREATER) {
	            this.state = S_DTD;
	        }
	    }
	    sText() {
	        //
	        // We did try a version of saxes where the S_TEXT state was split in two
	        // states: one for text inside the root element, and one for text
	        // outside. This was avoiding having to test this.tags.length to decide
	        // what implementation to actually use.
	        //
	        // Peformance testing on gigabyte-size files did not show any advantage to
	        // using the two states solution instead of the current one. Conversely, it
	        // made the code a bit more complicated elsewhere. For instance, a comment
	        // can appear before the root element so when a comment ended it was
	        // necessary to determine whether to return to the S_TEXT state or to the
	        // new text-outside-root state.
	        //
	        if (this.tags.length !== 0) {
	            this.handleTextInRoot();
	        }
	        else {
	            this.handleTextOutsideRoot();
	        }
	    }
	    sEntity() {
	        // This is essentially a specialized version of captureToChar(SEMICOLON...)
	        let { i: start } = this;
	        const { chunk } = this;
	        // eslint-disable-next-line no-labels, no-restricted-syntax
	        loop: 
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            switch (this.getCode()) {
	                case NL_LIKE:
	                    this.entity += `${chunk.slice(start, this.prevI)}\n`;
	                    start = this.i;
	                    break;
	                case SEMICOLON: {
	                    const { entityReturnState } = this;
	                    const entity = this.entity + chunk.slice(start, this.prevI);
	                    this.state = entityReturnState;
	                    let parsed;
	                    if (entity === "") {
	                        this.fail("empty entity name.");
	                        parsed = "&;";
	                    }
	                    else {
	                        parsed = this.parseEntity(entity);
	                        this.entity = "";
	                    }
	                    if (entityReturnState !== S_TEXT || this.textHandler !== undefined) {
	                        this.text += parsed;
	                    }
	                    // eslint-disable-next-line no-labels
	                    break loop;
	                }
	                case EOC:
	                    this.entity += chunk.slice(start);
	                    // eslint-disable-next-line no-labels
	                    break loop;
	            }
	        }
	    }
	    sOpenWaka() {
	        // Reminder: a state handler is called with at least one character
	        // available in the current chunk. So the first call to get code inside of
	        // a state handler cannot return ``EOC``. That's why we don't test
	        // for it.
	        const c = this.getCode();
	        // either a /, ?, !, or text is coming next.
	        if (isNameStartChar(c)) {
	            this.state = S_OPEN_TAG;
	            this.unget();
	            this.xmlDeclPossible = false;
	        }
	        else {
	            switch (c) {
	                case FORWARD_SLASH:
	                    this.state = S_CLOSE_TAG;
	                    this.xmlDeclPossible = false;
	                    break;
	                case BANG:
	                    this.state = S_OPEN_WAKA_BANG;
	                    this.openWakaBang = "";
	                    this.xmlDeclPossible = false;
	                    break;
	                case QUESTION:
	                    this.state = S_PI_FIRST_CHAR;
	                    break;
	                default:
	                    this.fail("disallowed character in tag name");
	                    this.state = S_TEXT;
	                    this.xmlDeclPossible = false;
	            }
	        }
	    }
	    sOpenWakaBang() {
	        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
	        switch (this.openWakaBang) {
	            case "[CDATA[":
	                if (!this.sawRoot && !this.reportedTextBeforeRoot) {
	                    this.fail("text data outside of root node.");
	                    this.reportedTextBeforeRoot = true;
	                }
	                if (this.closedRoot && !this.reportedTextAfterRoot) {
	                    this.fail("text data outside of root node.");
	                    this.reportedTextAfterRoot = true;
	                }
	                this.state = S_CDATA;
	                this.openWakaBang = "";
	                break;
	            case "--":
	                this.state = S_COMMENT;
	                this.openWakaBang = "";
	                break;
	            case "DOCTYPE":
	                this.state = S_DOCTYPE;
	                if (this.doctype || this.sawRoot) {
	                    this.fail("inappropriately located doctype declaration.");
	                }
	                this.openWakaBang = "";
	                break;
	            default:
	                // 7 happens to be the maximum length of the string that can possibly
	                // match one of the cases above.
	                if (this.openWakaBang.length >= 7) {
	                    this.fail("incorrect syntax.");
	                }
	        }
	    }
	    sComment() {
	        if (this.captureToChar(MINUS)) {
	            this.state = S_COMMENT_ENDING;
	        }
	    }
	    sCommentEnding() {
	        var _a;
	        const c = this.getCodeNorm();
	        if (c === MINUS) {
	            this.state = S_COMMENT_ENDED;
	            (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
	            this.text = "";
	        }
	        else {
	            this.text += `-${String.fromCodePoint(c)}`;
	            this.state = S_COMMENT;
	        }
	    }
	    sCommentEnded() {
	        const c = this.getCodeNorm();
	        if (c !== GREATER) {
	            this.fail("malformed comment.");
	            // <!-- blah -- bloo --> will be recorded as
	            // a comment of " blah -- bloo "
	            this.text += `--${String.fromCodePoint(c)}`;
	            this.state = S_COMMENT;
	        }
	        else {
	            this.state = S_TEXT;
	        }
	    }
	    sCData() {
	        if (this.captureToChar(CLOSE_BRACKET)) {
	            this.state = S_CDATA_ENDING;
	        }
	    }
	    sCDataEnding() {
	        const c = this.getCodeNorm();
	        if (c === CLOSE_BRACKET) {
	            this.state = S_CDATA_ENDING_2;
	        }
	        else {
	            this.text += `]${String.fromCodePoint(c)}`;
	            this.state = S_CDATA;
	        }
	    }
	    sCDataEnding2() {
	        var _a;
	        const c = this.getCodeNorm();
	        switch (c) {
	            case GREATER: {
	                (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
	                this.text = "";
	                this.state = S_TEXT;
	                break;
	            }
	            case CLOSE_BRACKET:
	                this.text += "]";
	                break;
	            default:
	                this.text += `]]${String.fromCodePoint(c)}`;
	                this.state = S_CDATA;
	        }
	    }
	    // We need this separate state to check the first character fo the pi target
	    // with this.nameStartCheck which allows less characters than this.nameCheck.
	    sPIFirstChar() {
	        const c = this.getCodeNorm();
	        // This is first because in the case where the file is well-formed this is
	        // the branch taken. We optimize for well-formedness.
	        if (this.nameStartCheck(c)) {
	            this.piTarget += String.fromCodePoint(c);
	            this.state = S_PI_REST;
	        }
	        else if (c === QUESTION || isS(c)) {
	            this.fail("processing instruction without a target.");
	            this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
	        }
	        else {
	            this.fail("disallowed character in processing instruction name.");
	            this.piTarget += String.fromCodePoint(c);
	            this.state = S_PI_REST;
	        }
	    }
	    sPIRest() {
	        // Capture characters into a piTarget while ``this.nameCheck`` run on the
	        // character read returns true.
	        const { chunk, i: start } = this;
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            const c = this.getCodeNorm();
	            if (c === EOC) {
	                this.piTarget += chunk.slice(start);
	                return;
	            }
	            // NL cannot satisfy this.nameCheck so we don't have to test specifically
	            // for it.
	            if (!this.nameCheck(c)) {
	                this.piTarget += chunk.slice(start, this.prevI);
	                const isQuestion = c === QUESTION;
	                if (isQuestion || isS(c)) {
	                    if (this.piTarget === "xml") {
	                        if (!this.xmlDeclPossible) {
	                            this.fail("an XML declaration must be at the start of the document.");
	                        }
	                        this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
	                    }
	                    else {
	                        this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
	                    }
	                }
	                else {
	                    this.fail("disallowed character in processing instruction name.");
	                    this.piTarget += String.fromCodePoint(c);
	                }
	                break;
	            }
	        }
	    }
	    sPIBody() {
	        if (this.text.length === 0) {
	            const c = this.getCodeNorm();
	            if (c === QUESTION) {
	                this.state = S_PI_ENDING;
	            }
	            else if (!isS(c)) {
	                this.text = String.fromCodePoint(c);
	            }
	        }
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        else if (this.captureToChar(QUESTION)) {
	            this.state = S_PI_ENDING;
	        }
	    }
	    sPIEnding() {
	        var _a;
	        const c = this.getCodeNorm();
	        if (c === GREATER) {
	            const { piTarget } = this;
	            if (piTarget.toLowerCase() === "xml") {
	                this.fail("the XML declaration must appear at the start of the document.");
	            }
	            (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
	                target: piTarget,
	                body: this.text,
	            });
	            this.piTarget = this.text = "";
	            this.state = S_TEXT;
	        }
	        else if (c === QUESTION) {
	            // We ran into ?? as part of a processing instruction. We initially took
	            // the first ? as a sign that the PI was ending, but it is not. So we have
	            // to add it to the body but we take the new ? as a sign that the PI is
	            // ending.
	            this.text += "?";
	        }
	        else {
	            this.text += `?${String.fromCodePoint(c)}`;
	            this.state = S_PI_BODY;
	        }
	        this.xmlDeclPossible = false;
	    }
	    sXMLDeclNameStart() {
	        const c = this.skipSpaces();
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            // It is valid to go to S_XML_DECL_ENDING from this state.
	            this.state = S_XML_DECL_ENDING;
	            return;
	        }
	        if (c !== EOC) {
	            this.state = S_XML_DECL_NAME;
	            this.name = String.fromCodePoint(c);
	        }
	    }
	    sXMLDeclName() {
	        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            this.state = S_XML_DECL_ENDING;
	            this.name += this.text;
	            this.text = "";
	            this.fail("XML declaration is incomplete.");
	            return;
	        }
	        if (!(isS(c) || c === EQUAL)) {
	            return;
	        }
	        this.name += this.text;
	        this.text = "";
	        if (!this.xmlDeclExpects.includes(this.name)) {
	            switch (this.name.length) {
	                case 0:
	                    this.fail("did not expect any more name/value pairs.");
	                    break;
	                case 1:
	                    this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
	                    break;
	                default:
	                    this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
	            }
	        }
	        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
	    }
	    sXMLDeclEq() {
	        const c = this.getCodeNorm();
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            this.state = S_XML_DECL_ENDING;
	            this.fail("XML declaration is incomplete.");
	            return;
	        }
	        if (isS(c)) {
	            return;
	        }
	        if (c !== EQUAL) {
	            this.fail("value required.");
	        }
	        this.state = S_XML_DECL_VALUE_START;
	    }
	    sXMLDeclValueStart() {
	        const c = this.getCodeNorm();
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            this.state = S_XML_DECL_ENDING;
	            this.fail("XML declaration is incomplete.");
	            return;
	        }
	        if (isS(c)) {
	            return;
	        }
	        if (!isQuote(c)) {
	            this.fail("value must be quoted.");
	            this.q = SPACE;
	        }
	        else {
	            this.q = c;
	        }
	        this.state = S_XML_DECL_VALUE;
	    }
	    sXMLDeclValue() {
	        const c = this.captureTo([this.q, QUESTION]);
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            this.state = S_XML_DECL_ENDING;
	            this.text = "";
	            this.fail("XML declaration is incomplete.");
	            return;
	        }
	        if (c === EOC) {
	            return;
	        }
	        const value = this.text;
	        this.text = "";
	        switch (this.name) {
	            case "version": {
	                this.xmlDeclExpects = ["encoding", "standalone"];
	                const version = value;
	                this.xmlDecl.version = version;
	                // This is the test specified by XML 1.0 but it is fine for XML 1.1.
	                if (!/^1\.[0-9]+$/.test(version)) {
	                    this.fail("version number must match /^1\\.[0-9]+$/.");
	                }
	                // When forceXMLVersion is set, the XML declaration is ignored.
	                else if (!this.opt.forceXMLVersion) {
	                    this.setXMLVersion(version);
	                }
	                break;
	            }
	            case "encoding":
	                if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
	                    this.fail("encoding value must match \
	/^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
	                }
	                this.xmlDeclExpects = ["standalone"];
	                this.xmlDecl.encoding = value;
	                break;
	            case "standalone":
	                if (value !== "yes" && value !== "no") {
	                    this.fail("standalone value must match \"yes\" or \"no\".");
	                }
	                this.xmlDeclExpects = [];
	                this.xmlDecl.standalone = value;
	                break;
	            // We don't need to raise an error here since we've already raised one
	            // when checking what name was expected.
	        }
	        this.name = "";
	        this.state = S_XML_DECL_SEPARATOR;
	    }
	    sXMLDeclSeparator() {
	        const c = this.getCodeNorm();
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            // It is valid to go to S_XML_DECL_ENDING from this state.
	            this.state = S_XML_DECL_ENDING;
	            return;
	        }
	        if (!isS(c)) {
	            this.fail("whitespace required.");
	            this.unget();
	        }
	        this.state = S_XML_DECL_NAME_START;
	    }
	    sXMLDeclEnding() {
	        var _a;
	        const c = this.getCodeNorm();
	        if (c === GREATER) {
	            if (this.piTarget !== "xml") {
	                this.fail("processing instructions are not allowed before root.");
	            }
	            else if (this.name !== "version" &&
	                this.xmlDeclExpects.includes("version")) {
	                this.fail("XML declaration must contain a version.");
	            }
	            (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
	            this.name = "";
	            this.piTarget = this.text = "";
	            this.state = S_TEXT;
	        }
	        else {
	            // We got here because the previous character was a ?, but the question
	            // mark character is not valid inside any of the XML declaration
	            // name/value pairs.
	            this.fail("The character ? is disallowed anywhere in XML declarations.");
	        }
	        this.xmlDeclPossible = false;
	    }
	    sOpenTag() {
	        var _a;
	        const c = this.captureNameChars();
	        if (c === EOC) {
	            return;
	        }
	        const tag = this.tag = {
	            name: this.name,
	            attributes: Object.create(null),
	        };
	        this.name = "";
	        if (this.xmlnsOpt) {
	            this.topNS = tag.ns = Object.create(null);
	        }
	        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
	        this.sawRoot = true;
	        if (!this.fragmentOpt && this.closedRoot) {
	            this.fail("documents may contain only one root.");
	        }
	        switch (c) {
	            case GREATER:
	                this.openTag();
	                break;
	            case FORWARD_SLASH:
	                this.state = S_OPEN_TAG_SLASH;
	                break;
	            default:
	                if (!isS(c)) {
	                    this.fail("disallowed character in tag name.");
	                }
	                this.state = S_ATTRIB;
	        }
	    }
	    sOpenTagSlash() {
	        if (this.getCode() === GREATER) {
	            this.openSelfClosingTag();
	        }
	        else {
	            this.fail("forward-slash in opening tag not followed by >.");
	            this.state = S_ATTRIB;
	        }
	    }
	    sAttrib() {
	        const c = this.skipSpaces();
	        if (c === EOC) {
	            return;
	        }
	        if (isNameStartChar(c)) {
	            this.unget();
	            this.state = S_ATTRIB_NAME;
	        }
	        else if (c === GREATER) {
	            this.openTag();
	        }
	        else if (c === FORWARD_SLASH) {
	            this.state = S_OPEN_TAG_SLASH;
	        }
	        else {
	            this.fail("disallowed character in attribute name.");
	        }
	    }
	    sAttribName() {
	        const c = this.captureNameChars();
	        if (c === EQUAL) {
	            this.state = S_ATTRIB_VALUE;
	        }
	        else if (isS(c)) {
	            this.state = S_ATTRIB_NAME_SAW_WHITE;
	        }
	        else if (c === GREATER) {
	            this.fail("attribute without value.");
	            this.pushAttrib(this.name, this.name);
	            this.name = this.text = "";
	            this.openTag();
	        }
	        else if (c !== EOC) {
	            this.fail("disallowed character in attribute name.");
	        }
	    }
	    sAttribNameSawWhite() {
	        const c = this.skipSpaces();
	        switch (c) {
	            case EOC:
	                return;
	            case EQUAL:
	                this.state = S_ATTRIB_VALUE;
	                break;
	            default:
	                this.fail("attribute without value.");
	                // Should we do this???
	                // this.tag.attributes[this.name] = "";
	                this.text = "";
	                this.name = "";
	                if (c === GREATER) {
	                    this.openTag();
	                }
	                else if (isNameStartChar(c)) {
	                    this.unget();
	                    this.state = S_ATTRIB_NAME;
	                }
	                else {
	                    this.fail("disallowed character in attribute name.");
	                    this.state = S_ATTRIB;
	                }
	        }
	    }
	    sAttribValue() {
	        const c = this.getCodeNorm();
	        if (isQuote(c)) {
	            this.q = c;
	            this.state = S_ATTRIB_VALUE_QUOTED;
	        }
	        else if (!isS(c)) {
	            this.fail("unquoted attribute value.");
	            this.state = S_ATTRIB_VALUE_UNQUOTED;
	            this.unget();
	        }
	    }
	    sAttribValueQuoted() {
	        // We deliberately do not use captureTo here. The specialized code we use
	        // here is faster than using captureTo.
	        const { q, chunk } = this;
	        let { i: start } = this;
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            switch (this.getCode()) {
	                case q:
	                    this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
	                    this.name = this.text = "";
	                    this.q = null;
	                    this.state = S_ATTRIB_VALUE_CLOSED;
	                    return;
	                case AMP:
	                    this.text += chunk.slice(start, this.prevI);
	                    this.state = S_ENTITY;
	                    this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
	                    return;
	                case NL:
	                case NL_LIKE:
	                case TAB:
	                    this.text += `${chunk.slice(start, this.prevI)} `;
	                    start = this.i;
	                    break;
	                case LESS:
	                    this.text += chunk.slice(start, this.prevI);
	                    this.fail("disallowed character.");
	                    return;
	                case EOC:
	                    this.text += chunk.slice(start);
	                    return;
	            }
	        }
	    }
	    sAttribValueClosed() {
	        const c = this.getCodeNorm();
	        if (isS(c)) {
	            this.state = S_ATTRIB;
	        }
	        else if (c === GREATER) {
	            this.openTag();
	        }
	        else if (c === FORWARD_SLASH) {
	            this.state = S_OPEN_TAG_SLASH;
	        }
	        else if (isNameStartChar(c)) {
	            this.fail("no whitespace between attributes.");
	            this.unget();
	            this.state = S_ATTRIB_NAME;
	        }
	        else {
	            this.fail("disallowed character in attribute name.");
	        }
	    }
	    sAttribValueUnquoted() {
	        // We don't do anything regarding EOL or space handling for unquoted
	        // attributes. We already have failed by the time we get here, and the
	        // contract that saxes upholds states that upon failure, it is not safe to
	        // rely on the data passed to event handlers (other than
	        // ``onerror``). Passing "bad" data is not a problem.
	        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
	        switch (c) {
	            case AMP:
	                this.state = S_ENTITY;
	                this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
	                break;
	            case LESS:
	                this.fail("disallowed character.");
	                break;
	            case EOC:
	                break;
	            default:
	                if (this.text.includes("]]>")) {
	                    this.fail("the string \"]]>\" is disallowed in char data.");
	                }
	                this.pushAttrib(this.name, this.text);
	                this.name = this.text = "";
	                if (c === GREATER) {
	                    this.openTag();
	                }
	                else {
	                    this.state = S_ATTRIB;
	                }
	        }
	    }
	    sCloseTag() {
	        const c = this.captureNameChars();
	        if (c === GREATER) {
	            this.closeTag();
	        }
	        else if (isS(c)) {
	            this.state = S_CLOSE_TAG_SAW_WHITE;
	        }
	        else if (c !== EOC) {
	            this.fail("disallowed character in closing tag.");
	        }
	    }
	    sCloseTagSawWhite() {
	        switch (this.skipSpaces()) {
	            case GREATER:
	                this.closeTag();
	                break;
	            case EOC:
	                break;
	            default:
	                this.fail("disallowed character in closing tag.");
	        }
	    }
	    // END OF STATE ENGINE METHODS
	    handleTextInRoot() {
	        // This is essentially a specialized version of captureTo which is optimized
	        // for performing the ]]> check. A previous version of this code, checked
	        // ``this.text`` for the presence of ]]>. It simplified the code but was
	        // very costly when character data contained a lot of entities to be parsed.
	        //
	        // Since we are using a specialized loop, we also keep track of the presence
	        // of ]]> in text data. The sequence ]]> is forbidden to appear as-is.
	        //
	        let { i: start, forbiddenState } = this;
	        const { chunk, textHandler: handler } = this;
	        // eslint-disable-next-line no-labels, no-restricted-syntax
	        scanLoop: 
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            switch (this.getCode()) {
	                case LESS: {
	                    this.state = S_OPEN_WAKA;
	                    if (handler !== undefined) {
	                        const { text } = this;
	                        const slice = chunk.slice(start, this.prevI);
	                        if (text.length !== 0) {
	                            handler(text + slice);
	                            this.text = "";
	                        }
	                        else if (slice.length !== 0) {
	                            handler(slice);
	                        }
	                    }
	                    forbiddenState = FORBIDDEN_START;
	                    // eslint-disable-next-line no-labels
	                    break scanLoop;
	                }
	                case AMP:
	                    this.state = S_ENTITY;
	                    this.entityReturnState = S_TEXT;
	                    if (handler !== undefined) {
	                        this.text += chunk.slice(start, this.prevI);
	                    }
	                    forbiddenState = FORBIDDEN_START;
	                    // eslint-disable-next-line no-labels
	                    break scanLoop;
	                case CLOSE_BRACKET:
	                    switch (forbiddenState) {
	                        case FORBIDDEN_START:
	                            forbiddenState = FORBIDDEN_BRACKET;
	                            break;
	                        case FORBIDDEN_BRACKET:
	                            forbiddenState = FORBIDDEN_BRACKET_BRACKET;
	                            break;
	                        case FORBIDDEN_BRACKET_BRACKET:
	                            break;
	                        default:
	                            throw new Error("impossible state");
	                    }
	                    break;
	                case GREATER:
	                    if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
	                        this.fail("the string \"]]>\" is disallowed in char data.");
	                    }
	                    forbiddenState = FORBIDDEN_START;
	                    break;
	                case NL_LIKE:
	                    if (handler !== undefined) {
	                        this.text += `${chunk.slice(start, this.prevI)}\n`;
	                    }
	                    start = this.i;
	                    forbiddenState = FORBIDDEN_START;
	                    break;
	                case EOC:
	                    if (handler !== undefined) {
	                        this.text += chunk.slice(start);
	                    }
	                    // eslint-disable-next-line no-labels
	                    break scanLoop;
	                default:
	                    forbiddenState = FORBIDDEN_START;
	            }
	        }
	        this.forbiddenState = forbiddenState;
	    }
	    handleTextOutsideRoot() {
	        // This is essentially a specialized version of captureTo which is optimized
	        // for a specialized task. We keep track of the presence of non-space
	        // characters in the text since these are errors when appearing outside the
	        // document root element.
	        let { i: start } = this;
	        const { chunk, textHandler: handler } = this;
	        let nonSpace = false;
	        // eslint-disable-next-line no-labels, no-restricted-syntax
	        outRootLoop: 
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            const code = this.getCode();
	            switch (code) {
	                case LESS: {
	                    this.state = S_OPEN_WAKA;
	                    if (handler !== undefined) {
	                        const { text } = this;
	                        const slice = chunk.slice(start, this.prevI);
	                        if (text.length !== 0) {
	                            handler(text + slice);
	                            this.text = "";
	                        }
	                        else if (slice.length !== 0) {
	                            handler(slice);
	                        }
	                    }
	                    // eslint-disable-next-line no-labels
	                    break outRootLoop;
	                }
	                case AMP:
	                    this.state = S_ENTITY;
	                    this.entityReturnState = S_TEXT;
	                    if (handler !== undefined) {
	                        this.text += chunk.slice(start, this.prevI);
	                    }
	                    nonSpace = true;
	                    // eslint-disable-next-line no-labels
	                    break outRootLoop;
	                case NL_LIKE:
	                    if (handler !== undefined) {
	                        this.text += `${chunk.slice(start, this.prevI)}\n`;
	                    }
	                    start = this.i;
	                    break;
	                case EOC:
	                    if (handler !== undefined) {
	                        this.text += chunk.slice(start);
	                    }
	                    // eslint-disable-next-line no-labels
	                    break outRootLoop;
	                default:
	                    if (!isS(code)) {
	                        nonSpace = true;
	                    }
	            }
	        }
	        if (!nonSpace) {
	            return;
	        }
	        // We use the reportedTextBeforeRoot and reportedTextAfterRoot flags
	        // to avoid reporting errors for every single character that is out of
	        // place.
	        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
	            this.fail("text data outside of root node.");
	            this.reportedTextBeforeRoot = true;
	        }
	        if (this.closedRoot && !this.reportedTextAfterRoot) {
	            this.fail("text data outside of root node.");
	            this.reportedTextAfterRoot = true;
	        }
	    }
	    pushAttribNS(name, value) {
	        var _a;
	        const { prefix, local } = this.qname(name);
	        const attr = { name, prefix, local, value };
	        this.attribList.push(attr);
	        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
	        if (prefix === "xmlns") {
	            const trimmed = value.trim();
	            if (this.currentXMLVersion === "1.0" && trimmed === "") {
	                this.fail("invalid attempt to undefine prefix in XML 1.0");
	            }
	            this.topNS[local] = trimmed;
	            nsPairCheck(this, local, trimmed);
	        }
	        else if (name === "xmlns") {
	            const trimmed = value.trim();
	            this.topNS[""] = trimmed;
	            nsPairCheck(this, "", trimmed);
	        }
	    }
	    pushAttribPlain(name, value) {
	        var _a;
	        const attr = { name, value };
	        this.attribList.push(attr);
	        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
	    }
	    /**
	     * End parsing. This performs final well-formedness checks and resets the
	     * parser to a clean state.
	     *
	     * @returns this
	     */
	    end() {
	        var _a, _b;
	        if (!this.sawRoot) {
	            this.fail("document must contain a root element.");
	        }
	        const { tags } = this;
	        while (tags.length > 0) {
	            const tag = tags.pop();
	            this.fail(`unclosed tag: ${tag.name}`);
	        }
	        if ((this.state !== S_BEGIN) && (this.state !== S_TEXT)) {
	            this.fail("unexpected end.");
	        }
	        const { text } = this;
	        if (text.length !== 0) {
	            (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
	            this.text = "";
	        }
	        this._closed = true;
	        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
	        this._init();
	        return this;
	    }
	    /**
	     * Resolve a namespace prefix.
	     *
	     * @param prefix The prefix to resolve.
	     *
	     * @returns The namespace URI or ``undefined`` if the prefix is not defined.
	     */
	    resolve(prefix) {
	        var _a, _b;
	        let uri = this.topNS[prefix];
	        if (uri !== undefined) {
	            return uri;
	        }
	        const { tags } = this;
	        for (let index = tags.length - 1; index >= 0; index--) {
	            uri = tags[index].ns[prefix];
	            if (uri !== undefined) {
	                return uri;
	            }
	        }
	        uri = this.ns[prefix];
	        if (uri !== undefined) {
	            return uri;
	        }
	        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
	    }
	    /**
	     * Parse a qname into its prefix and local name parts.
	     *
	     * @param name The name to parse
	     *
	     * @returns
	     */
	    qname(name) {
	        // This is faster than using name.split(":").
	        const colon = name.indexOf(":");
	        if (colon === -1) {
	            return { prefix: "", local: name };
	        }
	        const local = name.slice(colon + 1);
	        const prefix = name.slice(0, colon);
	        if (prefix === "" || local === "" || local.includes(":")) {
	            this.fail(`malformed name: ${name}.`);
	        }
	        return { prefix, local };
	    }
	    processAttribsNS() {
	        var _a;
	        const { attribList } = this;
	        const tag = this.tag;
	        {
	            // add namespace info to tag
	            const { prefix, local } = this.qname(tag.name);
	            tag.prefix = prefix;
	            tag.local = local;
	            const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
	            if (prefix !== "") {
	                if (prefix === "xmlns") {
	                    this.fail("tags may not have \"xmlns\" as prefix.");
	                }
	                if (uri === "") {
	                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
	                    tag.uri = prefix;
	                }
	            }
	        }
	        if (attribList.length === 0) {
	            return;
	        }
	        const { attributes } = tag;
	        const seen = new Set();
	        // Note: do not apply default ns to attributes:
	        //   http://www.w3.org/TR/REC-xml-names/#defaulting
	        for (const attr of attribList) {
	            const { name, prefix, local } = attr;
	            let uri;
	            let eqname;
	            if (prefix === "") {
	                uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
	                eqname = name;
	            }
	            else {
	                uri = this.resolve(prefix);
	                // if there's any attributes with an undefined namespace,
	                // then fail on them now.
	                if (uri === undefined) {
	                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
	                    uri = prefix;
	                }
	                eqname = `{${uri}}${local}`;
	            }
	            if (seen.has(eqname)) {
	                this.fail(`duplicate attribute: ${eqname}.`);
	            }
	            seen.add(eqname);
	            attr.uri = uri;
	            attributes[name] = attr;
	        }
	        this.attribList = [];
	    }
	    processAttribsPlain() {
	        const { attribList } = this;
	        // eslint-disable-next-line prefer-destructuring
	        const attributes = this.tag.attributes;
	        for (const { name, value } of attribList) {
	            if (attributes[name] !== undefined) {
	                this.fail(`duplicate attribute: ${name}.`);
	            }
	            attributes[name] = value;
	        }
	        this.attribList = [];
	    }
	    /**
	     * Handle a complete open tag. This parser code calls this once it has seen
	     * the whole tag. This method checks for well-formeness and then emits
	     * ``onopentag``.
	     */
	    openTag() {
	        var _a;
	        this.processAttribs();
	        const { tags } = this;
	        const tag = this.tag;
	        tag.isSelfClosing = false;
	        // There cannot be any pending text here due to the onopentagstart that was
	        // necessarily emitted before we get here. So we do not check text.
	        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
	        tags.push(tag);
	        this.state = S_TEXT;
	        this.name = "";
	    }
	    /**
	     * Handle a complete self-closing tag. This parser code calls this once it has
	     * seen the whole tag. This method checks for well-formeness and then emits
	     * ``onopentag`` and ``onclosetag``.
	     */
	    openSelfClosingTag() {
	        var _a, _b, _c;
	        this.processAttribs();
	        const { tags } = this;
	        const tag = this.tag;
	        tag.isSelfClosing = true;
	        // There cannot be any pending text here due to the onopentagstart that was
	        // necessarily emitted before we get here. So we do not check text.
	        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
	        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
	        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
	        if (top === null) {
	            this.closedRoot = true;
	        }
	        this.state = S_TEXT;
	        this.name = "";
	    }
	    /**
	     * Handle a complete close tag. This parser code calls this once it has seen
	     * the whole tag. This method checks for well-formeness and then emits
	     * ``onclosetag``.
	     */
	    closeTag() {
	        const { tags, name } = this;
	        // Our state after this will be S_TEXT, no matter what, and we can clear
	        // tagName now.
	        this.state = S_TEXT;
	        this.name = "";
	        if (name === "") {
	            this.fail("weird empty close tag.");
	            this.text += "</>";
	            return;
	        }
	        const handler = this.closeTagHandler;
	        let l = tags.length;
	        while (l-- > 0) {
	            const tag = this.tag = tags.pop();
	            this.topNS = tag.ns;
	            handler === null || handler === void 0 ? void 0 : handler(tag);
	            if (tag.name === name) {
	                break;
	            }
	            this.fail("unexpected close tag.");
	        }
	        if (l === 0) {
	            this.closedRoot = true;
	        }
	        else if (l < 0) {
	            this.fail(`unmatched closing tag: ${name}.`);
	            this.text += `</${name}>`;
	        }
	    }
	    /**
	     * Resolves an entity. Makes any necessary well-formedness checks.
	     *
	     * @param entity The entity to resolve.
	     *
	     * @returns The parsed entity.
	     */
	    parseEntity(entity) {
	        // startsWith would be significantly slower for this test.
	        if (entity[0] !== "#") {
	            const defined = this.ENTITIES[entity];
	            if (defined !== undefined) {
	                return defined;
	            }
	            this.fail(this.isName(entity) ? "undefined entity." :
	                "disallowed character in entity name.");
	            return `&${entity};`;
	        }
	        let num = NaN;
	        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
	            num = parseInt(entity.slice(2), 16);
	        }
	        else if (/^#[0-9]+$/.test(entity)) {
	            num = parseInt(entity.slice(1), 10);
	        }
	        // The character reference is required to match the CHAR production.
	        if (!this.isChar(num)) {
	            this.fail("malformed character entity.");
	            return `&${entity};`;
	        }
	        return String.fromCodePoint(num);
	    }
	}
	saxes.SaxesParser = SaxesParser;
	
	return saxes;
}

var saxesExports = requireSaxes();

/**
 * Streaming XML driver: one saxes pass per file, dispatched on the root
 * element to the format family that reads it. saxes never expands DTD
 * entities (so no XXE, no billion laughs) and is iterative (no stack
 * overflow); we add a depth bound so a hostile file cannot grow our own stacks.
 */
/**
 * `ownString` for text the parser built piece by piece (a concatenation of
 * lines and entities): flattening it is the copy, done once.
 */
function ownText(text) {
    return text.length < 13 ? text : ` ${text}`.slice(1);
}
/**
 * saxes errors that leave the document's structure intact: a character XML
 * does not allow (raw ANSI escapes in captured output, a `<` inside an
 * attribute) and a reference to an entity we never define (every DTD
 * entity, so XXE and billion laughs expand to nothing). Anything else,
 * such as a truncated file or mismatched tags, refuses the file.
 */
const RECOVERABLE = new Set(['disallowed character.', 'undefined entity.']);
/** A file with more recoverable problems than this is refused anyway. */
const MAX_RECOVERED = 1000;
/** saxes prefixes messages with "line:column: " when it tracks positions. */
function splitPosition(message) {
    const match = /^(\d+:\d+: )(.*)$/s.exec(message);
    return match
        ? { where: `line ${match[1].replace(':', ', column ')}`, problem: match[2] }
        : { where: '', problem: message };
}
/**
 * Thrown by a parser that does not track positions at the first
 * well-formedness problem: the caller reads the document again with
 * positions on, so the problem can be reported with its line and column.
 */
class PositionsWanted extends Error {
    constructor() {
        super('a well-formedness problem to locate');
    }
}
/**
 * Feeds chunks of one XML document to the reader chosen by its root element.
 * Tracking line and column costs saxes about a tenth of its time on every
 * character, and only a broken document needs them: without `positions`,
 * the first problem stops the parse (`stopped`), and `finish` throws
 * `PositionsWanted`.
 */
class XmlReportParser {
    sax;
    reader = null;
    depth = 0;
    failure = null;
    /** Well-formedness problems read past (see RECOVERABLE), in order. */
    recovered = [];
    textOn = false;
    constructor(factories, { positions = true } = {}) {
        this.sax = new saxesExports.SaxesParser({ xmlns: false, position: positions });
        this.sax.on('error', (err) => {
            if (!positions)
                throw new PositionsWanted();
            const { where, problem } = splitPosition(err.message);
            if (RECOVERABLE.has(problem)) {
                // saxes goes on after these: the character is kept (dropped inside
                // an attribute), the entity reference stays as literal text. The
                // structure is intact, so every test is still counted.
                this.recovered.push(`${where}${problem.replace(/\.$/, '')}`);
                if (this.recovered.length > MAX_RECOVERED) {
                    throw new ReportError(`not well-formed XML: more than ${MAX_RECOVERED} bad characters or entity references`);
                }
                return;
            }
            throw new ReportError(`not well-formed XML${where ? ` (${where.slice(0, -2)})` : ''}: ${oneLine(problem)}`);
        });
        this.sax.on('doctype', () => {
            // A DOCTYPE is legal; saxes never resolves it. Entities it declares are
            // "undefined" to saxes: their references are kept as literal text.
        });
        this.sax.on('opentag', (tag) => {
            this.depth++;
            if (this.depth > LIMITS.depth) {
                throw new ReportError(`XML nested deeper than ${LIMITS.depth} elements; refused`);
            }
            // Without namespaces, saxes's tag already has this shape (and is
            // fresh for every tag), so it is passed on as it is.
            const element = tag;
            if (this.reader === null) {
                for (const factory of factories) {
                    this.reader = factory(element);
                    if (this.reader)
                        break;
                }
                if (this.reader === null) {
                    throw new NotAReportError(`not a test report: unknown root element <${tag.name.slice(0, 60)}>`);
                }
            }
            this.reader.open(element, this.depth);
            this.syncText();
        });
        this.listenToText(true);
        this.sax.on('closetag', (tag) => {
            this.reader?.close(tag.name, this.depth);
            this.depth--;
            this.syncText();
        });
    }
    onText = (text) => this.reader?.text(text);
    listenToText(on) {
        this.textOn = on;
        if (on) {
            this.sax.on('text', this.onText);
            this.sax.on('cdata', this.onText);
        }
        else {
            this.sax.off('text');
            this.sax.off('cdata');
        }
    }
    /** saxes emits text before the tag that ends it, so this is exact. */
    syncText() {
        if (this.reader?.wantsText === undefined)
            return;
        const wanted = this.reader.wantsText();
        if (wanted !== this.textOn)
            this.listenToText(wanted);
    }
    /** A problem already ended the parse: the rest of the document can be left unread. */
    get stopped() {
        return this.failure !== null;
    }
    write(chunk) {
        if (this.failure)
            return;
        try {
            this.sax.write(chunk);
        }
        catch (err) {
            this.failure = err;
        }
    }
    finish() {
        if (!this.failure) {
            try {
                this.sax.close();
            }
            catch (err) {
                this.failure = err;
            }
        }
        if (this.failure instanceof PositionsWanted)
            throw this.failure;
        if (this.failure) {
            throw this.failure instanceof ReportError
                ? this.failure
                : new ReportError(oneLine(this.failure.message));
        }
        if (this.reader === null)
            throw new ReportError('empty XML document');
        const report = this.reader.finish();
        if (this.recovered.length > 0) {
            report.warnings.unshift(`not well-formed XML, read past ${this.recovered.length} problem${this.recovered.length === 1 ? '' : 's'} (first: ${this.recovered[0]}); the structure is intact and DTD entities are never expanded`);
        }
        return report;
    }
}

/**
 * JUnit XML in all its dialects (pytest, jest-junit, vitest, mocha, Surefire,
 * Gradle, Ant, gotestsum, go-junit-report, nextest, PHPUnit, CTest, Catch2,
 * GoogleTest, Bazel...). The counting rules are in docs/FORMATS.md; in short:
 * one test per <testcase>, error > failure > skipped > passed, Surefire
 * flaky runs that end in a pass are passed and flaky, and the testcases win
 * over the header counts (with a warning).
 */
/** Header warnings kept per report; the rest are summed up in one line. */
const MAX_HEADER_WARNINGS = 20;
/** `status`/`result` attribute values that mean the test did not run. */
const SKIPPED_VALUES = new Set([
    'skipped',
    'skip',
    'disabled',
    'ignored',
    'notrun',
    'not_run',
    'pending'
]);
const FAILED_VALUES = new Set(['fail', 'failed', 'failure']);
const ERROR_VALUES = new Set(['error', 'errored']);
/** Result elements of a testcase and the status each stands for. */
const RESULT_STATUS = new Map([
    ['failure', 'failed'],
    ['error', 'error'],
    ['skipped', 'skipped']
]);
/** Surefire retry elements: a failed run of a test that was run again. */
const FLAKY_RUNS = new Set(['flakyFailure', 'flakyError']);
const RERUNS = new Set(['rerunFailure', 'rerunError']);
/** No testcase open: nothing of a chunk held. */
const NO_ATTRIBUTES = Object.freeze({});
/** The status a `status`/`result` attribute value stands for. */
function statusOfWord(value) {
    const word = value.toLowerCase();
    if (SKIPPED_VALUES.has(word))
        return 'skipped';
    if (FAILED_VALUES.has(word))
        return 'failed';
    if (ERROR_VALUES.has(word))
        return 'error';
    return 'passed';
}
/** Reads a finite, non-negative number; tolerates "1,234.5" and garbage. */
function toSeconds(value) {
    if (value === undefined || value === '')
        return null;
    let number = Number(value);
    if (Number.isNaN(number) && value.includes(',')) {
        number = Number(value.replace(/,/g, ''));
    }
    return Number.isFinite(number) && number >= 0 ? number : null;
}
function toCount(value) {
    const number = toSeconds(value);
    return number !== null && Number.isInteger(number) ? number : null;
}
function toLineNumber(value) {
    const number = toCount(value);
    return number !== null && number > 0 ? number : null;
}
/** `bound()`, as a string of its own (see ownString). */
function kept(text, max) {
    return ownString(bound(text, max));
}
/** Text of an attribute, or null when absent or blank. */
function attr(element, name) {
    const value = element.attributes[name];
    return value === undefined || value === '' ? null : value;
}
/** pytest writes the phase into the error message of setup/teardown errors. */
function pytestPhase(status, message, testCase) {
    if (message !== null) {
        if (message.startsWith('failed on setup'))
            return 'setup';
        if (message.startsWith('failed on teardown'))
            return 'teardown';
        if (message.startsWith('collection failure'))
            return 'collection';
    }
    if (status === 'error' && testCase.classname === '')
        return 'collection';
    if (status === 'failed')
        return 'call';
    return null;
}
/**
 * Shares one stored copy of a value while consecutive testcases repeat it
 * (a suite's classname and file), instead of one copy per testcase.
 */
class Repeated {
    last = null;
    get(text) {
        if (text === null)
            return null;
        if (text !== this.last)
            this.last = kept(text, LIMITS.name);
        return this.last;
    }
}
class JunitReader {
    frames = [];
    warnings = [];
    headerWarnings = 0;
    producer = null;
    /** Root <testsuites>: a suite for testcases written directly under it. */
    rootFrame = null;
    current = null;
    caseState = {
        depth: 0,
        testCase: emptyCase('', ''),
        attributes: NO_ATTRIBUTES,
        shownStatus: null,
        flakyRuns: 0,
        reruns: 0,
        statusAttribute: 'passed'
    };
    /** Depth of a Surefire rerun element whose children are skipped. */
    rerunDepth = 0;
    capture = null;
    captureDepth = 0;
    buffer = null;
    /** Every suite in document order; those in `emitted` are returned. */
    ordered = [];
    emitted = new Set();
    /** Classnames, files and types repeat from one testcase to the next. */
    classnames = new Repeated();
    files = new Repeated();
    types = new Repeated();
    constructor(root) {
        this.producer = producerOfRoot(root);
    }
    open(element, depth) {
        if (this.rerunDepth !== 0)
            return;
        switch (element.name) {
            case 'testsuite':
                this.openSuite(element, depth);
                return;
            case 'testsuites':
                if (depth === 1) {
                    this.rootFrame = this.newFrame(element, depth, '(root)');
                    this.frames.push(this.rootFrame);
                    this.ordered.push(this.rootFrame.suite);
                }
                return;
            case 'testcase':
                if (this.current === null)
                    this.openCase(element, depth);
                return;
            case 'property':
                if (this.producer === null)
                    this.producerFromProperty(element);
                return;
            case 'system-out':
            case 'system-err':
                this.openOutput(element.name, depth);
                return;
        }
        if (this.current !== null) {
            this.openResult(element, depth);
            return;
        }
        const frame = this.innermost();
        const status = RESULT_STATUS.get(element.name);
        if (frame && depth === frame.depth + 1 && status !== undefined) {
            // Ant writes a suite-level failure (a class that could not load)
            // as <error> directly under <testsuite>, with no testcase.
            if (status !== 'skipped') {
                frame.suiteResult = {
                    status,
                    type: attr(element, 'type'),
                    message: attr(element, 'message'),
                    details: null
                };
                this.startCapture('suite-result', depth, LIMITS.details);
            }
        }
    }
    text(text) {
        this.buffer?.append(text);
    }
    wantsText() {
        return this.buffer !== null;
    }
    close(name, depth) {
        if (this.rerunDepth !== 0) {
            if (depth === this.rerunDepth)
                this.rerunDepth = 0;
            return;
        }
        if (this.capture !== null && depth === this.captureDepth) {
            this.endCapture();
            return;
        }
        if (this.current !== null && depth === this.current.depth) {
            this.closeCase();
            return;
        }
        if (name === 'testsuite' || name === 'testsuites') {
            const frame = this.innermost();
            if (frame && frame.depth === depth)
                this.closeSuite();
        }
    }
    finish() {
        const hidden = this.headerWarnings - MAX_HEADER_WARNINGS;
        if (hidden > 0) {
            this.warnings.push(`${hidden} more suites whose header counts disagree with their testcases`);
        }
        return {
            format: 'junit',
            producer: this.producer,
            suites: this.ordered.filter((suite) => this.emitted.has(suite)),
            warnings: this.warnings
        };
    }
    innermost() {
        return this.frames[this.frames.length - 1];
    }
    newFrame(element, depth, fallbackName) {
        const a = element.attributes;
        const skipped = toCount(a.skipped ?? a.skips);
        const disabled = toCount(a.disabled);
        const name = kept(attr(element, 'name') ?? fallbackName, LIMITS.name) ?? '';
        return {
            depth,
            name,
            declared: {
                tests: toCount(a.tests),
                failures: toCount(a.failures),
                errors: toCount(a.errors),
                // GoogleTest and CTest count disabled tests apart from skipped ones;
                // both come out as skipped testcases.
                skipped: skipped === null ? null : skipped + (disabled ?? 0)
            },
            suite: emptySuite(name, kept(attr(element, 'file') ?? attr(element, 'filepath'), LIMITS.name)),
            hasChildSuite: false,
            counted: { tests: 0, failed: 0, errors: 0, skipped: 0 },
            hasSynthetic: false,
            numbered: a.id !== undefined && a.hostname !== undefined,
            suiteResult: null
        };
    }
    openSuite(element, depth) {
        const parent = this.innermost();
        if (parent)
            parent.hasChildSuite = true;
        if (this.producer === null)
            this.producer = producerOfSuite(element);
        const frame = this.newFrame(element, depth, '(unnamed suite)');
        this.frames.push(frame);
        this.ordered.push(frame.suite);
    }
    closeSuite() {
        const frame = this.frames.pop();
        if (frame === undefined)
            return;
        const { suite } = frame;
        if (frame.suiteResult !== null)
            this.addSuiteResultCase(frame);
        else if (testCount(suite) === 0 &&
            !frame.hasChildSuite &&
            (frame.declared.failures ?? 0) + (frame.declared.errors ?? 0) > 0 &&
            (suite.systemOut !== null || suite.systemErr !== null)) {
            this.addSuiteOutputCase(frame);
        }
        // Emit suites that hold tests, and leaf suites even when empty; pure
        // containers (<testsuites>, PHPUnit's outer suites) only group others.
        const isRoot = frame === this.rootFrame;
        if (testCount(suite) > 0 || (!frame.hasChildSuite && !isRoot)) {
            this.emitted.add(suite);
        }
        if (!frame.hasSynthetic)
            this.checkHeader(frame);
        const parent = this.innermost();
        if (parent) {
            parent.counted.tests += frame.counted.tests;
            parent.counted.failed += frame.counted.failed;
            parent.counted.errors += frame.counted.errors;
            parent.counted.skipped += frame.counted.skipped;
            parent.hasSynthetic ||= frame.hasSynthetic;
        }
    }
    /** An error written directly under <testsuite> becomes a test of its own. */
    addSuiteResultCase(frame) {
        const result = frame.suiteResult;
        const testCase = emptyCase(frame.name, frame.name);
        testCase.status = result.status;
        testCase.failureType = kept(result.type, LIMITS.name);
        testCase.details = result.details;
        testCase.message = kept(result.message ?? firstLine(testCase.details), LIMITS.message);
        testCase.systemOut = frame.suite.systemOut;
        testCase.systemErr = frame.suite.systemErr;
        this.addSynthetic(frame, testCase);
    }
    /**
     * A suite that declares failures or errors, holds no testcase and explains
     * itself only in its output (a Go package that did not build) becomes one
     * erroring test, so the failure is counted and can be triaged.
     */
    addSuiteOutputCase(frame) {
        const testCase = emptyCase(frame.name, frame.name);
        testCase.status = 'error';
        const output = frame.suite.systemOut ?? frame.suite.systemErr;
        testCase.message = kept(firstLine(output), LIMITS.message);
        testCase.details = output;
        testCase.systemOut = frame.suite.systemOut;
        testCase.systemErr = frame.suite.systemErr;
        this.addSynthetic(frame, testCase);
    }
    addSynthetic(frame, testCase) {
        addTest$1(frame.suite, testCase);
        frame.hasSynthetic = true;
        this.count(frame, testCase.status);
        this.warnings.push(`suite "${frame.name}" has no testcase for the ${testCase.status === 'failed' ? 'failure' : 'error'} it reports; counted it as one test named after the suite`);
    }
    count(frame, status) {
        frame.counted.tests++;
        if (status === 'failed')
            frame.counted.failed++;
        else if (status === 'error')
            frame.counted.errors++;
        else if (status === 'skipped')
            frame.counted.skipped++;
    }
    checkHeader(frame) {
        const { declared, counted } = frame;
        const differences = [];
        const compare = (label, said, found) => {
            if (said !== null && said !== found) {
                differences.push(`${said} ${label} (found ${found})`);
            }
        };
        compare('tests', declared.tests, counted.tests);
        compare('failures', declared.failures, counted.failed);
        compare('errors', declared.errors, counted.errors);
        compare('skipped', declared.skipped, counted.skipped);
        if (differences.length === 0)
            return;
        this.headerWarnings++;
        if (this.headerWarnings > MAX_HEADER_WARNINGS)
            return;
        const label = frame === this.rootFrame ? '<testsuites>' : `suite "${frame.name}"`;
        this.warnings.push(`${label} header says ${differences.join(', ')}; counted the testcases`);
    }
    openCase(element, depth) {
        const { attributes } = element;
        // The name is copied at the close, and only if the test is kept.
        const testCase = emptyCase('', this.classnames.get(attributes.classname ?? '') ?? '');
        testCase.file = this.files.get(attr(element, 'file'));
        // Catch2 files free test cases under "<executable>.global".
        if (this.producer === null && testCase.classname.endsWith('.global')) {
            this.producer = 'catch2';
        }
        // GoogleTest writes both: status="run" result="skipped".
        const { status: statusWord, result: resultWord } = attributes;
        let status = statusWord === undefined ? 'passed' : statusOfWord(statusWord);
        if (resultWord !== undefined)
            status = worstStatus(status, statusOfWord(resultWord));
        // One state object for the whole document: a testcase never nests in another.
        const state = this.caseState;
        state.depth = depth;
        state.testCase = testCase;
        state.attributes = attributes;
        state.shownStatus = null;
        state.flakyRuns = 0;
        state.reruns = 0;
        state.statusAttribute = status;
        this.current = state;
    }
    closeCase() {
        const state = this.current;
        this.current = null;
        const { testCase } = state;
        if (state.statusAttribute !== 'passed')
            testCase.status = worstStatus(testCase.status, state.statusAttribute);
        testCase.retries = state.flakyRuns + state.reruns;
        // Surefire: failed runs followed by a passing one leave only flaky
        // elements; the test passed, flakily.
        if (state.flakyRuns > 0 && testCase.status === 'passed')
            testCase.flaky = true;
        if (this.producer === 'pytest' && testCase.status !== 'passed') {
            testCase.phase = pytestPhase(testCase.status, testCase.message, testCase);
        }
        // Captured output is kept to explain what did not pass; for the many
        // tests that passed it would only be memory (docs/FORMATS.md).
        if (testCase.status === 'passed') {
            testCase.systemOut = null;
            testCase.systemErr = null;
        }
        const frame = this.innermost();
        if (frame !== undefined) {
            this.count(frame, testCase.status);
            if (isKept(testCase)) {
                const { name, line, time } = state.attributes;
                testCase.name = kept(name ?? '', LIMITS.name) ?? '';
                testCase.line = toLineNumber(line);
                testCase.duration = toSeconds(time);
            }
            addTest$1(frame.suite, testCase);
        }
        state.attributes = NO_ATTRIBUTES;
    }
    openResult(element, depth) {
        const state = this.current;
        const { name } = element;
        if (FLAKY_RUNS.has(name) || RERUNS.has(name)) {
            if (FLAKY_RUNS.has(name))
                state.flakyRuns++;
            else
                state.reruns++;
            if (this.producer === null)
                this.producer = 'surefire';
            this.rerunDepth = depth;
            return;
        }
        const status = RESULT_STATUS.get(name);
        if (status === undefined)
            return;
        const { testCase } = state;
        const previous = testCase.status;
        testCase.status = worstStatus(previous, status);
        // The message shown is that of the first element of the winning kind.
        if (testCase.status === state.shownStatus)
            return;
        if (testCase.status !== status)
            return;
        state.shownStatus = status;
        testCase.failureType = this.types.get(attr(element, 'type'));
        testCase.message = kept(attr(element, 'message'), LIMITS.message);
        testCase.details = null;
        this.startCapture('result', depth, LIMITS.details);
    }
    openOutput(name, depth) {
        const out = name === 'system-out';
        if (this.current !== null) {
            if (depth !== this.current.depth + 1)
                return;
            this.startCapture(out ? 'case-out' : 'case-err', depth, LIMITS.output);
            return;
        }
        const frame = this.innermost();
        if (frame && depth === frame.depth + 1) {
            this.startCapture(out ? 'suite-out' : 'suite-err', depth, LIMITS.output);
        }
    }
    startCapture(capture, depth, max) {
        this.capture = capture;
        this.captureDepth = depth;
        this.buffer = new BoundedText(max);
    }
    endCapture() {
        // Copied before trimming: the trim then slices our own copy, not the chunk.
        const trimmed = this.buffer?.trimmedValue(ownText) ?? null;
        const capture = this.capture;
        this.capture = null;
        this.buffer = null;
        const state = this.current;
        switch (capture) {
            case 'result':
                if (state === null)
                    return;
                state.testCase.details = trimmed;
                // jest-junit and gotestsum write everything in the body.
                state.testCase.message ??= kept(firstLine(trimmed), LIMITS.message);
                return;
            case 'case-out':
                if (state)
                    state.testCase.systemOut = trimmed;
                return;
            case 'case-err':
                if (state)
                    state.testCase.systemErr = trimmed;
                return;
        }
        const frame = this.innermost();
        if (frame === undefined)
            return;
        if (capture === 'suite-out')
            frame.suite.systemOut = trimmed;
        else if (capture === 'suite-err')
            frame.suite.systemErr = trimmed;
        else if (capture === 'suite-result' && frame.suiteResult !== null) {
            frame.suiteResult.details = trimmed;
        }
    }
    producerFromProperty(element) {
        const name = element.attributes.name ?? '';
        if (name.startsWith('ant.'))
            this.producer = 'ant';
        else if (name === 'random-seed' || name === 'rng-seed')
            this.producer = 'catch2';
        else if (name === 'go.version') {
            this.producer = this.innermost()?.numbered
                ? 'go-junit-report'
                : 'gotestsum';
        }
    }
}
/** The tool, told from the root element's attributes where it signs them. */
function producerOfRoot(root) {
    const name = root.attributes.name ?? '';
    if (name === 'jest tests')
        return 'jest-junit';
    if (name === 'vitest tests')
        return 'vitest';
    if (name === 'Mocha Tests')
        return 'mocha';
    if (name === 'nextest-run')
        return 'nextest';
    if (name === 'AllTests')
        return 'googletest';
    if (root.name === 'testsuite') {
        // CTest (--output-junit) writes one bare <testsuite> with `disabled`.
        if (root.attributes.disabled !== undefined)
            return 'ctest';
        return producerOfSuite(root);
    }
    return null;
}
function producerOfSuite(suite) {
    const a = suite.attributes;
    const name = a.name ?? '';
    const schema = a['xsi:noNamespaceSchemaLocation'] ?? '';
    if (schema.includes('surefire'))
        return 'surefire';
    if (name === 'pytest')
        return 'pytest';
    if (name === 'rspec' || name.startsWith('rspec'))
        return 'rspec';
    if (name.startsWith('//'))
        return 'bazel';
    if (a.assertions !== undefined)
        return 'phpunit';
    return null;
}
const junitReader = (root) => root.name === 'testsuites' || root.name === 'testsuite'
    ? new JunitReader(root)
    : null;

/** Helpers for the .NET report families (NUnit, xUnit.net, TRX). */
/** Element name without a namespace prefix (`t:TestRun` → `TestRun`). */
function localName(name) {
    const colon = name.indexOf(':');
    return colon === -1 ? name : name.slice(colon + 1);
}
const EXCEPTION_TYPE = /(?:^(?:(?:OneTime)?(?:SetUp|TearDown)\s*:\s*)?|threw exception:\s*)([A-Za-z_][\w.`+]*(?:Exception|Error|Failure))\s*:/;
/**
 * The exception type a .NET message starts with: NUnit writes
 * `System.DivideByZeroException : ...`, MSTest `Test method X threw
 * exception: System.IO.IOException: ...`, and a fixture's failure
 * `OneTimeSetUp: System.X : ...`.
 */
function exceptionType(message) {
    if (!message)
        return null;
    const match = EXCEPTION_TYPE.exec(message.slice(0, 2_000));
    return match ? match[1] : null;
}
const FRAME_LOCATION = /\bin (.+?):line (\d+)/;
/** File and line of the first stack frame that has them (` in X.cs:line 9`). */
function stackLocation(stack) {
    if (!stack)
        return null;
    const match = FRAME_LOCATION.exec(stack.slice(0, 16_000));
    return match ? { file: match[1].trim(), line: Number(match[2]) } : null;
}
const TIME_SPAN = /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/;
/** TRX durations are .NET TimeSpans (`00:00:00.0038577`, `1.02:03:04`). */
function timeSpanSeconds(text) {
    if (!text)
        return null;
    const match = TIME_SPAN.exec(text.trim());
    if (!match)
        return null;
    const [, days, hours, minutes, seconds] = match;
    return (Number(days ?? 0) * 86_400 +
        Number(hours) * 3_600 +
        Number(minutes) * 60 +
        Number(seconds));
}
/** `Namespace.Class, AssemblyName` → `Namespace.Class`. */
function withoutAssembly(typeName) {
    const comma = typeName.indexOf(',');
    return (comma === -1 ? typeName : typeName.slice(0, comma)).trim();
}
/**
 * Splits a full test name (`Ns.Class.Method(args)`) into class and method;
 * dots inside the argument list do not count.
 */
function splitFullName(fullName) {
    const paren = fullName.indexOf('(');
    const head = paren === -1 ? fullName : fullName.slice(0, paren);
    const dot = head.lastIndexOf('.');
    if (dot <= 0)
        return { classname: '', name: fullName };
    return { classname: head.slice(0, dot), name: fullName.slice(dot + 1) };
}
/** Drops a `Class.` prefix from a display name that repeats its class. */
function shortName(name, classname) {
    return classname !== '' &&
        name.startsWith(`${classname}.`) &&
        name.length > classname.length + 1
        ? name.slice(classname.length + 1)
        : name;
}

/**
 * NUnit 2 (`<test-results>`), NUnit 3 (`<test-run>`) and a bare NUnit
 * `<test-suite>` root. One test per `<test-case>`; the suite is the nearest
 * enclosing TestFixture (parameterized and theory groupings fold into their
 * fixture). Mapping of results (see docs/FORMATS.md):
 *   passed  ← Success, Passed, Warning
 *   failed  ← Failure, Failed
 *   error   ← Error, Cancelled, NotRunnable, Failed with label Error,
 *             Cancelled or Invalid (an exception or a test that could not
 *             run is not an assertion failure)
 *   skipped ← Ignored, Skipped (any label), Inconclusive
 */
/** Suite types that only hold other suites (assemblies, namespaces in NUnit 3). */
const CONTAINERS = new Set(['assembly', 'assemblies', 'project', 'testsuite']);
const nunitReader = (root) => {
    if (root.name === 'test-results')
        return new NunitReader('nunit2', root);
    if (root.name === 'test-run')
        return new NunitReader('nunit3', root);
    if (root.name === 'test-suite') {
        // A fragment: NUnit 3 suites carry ids and full names, NUnit 2 ones do not.
        const v3 = 'fullname' in root.attributes || 'runstate' in root.attributes;
        return new NunitReader(v3 ? 'nunit3' : 'nunit2', root);
    }
    return null;
};
class NunitReader {
    format;
    suites = new SuiteSet();
    frames = [];
    path = [];
    current = null;
    capture = null;
    producer = null;
    declaredTotal;
    declaredNotRun;
    constructor(format, root) {
        this.format = format;
        const isHeader = root.name !== 'test-suite';
        this.declaredTotal = isHeader ? toNumber(root.attributes.total) : null;
        this.declaredNotRun = toNumber(root.attributes['not-run']) ?? 0;
        if (root.name === 'test-run' && root.attributes['engine-version']) {
            this.producer = `NUnit ${root.attributes['engine-version']}`;
        }
    }
    open(element) {
        const name = element.name;
        const parent = this.path[this.path.length - 1];
        this.path.push(name);
        if (name === 'test-suite') {
            this.openSuite(element.attributes);
        }
        else if (name === 'test-case') {
            this.openCase(element.attributes);
        }
        else if (name === 'environment' && this.producer === null) {
            const version = element.attributes['nunit-version'];
            if (version) {
                this.producer = /^\d/.test(version) ? `NUnit ${version}` : version;
            }
        }
        else if (this.current) {
            if (name === 'failure' && parent === 'test-case') {
                this.current.hasFailure = true;
            }
            else if (name === 'message' && parent === 'failure') {
                this.capture = 'message';
            }
            else if (name === 'message' && parent === 'reason') {
                this.capture = 'reason';
            }
            else if (name === 'stack-trace' && parent === 'failure') {
                this.capture = 'stack';
            }
            else if (name === 'output' && parent === 'test-case') {
                this.capture = 'output';
            }
        }
    }
    text(text) {
        if (!this.current || this.capture === null)
            return;
        this.current[this.capture].append(text);
    }
    close(name) {
        this.path.pop();
        this.capture = null;
        if (name === 'test-suite')
            this.frames.pop();
        else if (name === 'test-case' && this.current)
            this.closeCase();
    }
    finish() {
        const counted = this.suites.caseCount;
        const warnings = [];
        const header = this.format === 'nunit2' ? '<test-results>' : '<test-run>';
        // NUnit 2.5 leaves not-run tests out of `total`; either reading is fine.
        if (this.declaredTotal !== null &&
            this.declaredTotal + this.declaredNotRun !== counted) {
            const warning = countWarning(`${header} total`, this.declaredTotal, counted);
            if (warning)
                warnings.push(warning);
        }
        return {
            format: this.format,
            producer: this.producer,
            suites: this.suites.list(),
            warnings
        };
    }
    openSuite(attributes) {
        const type = (attributes.type ?? '').toLowerCase();
        const name = attributes.name ?? '';
        const parent = this.frames[this.frames.length - 1];
        let fullName = attributes.fullname ?? name;
        if (!attributes.fullname &&
            parent &&
            (parent.type === 'namespace' || parent.type === 'testfixture')) {
            fullName = `${parent.fullName}.${name}`;
        }
        let groupName;
        if (type === 'testfixture')
            groupName = fullName;
        else if (parent?.groupName && !CONTAINERS.has(parent.type)) {
            // Theories, parameterized methods and the like fold into their fixture.
            groupName = parent.groupName;
        }
        else if (CONTAINERS.has(type))
            groupName = null;
        else
            groupName = fullName;
        this.frames.push({ fullName, type, groupName });
    }
    openCase(attributes) {
        const frame = this.frames[this.frames.length - 1];
        this.current = {
            attributes,
            groupName: frame?.groupName ?? frame?.fullName ?? '',
            hasFailure: false,
            message: new BoundedText(LIMITS.message),
            reason: new BoundedText(LIMITS.message),
            stack: new BoundedText(LIMITS.details),
            output: new BoundedText(LIMITS.output)
        };
    }
    closeCase() {
        const state = this.current;
        if (!state)
            return;
        this.current = null;
        const attributes = state.attributes;
        const status = nunitStatus(attributes, state.hasFailure);
        const fullName = attributes.fullname ?? attributes.name ?? '';
        let classname = attributes.classname ?? '';
        let name = attributes.name ?? '';
        if (classname === '') {
            const split = splitFullName(fullName);
            classname = split.classname;
            name = split.name;
        }
        else {
            name = shortName(name, classname);
        }
        const failureMessage = state.message.value();
        const message = status === 'passed' ? null : (failureMessage ?? state.reason.value());
        const details = status === 'passed' ? null : state.stack.value();
        const location = stackLocation(details);
        const groupName = state.groupName !== '' ? state.groupName : classname || 'NUnit';
        this.suites.add(groupName, makeCase({
            name,
            classname,
            status,
            file: location?.file ?? null,
            line: location?.line ?? null,
            duration: toNumber(attributes.duration ?? attributes.time),
            failureType: status === 'failed' || status === 'error'
                ? exceptionType(failureMessage)
                : null,
            message,
            details,
            systemOut: state.output.value(),
            phase: status === 'failed' || status === 'error'
                ? nunitPhase(attributes.site)
                : null
        }));
    }
}
function nunitStatus(attributes, hasFailure) {
    const result = (attributes.result ?? '').toLowerCase();
    const label = (attributes.label ?? '').toLowerCase();
    switch (result) {
        case 'success':
        case 'passed':
        case 'warning':
            return 'passed';
        case 'failure':
            return 'failed';
        case 'failed':
            return label === 'error' || label === 'cancelled' || label === 'invalid'
                ? 'error'
                : 'failed';
        case 'error':
        case 'cancelled':
        case 'notrunnable':
            return 'error';
        case 'ignored':
        case 'skipped':
        case 'inconclusive':
        case 'notrun':
            return 'skipped';
    }
    // No (known) result: NUnit 2's executed/success flags, then the children.
    if ((attributes.executed ?? '').toLowerCase() === 'false')
        return 'skipped';
    if ((attributes.success ?? '').toLowerCase() === 'false' || hasFailure) {
        return 'failed';
    }
    return 'passed';
}
function nunitPhase(site) {
    switch ((site ?? '').toLowerCase()) {
        case 'setup':
        case 'parent':
            return 'setup';
        case 'teardown':
            return 'teardown';
        case 'test':
            return 'call';
        default:
            return null;
    }
}

/**
 * TAP 12, 13 and 14 (the Test Anything Protocol): `ok`/`not ok` test points,
 * the `1..N` plan, `# SKIP`/`# TODO` directives, YAML diagnostics between
 * `---` and `...`, `Bail out!`, and indented subtests. Rules (see
 * docs/FORMATS.md):
 * - one test per leaf test point; a test point that closes a subtest is a
 *   suite, not a test, unless it failed while none of its children did
 *   (then the failure happened outside them and counts as one error);
 * - a `# TODO` test is skipped, passing or not: its result is not counted
 *   on (`not ok # TODO` is an expected failure, never a failure);
 * - planned tests that were never reported are errors ("planned but not
 *   run"), except after `Bail out!`, where the run was stopped on purpose:
 *   the bail-out reason is kept, and counts as one error only when no test
 *   had failed before it;
 * - a plan in the middle of the test points is not TAP, and is refused.
 */
const VERSION = /^TAP version (\d+)\s*$/i;
const PLAN = /^1\.\.(\d+)\s*(?:#\s*(.*))?$/;
const POINT = /^(not )?ok\b/i;
const BAIL_OUT = /^Bail out!\s*(.*)$/i;
const SUBTEST = /^# Subtest(?::\s*(.*))?$/i;
function looksLikeTap(text) {
    let seen = 0;
    for (const raw of text.split('\n', 200)) {
        const line = raw.replace(/\r$/, '');
        if (line.trim() === '')
            continue;
        if (VERSION.test(line) ||
            PLAN.test(line) ||
            /^(not )?ok(\s|$)/i.test(line) ||
            BAIL_OUT.test(line)) {
            return true;
        }
        if (++seen >= 50)
            break;
    }
    return false;
}
function parseTap(text) {
    const lines = text.split('\n').map((raw) => {
        const line = raw.replace(/\r$/, '').replace(/\t/g, '    ');
        const text = line.trimStart();
        return { indent: line.length - text.length, text: text.trimEnd() };
    });
    const reader = new TapReader(lines);
    const top = reader.readStream(0, 0);
    if (top.planInMiddle) {
        throw new ReportError('not valid TAP: the plan sits between test points (it must come first or last)');
    }
    if (top.points.length === 0 && top.plan === null) {
        throw new NotAReportError('not a test report: TAP without a plan or test points');
    }
    return new TapModel(reader.bailOut).build(top);
}
class TapReader {
    lines;
    index = 0;
    bailOut = null;
    constructor(lines) {
        this.lines = lines;
    }
    readStream(indent, depth) {
        const stream = {
            name: null,
            plan: null,
            points: [],
            planInMiddle: false
        };
        let planAfterPoints = false;
        let pendingChild = null;
        let lastWasPoint = false;
        let pendingName = null;
        // node:test prints a file's stderr before the `# Subtest:` that names the
        // file, after the previous test's YAML block: those lines are the next test's.
        let leading = [];
        let ownNotesFrom = 0;
        while (this.index < this.lines.length && this.bailOut === null) {
            const line = this.lines[this.index];
            if (line.text === '') {
                this.index++;
                continue;
            }
            if (line.indent < indent)
                break;
            if (line.indent > indent) {
                const last = stream.points[stream.points.length - 1];
                if (lastWasPoint && line.text === '---' && last) {
                    last.yaml = this.readYaml();
                }
                else if (isTapLine(line.text) && depth < 64) {
                    pendingChild = this.readStream(line.indent, depth + 1);
                    pendingChild.name ??= pendingName;
                    pendingName = null;
                }
                else {
                    stream.points[stream.points.length - 1]?.notes.push(line.text);
                    this.index++;
                }
                lastWasPoint = false;
                continue;
            }
            this.index++;
            lastWasPoint = false;
            const bail = BAIL_OUT.exec(line.text);
            if (bail) {
                this.bailOut = bail[1].trim() || 'no reason given';
                break;
            }
            const subtest = SUBTEST.exec(line.text);
            if (subtest) {
                // Names the subtest that follows (TAP 14, node:test).
                pendingName = subtest[1]?.trim() || null;
                const previous = stream.points[stream.points.length - 1];
                if (previous?.yaml && previous.notes.length > ownNotesFrom) {
                    leading = previous.notes.splice(ownNotesFrom);
                }
                continue;
            }
            const plan = PLAN.exec(line.text);
            if (plan) {
                if (stream.plan === null) {
                    stream.plan = {
                        count: Number(plan[1]),
                        skipReason: skipReason(plan[2])
                    };
                    planAfterPoints = stream.points.length > 0;
                }
                continue;
            }
            if (POINT.test(line.text)) {
                if (planAfterPoints)
                    stream.planInMiddle = true;
                const point = parsePoint(line.text);
                point.children = pendingChild;
                pendingChild = null;
                point.notes.push(...leading);
                ownNotesFrom = point.notes.length;
                leading = [];
                stream.points.push(point);
                lastWasPoint = true;
            }
            else {
                stream.points[stream.points.length - 1]?.notes.push(line.text);
            }
        }
        if (pendingChild) {
            // A subtest whose closing test point never came (the run stopped).
            stream.points.push({
                ok: false,
                number: null,
                description: pendingChild.name ?? 'unfinished subtest',
                directive: null,
                reason: '',
                yaml: null,
                children: pendingChild,
                notes: []
            });
        }
        return stream;
    }
    /** Lines of a YAML block, without its common indentation. */
    readYaml() {
        const start = this.lines[this.index];
        this.index++;
        const block = [];
        while (this.index < this.lines.length) {
            const line = this.lines[this.index];
            this.index++;
            if (line.text === '...' && line.indent <= start.indent)
                return block;
            const pad = line.text === '' ? 0 : Math.max(0, line.indent - start.indent);
            block.push(' '.repeat(pad) + line.text);
        }
        return block;
    }
}
function isTapLine(text) {
    return (POINT.test(text) ||
        PLAN.test(text) ||
        SUBTEST.test(text) ||
        VERSION.test(text) ||
        BAIL_OUT.test(text));
}
function skipReason(comment) {
    if (comment === undefined)
        return null;
    const match = /^skip\S*\s*:?\s*(.*)$/i.exec(comment.trim());
    return match ? match[1] || 'skipped' : null;
}
function parsePoint(text) {
    const match = /^(not )?ok\b\s*(\d+)?\s*(.*)$/i.exec(text);
    const ok = !match?.[1];
    const number = match?.[2] ? Number(match[2]) : null;
    let rest = (match?.[3] ?? '').replace(/\s*\{$/, '');
    rest = rest.replace(/^-\s*/, '');
    // The directive starts at the first `#` that is not escaped.
    let description = '';
    let comment = null;
    for (let i = 0; i < rest.length; i++) {
        const char = rest[i];
        if (char === '\\' && i + 1 < rest.length) {
            description += rest[++i];
        }
        else if (char === '#') {
            comment = rest.slice(i + 1).trim();
            break;
        }
        else {
            description += char;
        }
    }
    let directive = null;
    let reason = '';
    const found = comment === null ? null : /^(skip|todo)\S*\s*:?\s*(.*)$/i.exec(comment);
    if (found) {
        directive = found[1].toLowerCase();
        reason = found[2].trim();
    }
    else if (comment !== null) {
        description = `${description}# ${comment}`;
    }
    return {
        ok,
        number,
        description: description.trim(),
        directive,
        reason,
        yaml: null,
        children: null,
        notes: []
    };
}
class TapModel {
    bailOut;
    suites = [];
    warnings = [];
    /** Cases node:test cancelled because their parent failed first. */
    cancelled = new Set();
    constructor(bailOut) {
        this.bailOut = bailOut;
    }
    build(top) {
        const topSuite = this.suite('TAP');
        const failing = this.readStream(top, topSuite, []);
        if (top.plan?.skipReason && top.plan.count === 0) {
            this.warnings.push(`TAP plan 1..0: every test skipped (${top.plan.skipReason})`);
        }
        if (this.bailOut !== null) {
            topSuite.systemErr = `Bail out! ${this.bailOut}`;
            this.warnings.push(`TAP run bailed out: ${this.bailOut.slice(0, 200)}`);
            if (failing === 0) {
                addTest$1(topSuite, makeCase({
                    name: 'Bail out!',
                    status: 'error',
                    message: this.bailOut
                }));
            }
        }
        return {
            format: 'tap',
            producer: null,
            suites: this.suites.filter((suite) => testCount(suite) > 0 || suite.systemErr !== null),
            warnings: this.warnings
        };
    }
    suite(name) {
        const suite = emptySuite(name);
        this.suites.push(suite);
        return suite;
    }
    /** Adds a stream's tests to `suite`; returns how many failed or erred. */
    readStream(stream, suite, path) {
        let failing = 0;
        const seen = new Set();
        let next = 1;
        for (const point of stream.points) {
            const number = point.number ?? next;
            next = number + 1;
            if (seen.has(number)) {
                this.warnings.push(`TAP test number ${number} appears more than once`);
            }
            seen.add(number);
            const diagnostic = readDiagnostic(point.yaml);
            const hasChildren = point.children !== null && point.children.points.length > 0;
            if (hasChildren && point.children) {
                const name = [
                    ...path,
                    point.description || point.children.name || `subtest ${number}`
                ];
                const childSuite = this.suite(name.join(' / '));
                const childFailing = this.readStream(point.children, childSuite, name);
                failing += childFailing;
                if (!point.ok &&
                    diagnostic.message &&
                    diagnostic.kind !== 'subtestsFailed') {
                    // node:test cancels the tests of a suite whose hook failed; the
                    // hook's error is their cause, so they carry it (they did not pass,
                    // so they are among the kept cases).
                    for (const child of childSuite.cases) {
                        if (!this.cancelled.has(child))
                            continue;
                        child.message = bound(diagnostic.message, LIMITS.message);
                        child.details = bound(point.yaml?.join('\n') ?? null, LIMITS.details);
                        child.failureType = diagnostic.failureType;
                        if (diagnostic.kind === 'hookFailed')
                            child.phase = 'setup';
                    }
                }
                if (!point.ok && point.directive === null && childFailing === 0) {
                    // The subtest failed outside its children (a hook, a plan mismatch).
                    addTest$1(childSuite, this.testCase(point, diagnostic, childSuite.name, 'error'));
                    failing++;
                }
                continue;
            }
            if (diagnostic.isSuite && point.ok)
                continue; // an empty describe block
            const status = pointStatus(point, diagnostic);
            if (status === 'failed' || status === 'error')
                failing++;
            const testCase = this.testCase(point, diagnostic, suite.name, status);
            if (diagnostic.kind === 'cancelledByParent')
                this.cancelled.add(testCase);
            addTest$1(suite, testCase);
        }
        const plan = stream.plan;
        if (plan && this.bailOut === null) {
            const missing = [];
            for (let number = 1; number <= plan.count && missing.length < 10_000; number++) {
                if (!seen.has(number))
                    missing.push(number);
            }
            if (missing.length > 0) {
                const where = path.length > 0 ? ` in subtest "${path.join(' / ')}"` : '';
                this.warnings.push(`TAP plan 1..${plan.count}${where} but ${missing.length} planned tests never reported; counted as errors`);
                // What the script printed after its last test is why it stopped.
                const last = stream.points[stream.points.length - 1];
                const after = last ? last.notes.join('\n') : '';
                const cause = last ? firstOutputLine(last.notes) : null;
                for (const number of missing) {
                    addTest$1(suite, makeCase({
                        name: `test ${number}`,
                        classname: suite.name,
                        status: 'error',
                        message: cause
                            ? `planned but not run: ${cause}`
                            : 'planned but not run',
                        details: after || null
                    }));
                }
                failing += missing.length;
            }
            else if (stream.points.length > plan.count) {
                this.warnings.push(`TAP plan 1..${plan.count} but ${stream.points.length} test points; counted the test points`);
            }
        }
        else if (!plan &&
            stream.points.length > 0 &&
            path.length === 0 &&
            this.bailOut === null) {
            this.warnings.push('TAP stream has no plan; it may have been cut short');
        }
        return failing;
    }
    testCase(point, diagnostic, classname, status) {
        const failed = status === 'failed' || status === 'error';
        const notes = readNotes(point.notes);
        let message = null;
        if (failed)
            message = diagnostic.message ?? notes.message;
        else if (status === 'skipped') {
            message = point.reason || (point.directive === 'todo' ? 'TODO' : null);
        }
        const details = [point.yaml?.join('\n'), notes.text]
            .filter((part) => part)
            .join('\n');
        return makeCase({
            name: point.description || `test ${point.number ?? ''}`.trim(),
            classname,
            status,
            file: diagnostic.file ?? notes.file,
            line: diagnostic.line ?? notes.line,
            duration: diagnostic.duration,
            failureType: failed ? diagnostic.failureType : null,
            message,
            details: failed && details !== '' ? details : null,
            phase: diagnostic.kind === 'hookFailed' ? 'setup' : null
        });
    }
}
function pointStatus(point, diagnostic) {
    if (point.directive === 'skip')
        return 'skipped';
    // A TODO test's result is not counted on, passing or not (TAP spec).
    if (point.directive === 'todo')
        return 'skipped';
    if (point.ok)
        return 'passed';
    // node:test: a hook or a cancelled parent stopped the test, not an assertion.
    if (diagnostic.kind === 'hookFailed' ||
        diagnostic.kind === 'cancelledByParent') {
        return 'error';
    }
    return 'failed';
}
/**
 * Reads the few keys that matter from a diagnostic block; TAP producers
 * write a small, regular YAML subset (node-tap, node:test, tape).
 */
function readDiagnostic(yaml) {
    const diagnostic = {
        message: null,
        failureType: null,
        file: null,
        line: null,
        duration: null,
        stack: null,
        kind: null,
        isSuite: false
    };
    if (!yaml)
        return diagnostic;
    const values = topLevelValues(yaml);
    diagnostic.message =
        firstLine(values.get('message')) !== null
            ? (values.get('message') ?? null)
            : (values.get('error') ?? null);
    diagnostic.failureType = values.get('name') ?? values.get('code') ?? null;
    diagnostic.kind = values.get('failureType') ?? null;
    diagnostic.stack = values.get('stack') ?? null;
    diagnostic.isSuite = values.get('type') === 'suite';
    const durationMs = toNumber(values.get('duration_ms'));
    diagnostic.duration = durationMs === null ? null : durationMs / 1000;
    const at = values.get('at') ?? values.get('location') ?? null;
    if (at !== null) {
        const location = /^(.*?):(\d+)(?::\d+)?\)?$/.exec(at.replace(/^.*\(/, '').trim());
        if (location) {
            diagnostic.file = location[1].replace(/^file:\/\//, '');
            diagnostic.line = toLine(location[2]);
        }
    }
    const atFile = values.get('at.file');
    if (atFile) {
        diagnostic.file = atFile;
        diagnostic.line = toLine(values.get('at.line'));
    }
    return diagnostic;
}
/** Top-level scalars of the block, plus one level of nesting as `key.sub`. */
function topLevelValues(yaml) {
    const values = new Map();
    for (let i = 0; i < yaml.length; i++) {
        const match = /^([A-Za-z_][\w-]*):(?:\s+(.*))?$/.exec(yaml[i]);
        if (!match)
            continue;
        const key = match[1];
        const inline = (match[2] ?? '').trim();
        const block = [];
        let j = i + 1;
        while (j < yaml.length && (yaml[j] === '' || yaml[j].startsWith(' '))) {
            block.push(yaml[j]);
            j++;
        }
        if (/^[|>][-+]?$/.test(inline)) {
            values.set(key, dedent(block, inline.startsWith('>')));
            i = j - 1;
        }
        else if (inline === '') {
            for (const nested of block) {
                const sub = /^\s+([A-Za-z_][\w-]*):\s+(.*)$/.exec(nested);
                if (sub)
                    values.set(`${key}.${sub[1]}`, unquote(sub[2].trim()));
            }
            i = j - 1;
        }
        else {
            values.set(key, unquote(inline));
        }
    }
    return values;
}
function dedent(block, folded) {
    const indents = block
        .filter((line) => line.trim() !== '')
        .map((line) => line.length - line.trimStart().length);
    const cut = indents.length > 0 ? Math.min(...indents) : 0;
    const lines = block.map((line) => line.slice(cut));
    while (lines.length > 0 && lines[lines.length - 1].trim() === '')
        lines.pop();
    if (!folded)
        return lines.join('\n');
    // Folded (`>`): lines join with spaces, blank lines become line breaks.
    return lines
        .map((line) => (line.trim() === '' ? '\n' : line))
        .join(' ')
        .replace(/ ?\n ?/g, '\n');
}
function unquote(value) {
    if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
        return value.slice(1, -1).replace(/''/g, "'");
    }
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
        try {
            return JSON.parse(value);
        }
        catch {
            return value.slice(1, -1);
        }
    }
    return value;
}
/**
 * Test::More-style diagnostics after a test point: `#   Failed test 'x'`,
 * `#   at t/cart.t line 14.`, then the explanation (got/expected, a
 * library's error).
 */
function readNotes(notes) {
    let file = null;
    let line = null;
    const explanation = [];
    for (const note of notes) {
        const text = note.replace(/^#\s?/, '').trim();
        if (text === '')
            continue;
        const at = /^at (.+) line (\d+)\.?$/.exec(text);
        if (at && file === null) {
            file = at[1];
            line = toLine(at[2]);
        }
        else if (!/^Failed (\(TODO\) )?test\b/.test(text) &&
            !/^Looks like (you|your test)\b/.test(text)) {
            explanation.push(text);
        }
    }
    return {
        message: explanation.length > 0 ? explanation.join('\n') : null,
        file,
        line,
        text: notes.length > 0 ? notes.join('\n') : null
    };
}
/** First line of plain output (not a comment) among the notes. */
function firstOutputLine(notes) {
    return (notes.find((note) => !note.startsWith('#') && note.trim() !== '') ?? null);
}

/**
 * TRX, the Visual Studio / `dotnet test` / MSTest results file (`<TestRun>`).
 * One test per top-level result under `<Results>`; data-driven rows inside
 * `<InnerResults>` are part of their parent and never counted again. The
 * class comes from `TestDefinitions/UnitTest/TestMethod@className`, which
 * VSTest writes after the results, so it is resolved at the end. Outcomes
 * (see docs/FORMATS.md):
 *   passed  ← Passed, PassedButRunAborted, Completed, Warning
 *   failed  ← Failed
 *   error   ← Error, Timeout, Aborted, Disconnected, NotRunnable,
 *             InProgress, Pending (it never finished, or could not run)
 *   skipped ← NotExecuted, Inconclusive
 */
const trxReader = (root) => localName(root.name) === 'TestRun' ? new TrxReader(root) : null;
class TrxReader {
    root;
    path = [];
    results = [];
    definitions = new Map();
    current = null;
    /** Depth of the top-level result element being read, 0 when none. */
    resultDepth = 0;
    capture = null;
    captureInner = false;
    innerResultsOpen = 0;
    definitionId = null;
    declaredTotal = null;
    runInfo = null;
    runInfos = [];
    constructor(root) {
        this.root = root;
    }
    open(element, depth) {
        const name = localName(element.name);
        const attributes = element.attributes;
        const parent = this.path[this.path.length - 1];
        this.path.push(name);
        if (this.current === null) {
            if (parent === 'Results' &&
                (name.endsWith('Result') || name === 'TestResultAggregation')) {
                this.current = newResult(attributes);
                this.resultDepth = depth;
            }
            else if (parent === 'TestDefinitions') {
                this.definitionId = attributes.id ?? null;
                if (this.definitionId) {
                    this.definitions.set(this.definitionId, {
                        className: '',
                        storage: attributes.storage ?? null
                    });
                }
            }
            else if (name === 'TestMethod' && this.definitionId) {
                const definition = this.definitions.get(this.definitionId);
                if (definition && attributes.className) {
                    definition.className = withoutAssembly(attributes.className);
                }
            }
            else if (name === 'Counters' && parent === 'ResultSummary') {
                this.declaredTotal = toNumber(attributes.total);
            }
            else if (name === 'RunInfo') {
                this.runInfo =
                    (attributes.outcome ?? '').toLowerCase() === 'error'
                        ? new BoundedText(LIMITS.message)
                        : null;
            }
            else if (name === 'Text' && this.runInfo) {
                this.capture = 'message';
            }
            return;
        }
        // Inside a top-level result; results under InnerResults are data rows.
        if (name === 'InnerResults')
            this.innerResultsOpen++;
        const inner = this.innerResultsOpen > 0;
        if (name === 'Message' && parent === 'ErrorInfo')
            this.capture = 'message';
        else if (name === 'StackTrace' && parent === 'ErrorInfo') {
            this.capture = 'stack';
        }
        else if (name === 'StdOut' && !inner)
            this.capture = 'stdout';
        else if (name === 'StdErr' && !inner)
            this.capture = 'stderr';
        this.captureInner = inner;
    }
    text(text) {
        if (this.capture === null)
            return;
        if (this.current === null) {
            this.runInfo?.append(text);
            return;
        }
        const state = this.current;
        if (this.captureInner) {
            if (this.capture === 'message')
                state.innerMessage.append(text);
            else if (this.capture === 'stack')
                state.innerStack.append(text);
        }
        else {
            state[this.capture].append(text);
        }
    }
    close(name, depth) {
        this.path.pop();
        this.capture = null;
        const local = localName(name);
        if (this.current && local === 'InnerResults')
            this.innerResultsOpen--;
        if (this.current && depth === this.resultDepth) {
            this.results.push(this.current);
            this.current = null;
            this.resultDepth = 0;
        }
        else if (local === 'RunInfo' && this.runInfo) {
            const text = this.runInfo.value();
            if (text)
                this.runInfos.push(text.replace(/\s+/g, ' ').trim());
            this.runInfo = null;
        }
        else if (this.path[this.path.length - 1] === 'TestDefinitions') {
            this.definitionId = null;
        }
    }
    finish() {
        const suites = new SuiteSet();
        const fallbackSuite = this.root.attributes.name ?? 'TRX';
        for (const state of this.results) {
            const attributes = state.attributes;
            const definition = this.definitions.get(attributes.testId ?? '');
            const testName = attributes.testName ?? '';
            const classname = definition?.className || splitFullName(testName).classname;
            const outcome = attributes.outcome ?? '';
            const hasError = state.message.length > 0 ||
                state.stack.length > 0 ||
                state.innerMessage.length > 0;
            const status = trxStatus(outcome, hasError);
            const failed = status === 'failed' || status === 'error';
            const message = failed
                ? (state.message.value() ??
                    state.innerMessage.value() ??
                    (status === 'error' ? `test outcome ${outcome}` : null))
                : status === 'skipped'
                    ? state.message.value()
                    : null;
            const details = failed
                ? (state.stack.value() ?? state.innerStack.value())
                : null;
            const location = stackLocation(details);
            suites.add(classname || storageName(definition?.storage) || fallbackSuite, makeCase({
                name: shortName(testName, classname),
                classname,
                status,
                file: location?.file,
                line: location?.line,
                duration: timeSpanSeconds(attributes.duration),
                failureType: failed ? exceptionType(message) : null,
                message,
                details,
                systemOut: state.stdout.value(),
                systemErr: state.stderr.value()
            }));
        }
        const warnings = [];
        const warning = countWarning('ResultSummary/Counters total', this.declaredTotal, this.results.length);
        if (warning)
            warnings.push(warning);
        for (const info of this.runInfos) {
            warnings.push(`test run error: ${info.slice(0, 300)}`);
        }
        return {
            format: 'trx',
            producer: producerOf(this.root.attributes.xmlns),
            suites: suites.list(),
            warnings
        };
    }
}
function newResult(attributes) {
    return {
        attributes,
        message: new BoundedText(LIMITS.message),
        stack: new BoundedText(LIMITS.details),
        stdout: new BoundedText(LIMITS.output),
        stderr: new BoundedText(LIMITS.output),
        innerMessage: new BoundedText(LIMITS.message),
        innerStack: new BoundedText(LIMITS.details)
    };
}
function trxStatus(outcome, hasError) {
    switch (outcome.toLowerCase()) {
        case 'passed':
        case 'passedbutrunaborted':
        case 'completed':
        case 'warning':
            return 'passed';
        case 'failed':
            return 'failed';
        case 'error':
        case 'timeout':
        case 'aborted':
        case 'disconnected':
        case 'notrunnable':
        case 'inprogress':
        case 'pending':
            return 'error';
        case 'notexecuted':
        case 'inconclusive':
            return 'skipped';
        default:
            return hasError ? 'failed' : 'passed';
    }
}
function storageName(storage) {
    if (!storage)
        return '';
    const parts = storage.split(/[\\/]/);
    return parts[parts.length - 1] ?? '';
}
/** The schema year tells Visual Studio 2005/2008 MSTest from VSTest. */
function producerOf(namespace) {
    if (!namespace)
        return null;
    if (namespace.endsWith('/2010'))
        return 'VSTest (trx)';
    if (namespace.endsWith('/2006'))
        return 'MSTest (trx)';
    return null;
}

/**
 * xUnit.net v2 (`<assemblies><assembly><collection><test>`) and v1
 * (`<assembly><class><test>`). One test per `<test>`: result Pass → passed,
 * Fail → failed, Skip and NotRun → skipped. The suite is the collection
 * (v2) or class (v1). An `<errors><error>` entry (a fixture or cleanup that
 * threw outside any test) becomes one erroring test, so it is counted and
 * triaged instead of vanishing.
 */
const xunitReader = (root) => root.name === 'assemblies' || root.name === 'assembly'
    ? new XunitReader(root)
    : null;
class XunitReader {
    root;
    suites = new SuiteSet();
    path = [];
    current = null;
    capture = null;
    suiteName = '';
    assemblyName = '';
    sawCollection = false;
    producer = null;
    declaredTotal = null;
    outsideErrors = 0;
    warnings = [];
    constructor(root) {
        this.root = root;
    }
    open(element) {
        const { name, attributes } = element;
        const parent = this.path[this.path.length - 1];
        this.path.push(name);
        switch (name) {
            case 'assembly':
                this.assemblyName = baseName(attributes.name ?? '');
                this.suiteName = this.assemblyName;
                this.producer ??= attributes['test-framework'] ?? null;
                if (toNumber(attributes.total) !== null) {
                    this.declaredTotal =
                        (this.declaredTotal ?? 0) + (toNumber(attributes.total) ?? 0);
                }
                return;
            case 'collection':
                this.sawCollection = true;
                this.suiteName = attributes.name ?? this.assemblyName;
                return;
            case 'class':
                if (parent === 'assembly')
                    this.suiteName = attributes.name ?? '';
                return;
            case 'test':
                this.current = newState('test', attributes, this.suiteName);
                return;
            case 'error':
                if (parent === 'errors') {
                    this.current = newState('error', attributes, this.assemblyName);
                }
                return;
        }
        if (!this.current)
            return;
        if (name === 'failure') {
            this.current.failureType ??= attributes['exception-type'] ?? null;
        }
        else if (name === 'message' && parent === 'failure') {
            this.capture = 'message';
        }
        else if (name === 'stack-trace' && parent === 'failure') {
            this.capture = 'stack';
        }
        else if (name === 'reason' ||
            (name === 'message' && parent === 'reason')) {
            // v2 writes the skip reason as the text of <reason>, v1 in <reason><message>.
            this.capture = 'reason';
        }
        else if (name === 'output') {
            this.capture = 'output';
        }
    }
    text(text) {
        if (!this.current || this.capture === null)
            return;
        this.current[this.capture].append(text);
    }
    close(name) {
        this.path.pop();
        this.capture = null;
        if ((name === 'test' || name === 'error') && this.current) {
            this.closeTest(this.current);
            this.current = null;
        }
        else if (name === 'collection' || name === 'class') {
            this.suiteName = this.assemblyName;
        }
    }
    finish() {
        const format = this.root.name === 'assemblies' || this.sawCollection
            ? 'xunit2'
            : 'xunit1';
        // Declared totals count tests only, not the errors outside them.
        return this.suites.report(format, this.producer, this.warnings, {
            what: '<assembly> total',
            declared: this.declaredTotal,
            uncounted: this.outsideErrors
        });
    }
    closeTest(state) {
        const attributes = state.attributes;
        const failureMessage = state.message.value();
        const details = state.stack.value();
        const location = stackLocation(details);
        if (state.kind === 'error') {
            // An error outside any test: name it after what failed.
            const what = attributes.type ?? 'error';
            this.outsideErrors++;
            this.warnings.push(`xUnit.net reported an error outside any test (${what}); counted as one erroring test`);
            this.suites.add(state.suiteName || 'xUnit.net', makeCase({
                name: attributes.name ? `${what}: ${attributes.name}` : what,
                classname: '(assembly)',
                status: 'error',
                file: location?.file,
                line: location?.line,
                failureType: state.failureType ?? exceptionType(failureMessage),
                message: failureMessage,
                details,
                phase: errorPhase(what)
            }));
            return;
        }
        const status = xunitStatus(attributes.result);
        const fullName = attributes.name ?? '';
        const classname = attributes.type ?? splitFullName(fullName).classname;
        const failed = status === 'failed' || status === 'error';
        this.suites.add(state.suiteName || classname || 'xUnit.net', makeCase({
            name: shortName(fullName, classname),
            classname,
            status,
            file: location?.file,
            line: location?.line,
            duration: toNumber(attributes.time),
            failureType: failed
                ? (state.failureType ?? exceptionType(failureMessage))
                : null,
            message: failed
                ? failureMessage
                : status === 'skipped'
                    ? state.reason.value()
                    : null,
            details: failed ? details : null,
            systemOut: state.output.value()
        }));
    }
}
function newState(kind, attributes, suiteName) {
    return {
        kind,
        attributes,
        suiteName,
        failureType: null,
        message: new BoundedText(LIMITS.message),
        reason: new BoundedText(LIMITS.message),
        stack: new BoundedText(LIMITS.details),
        output: new BoundedText(LIMITS.output)
    };
}
function xunitStatus(result) {
    switch ((result ?? '').toLowerCase()) {
        case 'fail':
            return 'failed';
        case 'skip':
        case 'notrun':
            return 'skipped';
        default:
            return 'passed';
    }
}
/** xUnit.net error types: assembly-cleanup, test-class-cleanup, fatal... */
function errorPhase(type) {
    if (type.endsWith('-cleanup'))
        return 'teardown';
    if (type === 'fatal')
        return null;
    return 'setup';
}
function baseName(path) {
    const parts = path.split(/[\\/]/);
    return parts[parts.length - 1] ?? path;
}

/**
 * Reads one report file into the model. The format is told by content, never
 * by file name: XML by its root element, JSON by its shape, TAP by its lines.
 * A file that cannot be read is refused with a one-line reason; it never
 * throws, so one bad file cannot cost the others.
 */
const XML_READERS = [
    junitReader,
    nunitReader,
    xunitReader,
    trxReader
];
/** Non-XML reports are read whole; beyond this size they are refused. */
const MAX_TEXT_REPORT_BYTES = 256 * 1024 * 1024;
/**
 * Bytes read at a time. Every string a reader keeps is copied out of its
 * chunk, but a chunk lives until the parser is done with it: smaller
 * chunks hold less at once and cost no time (measured in bench/).
 */
const CHUNK_BYTES = 64 * 1024;
async function readReport(path) {
    try {
        const info = await stat$1(path);
        if (!info.isFile())
            throw new ReportError('not a regular file');
        if (info.size === 0)
            throw new ReportError('empty file');
        const read = (positions) => parseStream(createReadStream(path, { highWaterMark: CHUNK_BYTES }), info.size, positions);
        // XML is read without tracking positions; one that is not well-formed
        // is read again with them, to say where.
        const parsed = await read(false).catch((err) => {
            if (err instanceof PositionsWanted)
                return read(true);
            throw err;
        });
        return { path, error: null, ...parsed };
    }
    catch (err) {
        return refused(path, err);
    }
}
async function parseStream(stream, size, positions) {
    let decoder = null;
    let kind = null;
    let xml = null;
    const held = [];
    for await (const chunk of stream) {
        if (decoder === null) {
            const encoding = encodingOf(chunk);
            if (encoding === 'utf-8' && chunk.subarray(0, 8192).includes(0)) {
                throw new NotAReportError('binary file, not a test report');
            }
            decoder = decoderFor(encoding);
        }
        let text = decoder.write(chunk);
        if (kind === null) {
            text = text.replace(/^\uFEFF/, '');
            kind = sniff(text);
            if (kind === 'xml')
                xml = new XmlReportParser(XML_READERS, { positions });
            else if (size > MAX_TEXT_REPORT_BYTES) {
                throw new ReportError(`${Math.round(size / 1048576)} MiB is too large for a non-XML report`);
            }
        }
        if (xml) {
            xml.write(text);
            // Leaving the loop closes the file; finish() says why it stopped.
            if (xml.stopped)
                return xml.finish();
        }
        else
            held.push(text);
    }
    const rest = decoder?.end() ?? '';
    if (xml) {
        if (rest)
            xml.write(rest);
        return xml.finish();
    }
    held.push(rest);
    return parseWholeText(kind ?? 'text', held.join(''));
}
/**
 * Node's StringDecoder is markedly faster than TextDecoder on large files;
 * it has no UTF-16 big-endian, which is rare enough for TextDecoder.
 */
function decoderFor(encoding) {
    if (encoding !== 'utf-16be') {
        return new StringDecoder(encoding === 'utf-8' ? 'utf8' : 'utf16le');
    }
    const decoder = new TextDecoder('utf-16be');
    return {
        write: (chunk) => decoder.decode(chunk, { stream: true }),
        end: () => decoder.decode()
    };
}
/** UTF-16 reports (some .NET tools write them) announce themselves with a BOM. */
function encodingOf(head) {
    if (head[0] === 0xff && head[1] === 0xfe)
        return 'utf-16le';
    if (head[0] === 0xfe && head[1] === 0xff)
        return 'utf-16be';
    return 'utf-8';
}
function sniff(text) {
    const start = text.replace(/^\uFEFF/, '').trimStart();
    if (start === '')
        throw new ReportError('empty file');
    if (start.startsWith('<'))
        return 'xml';
    if (start.startsWith('{') || start.startsWith('['))
        return 'json';
    return 'text';
}
function parseWholeText(kind, text) {
    if (kind === 'json')
        return parseJsonReport(text);
    if (looksLikeTap(text))
        return parseTap(text);
    throw new NotAReportError('not a test report: neither XML, JSON nor TAP');
}
function refused(path, err) {
    const reason = err instanceof ReportError
        ? err.message
        : oneLine(err instanceof Error ? err.message : String(err));
    return {
        path,
        format: null,
        producer: null,
        suites: [],
        warnings: [],
        error: reason,
        ...(err instanceof NotAReportError ? { notAReport: true } : {})
    };
}

/**
 * Reads collected files in order. A file found by a search that turns out to
 * be no test report at all (a pom.xml, a package.json) is left out quietly; a
 * file named one by one that cannot be read stays in with its error.
 */
async function readCollected(collected, base, label = (file) => file, debug = () => { }) {
    const reports = [];
    for (const file of collected.files) {
        const report = await readReport(resolve$1(base, file));
        if (report.notAReport && collected.searched.has(file)) {
            debug(`${label(file)}: not a test report, left out`);
            continue;
        }
        reports.push({ ...report, path: label(file) });
    }
    return reports;
}

/**
 * Reads the checked-out source tree into the index the triage consults for
 * fix hints. Bounded in files, bytes and time; never follows symlinks and
 * never enters dependency, build or VCS folders.
 */
const DEFAULT_SOURCE_LIMITS = {
    files: 20_000,
    bytes: 32 * 1024 * 1024,
    fileBytes: 1024 * 1024,
    milliseconds: 5_000
};
/** Folders never entered: VCS data, dependencies, virtualenvs, vendored and build output. */
const SKIPPED_DIRS = new Set([
    '.git',
    '.hg',
    '.svn',
    'node_modules',
    'bower_components',
    '.venv',
    'venv',
    'env',
    '.env',
    '.tox',
    '.nox',
    '__pycache__',
    '.mypy_cache',
    '.pytest_cache',
    '.ruff_cache',
    'site-packages',
    'vendor',
    'third_party',
    'third-party',
    'Pods',
    '.gradle',
    '.idea',
    '.vscode',
    'target',
    'build',
    'dist',
    'out',
    'coverage',
    '.next',
    '.nuxt',
    'bin',
    'obj',
    '.bundle'
]);
/** Files worth reading: source code and dependency manifests. */
const READ = /\.(?:py|pyi|js|jsx|mjs|cjs|ts|tsx|mts|cts|rb|java|kt|kts|go|php|cs|fs|rs|scala|groovy)$|(?:^|\/)(?:requirements[\w.-]{0,40}\.txt|pyproject\.toml|setup\.cfg|setup\.py|Pipfile|package\.json|Gemfile|go\.mod|pom\.xml|build\.gradle(?:\.kts)?|composer\.json|Cargo\.toml|Directory\.Packages\.props)$|\.(?:csproj|fsproj|gemspec)$/;
async function indexSource(root, limits = DEFAULT_SOURCE_LIMITS) {
    const files = [];
    const deadline = Date.now() + limits.milliseconds;
    let bytes = 0;
    let truncated = null;
    const pending = [root];
    while (pending.length > 0 && truncated === null) {
        const dir = pending.shift();
        let entries;
        try {
            entries = await readdir$1(dir, { withFileTypes: true });
        }
        catch {
            // An unreadable folder is not a reason to give up on the rest.
            continue;
        }
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const entry of entries) {
            if (Date.now() > deadline) {
                truncated = `the ${limits.milliseconds} ms time bound was reached`;
                break;
            }
            const full = join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name) && !entry.name.endsWith('.egg-info'))
                    pending.push(full);
                continue;
            }
            if (!entry.isFile())
                continue;
            if (files.length >= limits.files) {
                truncated = `the ${limits.files}-file bound was reached`;
                break;
            }
            const path = relative$1(root, full).split(sep$1).join('/');
            let text = null;
            if (READ.test(path)) {
                const budget = limits.bytes - bytes;
                text = await readBounded(full, Math.min(limits.fileBytes, budget));
                if (text !== null)
                    bytes += text.length;
                else if (budget < limits.fileBytes) {
                    // Too big for what is left of the byte budget: stop reading here.
                    truncated = `the ${limits.bytes}-byte bound was reached`;
                }
            }
            files.push({ path, text });
        }
    }
    return { root, files, truncated };
}
/** The file's text, or null when it is larger than `max` bytes or unreadable. */
async function readBounded(path, max) {
    let handle;
    try {
        handle = await open(path, 'r');
        const info = await handle.stat();
        if (info.size > max)
            return null;
        const buffer = Buffer.alloc(info.size);
        await handle.read(buffer, 0, info.size, 0);
        return buffer.toString('utf8');
    }
    catch {
        return null;
    }
    finally {
        await handle?.close();
    }
}

/** The machine-readable document (`--json`, the action's `json` output). */
function toJsonDocument(analysis) {
    return {
        totals: analysis.totals,
        rates: analysis.rates,
        suites: analysis.suites.map((suite) => ({
            name: suite.name,
            file: suite.file,
            report: suite.report,
            totals: suite.totals,
            rates: suite.rates
        })),
        reports: analysis.reports.map((report) => ({
            path: report.path,
            format: report.format,
            producer: report.producer,
            totals: reportTotals(report),
            warnings: report.warnings,
            error: report.error
        })),
        causes: analysis.causes,
        gate: analysis.gate,
        warnings: analysis.warnings
    };
}
function renderJson(analysis) {
    return `${JSON.stringify(toJsonDocument(analysis), null, 2)}\n`;
}

/**
 * Everything that comes from a report is untrusted: it must render as text,
 * never as live HTML, a mention that pings, a cross-reference, a link, math,
 * or our own hidden marker.
 */
const HTML = /[&<>"]/g;
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;'
};
const ZWJ = '\u200d';
/**
 * Control characters and bidi overrides: invisible, can reorder what a reader
 * sees ("Trojan source") or corrupt the API body. Tab and newline are kept.
 */
const CONTROL = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
/** Text that must not link to people, issues or pull requests. */
function unlink(text) {
    return (text
        // `@user` and `@org/team` would ping.
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
        // `#123`, `owner/repo#123` and `GH-123` would cross-reference an issue.
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWJ}`));
}
/** Inline text, safe inside a paragraph or a table cell. */
function escapeInline(text) {
    return unlink(text
        .replace(CONTROL, '')
        .replace(HTML, (ch) => HTML_ENTITIES[ch])
        // Markdown punctuation that could start emphasis, links, code, tables or math.
        .replace(/([\\`*_{}[\]()#+!|~$])/g, '\\$1')
        // A scheme followed by `:` is never left linkable (`javascript:`, `data:`).
        .replace(/\b(javascript|data|vbscript):/gi, `$1${ZWJ}:`)
        .replace(/\r?\n|\r/g, ' '));
}
/**
 * A fenced code block that the text cannot break out of: the fence is longer
 * than any backtick run inside, and our HTML comment markers are defused.
 * Mentions inside code never ping, so only markers need care.
 */
function codeBlock(text, language = '') {
    const clean = text.replace(CONTROL, '');
    const longest = Math.max(2, ...Array.from(clean.matchAll(/`+/g), (m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const lang = language.replace(/[^\w+-]/g, '');
    return `${fence}${lang}\n${defuseMarkers(clean)}\n${fence}`;
}
/** Inline code span that survives backticks in the text. */
function codeSpan(text) {
    const flat = text.replace(CONTROL, '').replace(/\r?\n|\r/g, ' ');
    const longest = Math.max(0, ...Array.from(flat.matchAll(/`+/g), (m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${defuseMarkers(flat)}${pad}${ticks}`;
}
/** HTML comments are how we find our own comment; report text cannot forge one. */
function defuseMarkers(text) {
    return text.replace(/<!--/g, '<\u200b!--').replace(/-->/g, '--\u200b>');
}

/**
 * The triage in the report: a verdict, the root causes ranked by how many
 * tests they block, the missing components, a remediation checklist and the
 * success criteria. Everything that came from a report is escaped.
 */
const LABELS = {
    'missing-module': 'missing module',
    'missing-attribute': 'missing helper or attribute',
    'missing-fixture': 'missing fixture',
    'service-unavailable': 'service unavailable',
    timeout: 'timeout',
    'missing-config': 'missing configuration',
    'collection-error': 'test file failed to load',
    'build-failure': 'build failure',
    'permission-denied': 'permission denied',
    'resource-exhausted': 'out of resources',
    assertion: 'assertion failed',
    crash: 'crash in product code',
    'skip-intentional': 'skipped on purpose',
    unknown: 'unrecognised failure'
};
/** Text with `code` spans from a template: the spans become safe code, the rest escaped text. */
function richText(text) {
    return text
        .split(/(`[^`\n]{0,400}`)/)
        .map((part) => part.length >= 2 && part.startsWith('`') && part.endsWith('`')
        ? codeSpan(part.slice(1, -1))
        : escapeInline(part))
        .join('');
}
/** High: infrastructure blocking a fifth of the non-passing tests or more, or nothing compiled. */
function severity(cause, nonPassing) {
    if (cause.category === 'skip-intentional')
        return 'low';
    if (cause.infrastructure &&
        (cause.count * 5 >= nonPassing ||
            cause.category === 'build-failure' ||
            cause.category === 'collection-error'))
        return 'high';
    return 'medium';
}
const SEVERITY_ICON = {
    high: '🔴',
    medium: '🟠',
    low: '⚪'
};
function verdict(analysis) {
    const causes = analysis.causes;
    const nonPassing = causes.reduce((sum, cause) => sum + cause.count, 0);
    const infra = causes.filter((cause) => cause.infrastructure);
    const infraTests = infra.reduce((sum, cause) => sum + cause.count, 0);
    const product = causes.filter((cause) => cause.category === 'assertion' || cause.category === 'crash');
    const productTests = product.reduce((sum, cause) => sum + cause.count, 0);
    const of = `of ${plural(nonPassing, 'non-passing test')}`;
    if (infraTests === nonPassing) {
        return `**Infrastructure, not product:** ${infraTests} ${of} come from ${plural(infra.length, 'cause')}.`;
    }
    if (infraTests === 0 && productTests > 0) {
        return `**Product failures:** ${productTests} ${of} come from ${plural(product.length, 'cause')} in the code under test; no infrastructure cause was found.`;
    }
    if (infraTests === 0) {
        return `**No infrastructure cause found:** ${plural(nonPassing, 'non-passing test')} in ${plural(causes.length, 'group')}.`;
    }
    return `**Mostly ${infraTests >= nonPassing / 2 ? 'infrastructure' : 'product'}:** ${infraTests} ${of} come from ${plural(infra.length, 'infrastructure cause')}, ${productTests} from ${plural(product.length, 'product cause')}.`;
}
function testLine(test) {
    const where = test.classname && test.classname !== test.name ? `${test.classname} › ` : '';
    return `- ${escapeInline(`${where}${test.name}`)}`;
}
/**
 * The service a `host:port` key stands for (`127.0.0.1:5432` → PostgreSQL):
 * the key stays the address the report wrote, the reader sees what it is.
 */
function serviceOf(cause) {
    if (cause.category !== 'service-unavailable')
        return null;
    const port = /:(\d{2,5})$/.exec(cause.key)?.[1];
    return port === undefined ? null : (SERVICE_PORTS[port] ?? null);
}
/** The category's label, with the service named when the key is its address. */
function labelOf(cause) {
    const service = serviceOf(cause);
    return service === null
        ? LABELS[cause.category]
        : `${LABELS[cause.category]} (${service})`;
}
function causeBlock(cause, rank, nonPassing, options) {
    const level = severity(cause, nonPassing);
    const lines = [
        `**${rank}. ${SEVERITY_ICON[level]} ${codeSpan(cause.key)}**: ${labelOf(cause)}, ${plural(cause.count, 'test')} (${level} severity${cause.infrastructure ? ', infrastructure' : ''})`,
        '',
        `${richText(cause.hint)}`
    ];
    if (cause.source)
        lines.push('', `🔎 ${richText(cause.source)}`);
    const details = [];
    if (options.evidence && cause.evidence.length > 0) {
        details.push(codeBlock(cause.evidence.join('\n'), 'text'));
    }
    if (options.maxTestsPerCause > 0) {
        const shown = cause.tests.slice(0, options.maxTestsPerCause);
        details.push(shown.map(testLine).join('\n'));
        const hidden = cause.tests.length - shown.length;
        if (hidden > 0)
            details.push(`_… and ${plural(hidden, 'more test')}_`);
    }
    if (details.length > 0) {
        lines.push('', `<details><summary>Evidence and tests</summary>`, '', ...details.flatMap((d) => [d, '']), '</details>');
    }
    return lines.join('\n');
}
function rootCauses(analysis, options) {
    const nonPassing = analysis.causes.reduce((sum, cause) => sum + cause.count, 0);
    const shown = analysis.causes.slice(0, options.maxCauses);
    const blocks = shown.map((cause, index) => causeBlock(cause, index + 1, nonPassing, options));
    const rest = analysis.causes.slice(shown.length);
    if (rest.length > 0) {
        const tests = rest.reduce((sum, cause) => sum + cause.count, 0);
        blocks.push(`_… and ${plural(rest.length, 'more cause')} covering ${plural(tests, 'test')}._`);
    }
    return ['### Root causes', '', blocks.join('\n\n')].join('\n');
}
const COMPONENT_CATEGORIES = new Set([
    'missing-module',
    'service-unavailable',
    'missing-config',
    'missing-fixture'
]);
const COMPONENT_KIND = {
    'missing-module': 'module',
    'service-unavailable': 'service',
    'missing-config': 'configuration',
    'missing-fixture': 'fixture'
};
function missingComponents(analysis, max) {
    const components = analysis.causes.filter((cause) => COMPONENT_CATEGORIES.has(cause.category));
    if (components.length === 0)
        return null;
    const shown = components.slice(0, max);
    const lines = shown.map((cause) => {
        const skipped = cause.tests.length;
        const service = serviceOf(cause);
        const kind = COMPONENT_KIND[cause.category] ?? '';
        return `- ${codeSpan(cause.key)} (${service === null ? kind : `${service} ${kind}`}): blocks ${plural(skipped, 'test')}`;
    });
    if (components.length > shown.length)
        lines.push(`- _… and ${components.length - shown.length} more_`);
    return ['### Missing components', '', ...lines].join('\n');
}
/** What fixing a cause without a source-grounded action buys. */
function genericPayoff(cause) {
    const tests = plural(cause.count, 'test');
    if (cause.infrastructure)
        return `unblocks ${tests}`;
    return cause.category === 'assertion' || cause.category === 'crash'
        ? `fixes ${tests}`
        : tests;
}
/** One checklist line: the source tree's concrete action when there is one, else the cause's hint. */
function planItem(cause) {
    if (cause.fix)
        return `- [ ] ${richText(cause.fix.action)} (${escapeInline(cause.fix.payoff)})`;
    return `- [ ] ${codeSpan(cause.key)} (${labelOf(cause)}): ${richText(cause.hint)} (${genericPayoff(cause)})`;
}
function remediationPlan(analysis, max) {
    // Infrastructure first (it hides everything behind it), then product, then the rest.
    const order = (cause) => cause.infrastructure
        ? 0
        : cause.category === 'assertion' || cause.category === 'crash'
            ? 1
            : cause.category === 'unknown'
                ? 2
                : 3;
    // Within a group, the tests a fix makes run first. Call sites hidden behind
    // skips are named in the payoff but do not rank: they wait on other causes.
    const actionable = analysis.causes
        .filter((cause) => cause.category !== 'skip-intentional')
        .sort((a, b) => order(a) - order(b) || b.count - a.count);
    if (actionable.length === 0)
        return null;
    const shown = actionable.slice(0, max);
    const lines = shown.map(planItem);
    if (actionable.length > shown.length)
        lines.push(`- [ ] _… and ${plural(actionable.length - shown.length, 'more cause')}_`);
    return ['### Remediation plan', '', ...lines].join('\n');
}
function successCriteria(analysis) {
    const thresholds = analysis.thresholds ?? {};
    const { rates } = analysis;
    const tick = (met) => (met ? '[x]' : '[ ]');
    const atLeast = (value, min) => value !== null && value * 100 >= min - 1e-9;
    const lines = [];
    if (thresholds.minExecutionRate !== undefined) {
        lines.push(`- ${tick(atLeast(rates.execution, thresholds.minExecutionRate))} Execution rate ≥ ${thresholds.minExecutionRate}% (now ${percentText(rates.execution)})`);
    }
    if (thresholds.minPassRate !== undefined) {
        lines.push(`- ${tick(atLeast(rates.pass, thresholds.minPassRate))} Pass rate ≥ ${thresholds.minPassRate}% (now ${percentText(rates.pass)})`);
    }
    if (thresholds.maxSkipRate !== undefined) {
        const met = rates.skip === null || rates.skip * 100 <= thresholds.maxSkipRate + 1e-9;
        lines.push(`- ${tick(met)} Skip rate ≤ ${thresholds.maxSkipRate}% (now ${percentText(rates.skip)})`);
    }
    const infra = analysis.causes.filter((cause) => cause.infrastructure);
    lines.push(`- ${tick(infra.length === 0)} No infrastructure cause remains (now ${infra.length})`);
    if (lines.length === 1) {
        // Without thresholds, the criteria are that everything ran and passed.
        lines.unshift(`- ${tick(rates.execution === null || rates.execution === 1)} Every test runs (execution rate now ${percentText(rates.execution)})`, `- ${tick(analysis.totals.failed + analysis.totals.errors === 0)} No test fails (pass rate now ${percentText(rates.pass)})`);
    }
    return ['### Success criteria', '', ...lines].join('\n');
}
function renderCauseSections(analysis, options = {}) {
    if (analysis.causes.length === 0)
        return [];
    const resolved = {
        maxCauses: Math.max(0, options.maxCauses ?? 10),
        evidence: options.evidence ?? true,
        maxTestsPerCause: Math.max(0, options.maxTestsPerCause ?? 10)
    };
    const sections = [verdict(analysis), rootCauses(analysis, resolved)];
    const components = missingComponents(analysis, Math.max(resolved.maxCauses, 1) * 2);
    if (components)
        sections.push(components);
    const plan = remediationPlan(analysis, Math.max(resolved.maxCauses, 1));
    if (plan)
        sections.push(plan);
    sections.push(successCriteria(analysis));
    return sections;
}

/** The report a person reads: the comment the action posts, the CLI's default output. */
function headline(analysis) {
    const { totals } = analysis;
    if (totals.tests === 0)
        return '⚪ No tests found in the reports.';
    const broken = totals.failed + totals.errors;
    const ran = totals.tests - totals.skipped;
    const parts = [`${ran} of ${totals.tests} tests ran`];
    if (broken > 0)
        parts.push(`${broken} did not pass`);
    if (totals.skipped > 0)
        parts.push(`${totals.skipped} skipped`);
    const icon = !analysis.gate.passed || broken > 0
        ? '🔴'
        : totals.skipped > 0
            ? '🟡'
            : '🟢';
    const verdict = broken === 0 && totals.skipped === 0
        ? 'All tests passed'
        : broken === 0
            ? 'No failures, but not every test ran'
            : 'Tests failed';
    return `${icon} **${verdict}**: ${parts.join(', ')}.`;
}
function suiteRow(name, totals, rates) {
    return `| ${name} | ${totals.tests} | ${totals.passed} | ${totals.failed} | ${totals.errors} | ${totals.skipped} | ${percentText(rates.pass)} |`;
}
/** The per-suite table; beyond `maxRows` suites one row says how many were left out. */
function suiteTable(analysis, maxRows = Infinity) {
    const lines = [
        '| Suite | Total | Passed | Failed | Errors | Skipped | Success rate |',
        '| :--- | ---: | ---: | ---: | ---: | ---: | ---: |'
    ];
    for (const suite of analysis.suites.slice(0, maxRows)) {
        lines.push(suiteRow(escapeInline(suite.name || '(unnamed)'), suite.totals, suite.rates));
    }
    const hidden = analysis.suites.length - Math.min(maxRows, analysis.suites.length);
    if (hidden > 0)
        lines.push(`| _… ${plural(hidden, 'more suite')}_ | | | | | | |`);
    lines.push(suiteRow('**All suites**', analysis.totals, analysis.rates));
    return lines.join('\n');
}
function keyMetrics(analysis) {
    const { totals, rates } = analysis;
    const ran = totals.tests - totals.skipped;
    return [
        `- **Execution rate: ${percentText(rates.execution)}** (${ran} of ${plural(totals.tests, 'test')} attempted)`,
        `- **Skip rate: ${percentText(rates.skip)}** (${totals.skipped} skipped)`,
        `- **Failure rate of what ran: ${percentText(rates.failure)}** (${totals.failed} failed, ${plural(totals.errors, 'error')} of ${ran} run)`,
        `- **Pass rate: ${percentText(rates.pass)}** (${totals.passed} of ${totals.tests} passed)`
    ].join('\n');
}
function gateSection(analysis) {
    if (analysis.gate.passed)
        return null;
    return [
        '### ⛔ Gate failed',
        '',
        ...analysis.gate.reasons.map((reason) => `- ${reason}`)
    ].join('\n');
}
/** Warnings, one bullet each; beyond `maxItems` one bullet says how many were left out. */
function warningSection(analysis, maxItems = Infinity) {
    if (analysis.warnings.length === 0)
        return null;
    const shown = analysis.warnings.slice(0, maxItems);
    const hidden = analysis.warnings.length - shown.length;
    return [
        '### ⚠️ Warnings',
        '',
        ...shown.map((warning) => `- ${escapeInline(warning)}`),
        ...(hidden > 0 ? [`- _… ${plural(hidden, 'more warning')}_`] : [])
    ].join('\n');
}
function renderMarkdown(analysis, options = {}) {
    const sections = [
        `## ${escapeInline(options.title ?? 'Test triage')}`,
        headline(analysis),
        suiteTable(analysis),
        '### Key metrics',
        keyMetrics(analysis),
        gateSection(analysis),
        ...renderCauseSections(analysis),
        warningSection(analysis)
    ];
    return `${sections.filter((s) => s !== null).join('\n\n')}\n`;
}

/** The command line: `ci-triage [options] <files, folders or globs...>`. */
const USAGE = `Usage: ci-triage [options] <files, folders or globs...>

Reads test reports (JUnit XML and its dialects, NUnit, xUnit.net, TRX, TAP,
CTRF, mocha/jest/go/dart/rspec JSON), measures execution, skip, failure and
pass rates, and groups failures by root cause.

Options:
  --markdown                  print the report as markdown (default)
  --json                      print one JSON document
  --min-execution-rate <pct>  fail (exit 1) when fewer tests ran
  --min-pass-rate <pct>       fail (exit 1) when fewer tests passed
  --max-skip-rate <pct>       fail (exit 1) when more tests were skipped
  --fail-on-infrastructure    fail (exit 1) when an infrastructure cause is found
  --source-root <dir>         source tree used for fix hints
  --title <text>              heading of the markdown report
  -h, --help                  show this help

Exit codes: 0 done, 1 a gate threshold failed, 2 bad usage or no readable report.`;
class UsageError extends Error {
}
function percentOption(name, value) {
    if (value === undefined)
        return undefined;
    const number = Number(value.replace(/%$/, ''));
    if (value.trim() === '' ||
        !Number.isFinite(number) ||
        number < 0 ||
        number > 100) {
        throw new UsageError(`--${name} must be a percent between 0 and 100, got "${value}"`);
    }
    return number;
}
async function main(argv) {
    let args;
    try {
        args = parseArgs({
            args: argv,
            allowPositionals: true,
            options: {
                json: { type: 'boolean' },
                markdown: { type: 'boolean' },
                'min-execution-rate': { type: 'string' },
                'min-pass-rate': { type: 'string' },
                'max-skip-rate': { type: 'string' },
                'fail-on-infrastructure': { type: 'boolean' },
                'source-root': { type: 'string' },
                title: { type: 'string' },
                help: { type: 'boolean', short: 'h' }
            }
        });
    }
    catch (err) {
        process.stderr.write(`ci-triage: ${err.message}\n\n${USAGE}\n`);
        return 2;
    }
    const { values, positionals } = args;
    if (values.help) {
        process.stdout.write(`${USAGE}\n`);
        return 0;
    }
    let thresholds;
    try {
        if (positionals.length === 0)
            throw new UsageError('no report files given');
        if (values.json && values.markdown) {
            throw new UsageError('choose one of --json and --markdown');
        }
        thresholds = {
            minExecutionRate: percentOption('min-execution-rate', values['min-execution-rate']),
            minPassRate: percentOption('min-pass-rate', values['min-pass-rate']),
            maxSkipRate: percentOption('max-skip-rate', values['max-skip-rate']),
            failOnInfrastructure: values['fail-on-infrastructure'] ?? false
        };
    }
    catch (err) {
        process.stderr.write(`ci-triage: ${err.message}\n\n${USAGE}\n`);
        return 2;
    }
    const collected = await collectFiles(positionals);
    for (const line of collected.missing)
        process.stderr.write(`warning: ${line}\n`);
    const reports = await readCollected(collected, process.cwd());
    // Without --source-root nothing is scanned and every cause's source is null.
    const sourceRoot = values['source-root'];
    if (sourceRoot &&
        !(await stat$1(sourceRoot).catch(() => null))?.isDirectory()) {
        process.stderr.write(`ci-triage: --source-root ${sourceRoot} is not a folder\n`);
        return 2;
    }
    const source = sourceRoot ? await indexSource(sourceRoot) : null;
    const analysis = analyze(reports, { thresholds, source });
    for (const warning of analysis.warnings)
        process.stderr.write(`warning: ${warning}\n`);
    process.stdout.write(values.json
        ? renderJson(analysis)
        : renderMarkdown(analysis, { title: values.title }));
    if (!reports.some((report) => report.error === null)) {
        process.stderr.write('ci-triage: no readable test report\n');
        return 2;
    }
    return analysis.gate.passed ? 0 : 1;
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(`ci-triage: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 2;
});

export { UsageError, main };
