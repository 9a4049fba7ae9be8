/**
 * The JUnit reader on the dialects we cannot run on this machine (Surefire,
 * Gradle, nextest, Bazel, Ant's suite-level error, go-junit-report) and on
 * the counting rules themselves. The snippets follow each tool's output
 * shape; the version each follows is named beside it. Reports from real
 * runs are covered by parse-junit-fixtures.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { reportTotals } from '../src/analyze/metrics.js'
import { LIMITS, type ReportFile, type TestCase } from '../src/model.js'
import { parseReportText } from '../src/parse/index.js'

function parse(xml: string): ReportFile {
  const report = parseReportText('report.xml', xml)
  expect(report.error).toBeNull()
  return report
}

function cases(report: ReportFile): TestCase[] {
  return report.suites.flatMap((suite) => suite.cases)
}

function only(report: ReportFile, name: string): TestCase {
  const found = cases(report).filter((test) => test.name === name)
  expect(found).toHaveLength(1)
  return found[0]
}

describe('counting', () => {
  it('counts one test per testcase and lets error > failure > skipped win', () => {
    const report = parse(`<testsuites><testsuite name="s">
      <testcase classname="c" name="all three"><skipped/><failure message="f">F</failure><error message="e">E</error></testcase>
      <testcase classname="c" name="failure and skip"><skipped/><failure message="f">F</failure></testcase>
      <testcase classname="c" name="skipped"><skipped message="not today"/></testcase>
      <testcase classname="c" name="passed"/>
    </testsuite></testsuites>`)
    expect(reportTotals(report)).toEqual({
      tests: 4,
      passed: 1,
      failed: 1,
      errors: 1,
      skipped: 1
    })
    // The message shown belongs to the result that decided the status.
    expect(only(report, 'all three').message).toBe('e')
    expect(only(report, 'failure and skip').details).toBe('F')
    expect(only(report, 'skipped').message).toBe('not today')
  })

  it('keeps the first message when several failures are written', () => {
    const report = parse(`<testsuite name="s">
      <testcase classname="c" name="t">
        <failure message="first" type="AssertionError">one</failure>
        <failure message="second" type="IllegalStateException">two</failure>
      </testcase></testsuite>`)
    const test = only(report, 't')
    expect(test.status).toBe('failed')
    expect([test.message, test.failureType, test.details]).toEqual([
      'first',
      'AssertionError',
      'one'
    ])
  })

  it('reads status and result attributes (GoogleTest, CTest)', () => {
    // GoogleTest 1.14 writes status="run" result="skipped" for GTEST_SKIP
    // and status="notrun" result="suppressed" for DISABLED_ tests.
    const report =
      parse(`<testsuites name="AllTests"><testsuite name="S" tests="4">
      <testcase name="Skipped" status="run" result="skipped" classname="S"/>
      <testcase name="DISABLED_x" status="notrun" result="suppressed" classname="S"/>
      <testcase name="Ran" status="run" result="completed" classname="S"/>
      <testcase name="CtestFail" status="fail" classname="S"/>
    </testsuite></testsuites>`)
    // The clean pass is counted, not kept.
    expect(cases(report).map((test) => [test.name, test.status])).toEqual([
      ['Skipped', 'skipped'],
      ['DISABLED_x', 'skipped'],
      ['CtestFail', 'failed']
    ])
    expect(reportTotals(report)).toEqual({
      tests: 4,
      passed: 1,
      failed: 1,
      errors: 0,
      skipped: 2
    })
    expect(report.warnings).toEqual([])
    expect(report.producer).toBe('googletest')
  })

  it('reads nested suites and a bare <testsuite> root with testcases of its own', () => {
    const report = parse(`<testsuite name="root" tests="3">
      <testsuite name="inner" file="tests/InnerTest.php" tests="1">
        <testcase name="a" classname="Inner"/>
      </testsuite>
      <testsuite name="outer" tests="1"><testsuite name="deep" tests="1">
        <testcase name="b" classname="Deep"/>
      </testsuite></testsuite>
      <testcase name="c" classname="Root"/>
    </testsuite>`)
    expect(
      report.suites.map((suite) => [
        suite.name,
        suite.passed,
        suite.cases.length
      ])
    ).toEqual([
      ['root', 1, 0],
      ['inner', 1, 0],
      ['deep', 1, 0]
    ])
    expect(report.suites[1].file).toBe('tests/InnerTest.php')
    expect(report.warnings).toEqual([])
  })

  it('reads testcases written directly under <testsuites>', () => {
    const report = parse(`<testsuites name="run">
      <testcase name="a" classname="x"/>
      <testcase name="b" classname="x"><failure>boom</failure></testcase>
    </testsuites>`)
    expect(report.suites).toHaveLength(1)
    expect(report.suites[0].name).toBe('run')
    expect(reportTotals(report)).toMatchObject({ tests: 2, failed: 1 })
  })

  it('keeps empty leaf suites and drops suites that only group others', () => {
    const report = parse(`<testsuites><testsuite name="group">
      <testsuite name="empty" tests="0"/>
      <testsuite name="full"><testcase name="t" classname="c"/></testsuite>
    </testsuite></testsuites>`)
    expect(report.suites.map((suite) => suite.name)).toEqual(['empty', 'full'])
  })

  it('trusts the testcases over the header and says so', () => {
    const report =
      parse(`<testsuites tests="12"><testsuite name="billing" tests="12" failures="4" errors="0" skipped="1">
      <testcase name="a" classname="c"><failure>x</failure></testcase>
      <testcase name="b" classname="c"/>
    </testsuite></testsuites>`)
    expect(reportTotals(report).tests).toBe(2)
    expect(report.warnings).toEqual([
      'suite "billing" header says 12 tests (found 2), 4 failures (found 1), 1 skipped (found 0); counted the testcases',
      '<testsuites> header says 12 tests (found 2); counted the testcases'
    ])
  })

  it('caps the header warnings of one report', () => {
    const suites = Array.from(
      { length: 30 },
      (_, i) =>
        `<testsuite name="s${i}" tests="2"><testcase name="t" classname="c"/></testsuite>`
    ).join('')
    const report = parse(`<testsuites>${suites}</testsuites>`)
    expect(report.warnings).toHaveLength(21)
    expect(report.warnings[20]).toBe(
      '10 more suites whose header counts disagree with their testcases'
    )
  })
})

describe('test case fields', () => {
  it('fills name, classname, file, line, duration, type, message, details and output', () => {
    const report =
      parse(`<testsuite name="pytest"><testcase classname="tests.test_cart" name="test_total" file="tests/test_cart.py" line="41" time="0.25">
      <failure message="assert 3 == 4" type="AssertionError">def test_total():
&gt;       assert total() == 4
E       assert 3 == 4</failure>
      <system-out>printed</system-out>
      <system-err>warned</system-err>
    </testcase></testsuite>`)
    expect(only(report, 'test_total')).toEqual({
      name: 'test_total',
      classname: 'tests.test_cart',
      file: 'tests/test_cart.py',
      line: 41,
      duration: 0.25,
      status: 'failed',
      failureType: 'AssertionError',
      message: 'assert 3 == 4',
      details:
        'def test_total():\n>       assert total() == 4\nE       assert 3 == 4',
      systemOut: 'printed',
      systemErr: 'warned',
      flaky: false,
      retries: 0,
      phase: 'call'
    })
  })

  it('counts clean passes without keeping them, and keeps nothing of them in the next test', () => {
    const report = parse(`<testsuite name="s" tests="3" failures="1">
      <testcase name="first" classname="a" file="a.py" line="3" time="1.5"/>
      <testcase name="second" classname="b"><failure message="m"/></testcase>
      <testcase name="third" classname="b" file="b.py" time="0.5"><system-out>out</system-out></testcase>
    </testsuite>`)
    const [suite] = report.suites
    expect(suite.passed).toBe(2)
    expect(suite.cases).toEqual([
      {
        name: 'second',
        classname: 'b',
        file: null,
        line: null,
        duration: null,
        status: 'failed',
        failureType: null,
        message: 'm',
        details: null,
        systemOut: null,
        systemErr: null,
        flaky: false,
        retries: 0,
        phase: null
      }
    ])
    expect(reportTotals(report)).toMatchObject({ tests: 3, passed: 2 })
    expect(report.warnings).toEqual([])
  })

  it('takes the message from the first line of the body when there is no attribute', () => {
    // jest-junit 16 and gotestsum 1.12 write the whole failure in the body.
    const report =
      parse(`<testsuites name="jest tests"><testsuite name="cart"><testcase classname="cart" name="adds">
      <failure>

Error: expect(received).toBe(expected)
    at Object.&lt;anonymous&gt; (test/cart.test.js:9:5)</failure></testcase></testsuite></testsuites>`)
    const test = only(report, 'adds')
    expect(test.message).toBe('Error: expect(received).toBe(expected)')
    expect(test.details).toMatch(/^Error: expect/)
    expect(report.producer).toBe('jest-junit')
  })

  it('tolerates thousands separators and garbage in time', () => {
    // Times and lines are read for kept tests only: these are all skipped.
    const report = parse(`<testsuite name="s">
      <testcase name="a" classname="c" time="1,234.5"><skipped/></testcase>
      <testcase name="b" classname="c" time="n/a"><skipped/></testcase>
      <testcase name="c" classname="c" time="-3"><skipped/></testcase>
      <testcase name="d" classname="c" line="zero"><skipped/></testcase>
    </testsuite>`)
    expect(cases(report).map((test) => test.duration)).toEqual([
      1234.5,
      null,
      null,
      null
    ])
    expect(only(report, 'd').line).toBeNull()
  })

  it('bounds messages, bodies and output, saying what was cut', () => {
    const long = 'x'.repeat(LIMITS.details + 500)
    const report = parse(`<testsuite name="s"><testcase name="t" classname="c">
      <failure message="${'m'.repeat(LIMITS.message + 10)}">${long}</failure>
      <system-out>${'o'.repeat(LIMITS.output + 1)}</system-out>
    </testcase></testsuite>`)
    const test = only(report, 't')
    expect(test.message).toBe(
      `${'m'.repeat(LIMITS.message)}… [10 more characters cut]`
    )
    expect(test.details).toBe(
      `${'x'.repeat(LIMITS.details)}… [500 more characters cut]`
    )
    expect(test.systemOut?.endsWith('… [1 more characters cut]')).toBe(true)
  })
})

describe('pytest', () => {
  it('tells the phase from the error message and the empty classname', () => {
    // pytest 8: collection errors, setup/teardown errors and xfail (xunit2).
    const report =
      parse(`<testsuites name="pytest tests"><testsuite name="pytest" errors="3" failures="0" skipped="1" tests="4">
      <testcase classname="" name="tests.test_refunds" time="0.000"><error message="collection failure">ImportError</error></testcase>
      <testcase classname="tests.test_db" name="test_orders" time="0.000"><error message="failed on setup with &quot;KeyError: 'DATABASE_URL'&quot;">setup trace</error></testcase>
      <testcase classname="tests.test_db" name="test_close" time="0.000"><error message="failed on teardown with &quot;OSError&quot;">teardown trace</error></testcase>
      <testcase classname="tests.test_db" name="test_cap" time="0.000"><skipped type="pytest.xfail" message="not capped yet"/></testcase>
    </testsuite></testsuites>`)
    expect(report.producer).toBe('pytest')
    expect(cases(report).map((test) => [test.status, test.phase])).toEqual([
      ['error', 'collection'],
      ['error', 'setup'],
      ['error', 'teardown'],
      ['skipped', null]
    ])
    expect(report.warnings).toEqual([])
  })
})

describe('Surefire and nextest reruns', () => {
  // Maven Surefire 3.2 with -Dsurefire.rerunFailingTestsCount=2.
  const surefire = `<?xml version="1.0" encoding="UTF-8"?>
<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report-3.0.xsd" version="3.0" name="com.example.CheckoutTest" time="1.2" tests="3" errors="0" skipped="0" failures="1">
  <properties><property name="java.version" value="17.0.9"/></properties>
  <testcase name="paysOnSecondTry" classname="com.example.CheckoutTest" time="0.3">
    <flakyFailure message="expected: &lt;200&gt; but was: &lt;503&gt;" type="org.opentest4j.AssertionFailedError">
      <stackTrace>org.opentest4j.AssertionFailedError: expected: &lt;200&gt; but was: &lt;503&gt;</stackTrace>
      <system-out>attempt 1</system-out>
    </flakyFailure>
    <flakyError message="Connection reset" type="java.net.SocketException">
      <stackTrace>java.net.SocketException: Connection reset</stackTrace>
    </flakyError>
  </testcase>
  <testcase name="neverPays" classname="com.example.CheckoutTest" time="0.4">
    <failure message="expected: &lt;200&gt; but was: &lt;500&gt;" type="org.opentest4j.AssertionFailedError">first run</failure>
    <rerunFailure message="expected: &lt;200&gt; but was: &lt;500&gt;" type="org.opentest4j.AssertionFailedError">
      <stackTrace>second run</stackTrace>
    </rerunFailure>
    <rerunError message="timeout" type="java.util.concurrent.TimeoutException">
      <stackTrace>third run</stackTrace>
    </rerunError>
  </testcase>
  <testcase name="pays" classname="com.example.CheckoutTest" time="0.1"/>
</testsuite>`

  it('counts a test that passed on a rerun as passed and flaky', () => {
    const report = parse(surefire)
    expect(report.producer).toBe('surefire')
    const flaky = only(report, 'paysOnSecondTry')
    expect(flaky).toMatchObject({
      status: 'passed',
      flaky: true,
      retries: 2,
      duration: 0.3,
      systemOut: null
    })
    // The flaky pass is kept, in report order; the clean pass only counted.
    const [suite] = report.suites
    expect(suite.cases.map((test) => test.name)).toEqual([
      'paysOnSecondTry',
      'neverPays'
    ])
    expect(suite.passed).toBe(1)
  })

  it('keeps a test that failed every rerun failed, with its first run shown', () => {
    const report = parse(surefire)
    expect(only(report, 'neverPays')).toMatchObject({
      status: 'failed',
      flaky: false,
      retries: 2,
      details: 'first run'
    })
    expect(reportTotals(report)).toEqual({
      tests: 3,
      passed: 2,
      failed: 1,
      errors: 0,
      skipped: 0
    })
    expect(report.warnings).toEqual([])
  })

  it('reads cargo-nextest retries the same way', () => {
    // cargo-nextest 0.9 with retries = 2: same retry elements as Surefire.
    const report = parse(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="nextest-run" tests="1" failures="0" errors="0" uuid="4a5b" timestamp="2025-01-10T12:00:00.000+00:00" time="0.9">
  <testsuite name="app::integration" tests="1" disabled="0" errors="0" failures="0">
    <testcase name="connects_to_db" classname="app::integration" timestamp="2025-01-10T12:00:00.000+00:00" time="0.5">
      <flakyFailure type="test failure" message="test failed">thread 'connects_to_db' panicked at tests/integration.rs:12:5</flakyFailure>
    </testcase>
  </testsuite>
</testsuites>`)
    expect(report.producer).toBe('nextest')
    expect(only(report, 'connects_to_db')).toMatchObject({
      status: 'passed',
      flaky: true,
      retries: 1
    })
  })
})

describe('Gradle', () => {
  it('reads a Gradle 8 report', () => {
    const report = parse(`<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="com.example.CalculatorTest" tests="3" skipped="1" failures="1" errors="0" timestamp="2024-05-01T10:00:00" hostname="runner" time="0.05">
  <properties/>
  <testcase name="adds()" classname="com.example.CalculatorTest" time="0.01"/>
  <testcase name="divides()" classname="com.example.CalculatorTest" time="0.02">
    <failure message="org.opentest4j.AssertionFailedError: expected: &lt;2&gt; but was: &lt;3&gt;" type="org.opentest4j.AssertionFailedError">org.opentest4j.AssertionFailedError: expected: &lt;2&gt; but was: &lt;3&gt;
	at app//com.example.CalculatorTest.divides(CalculatorTest.java:21)
</failure>
  </testcase>
  <testcase name="later()" classname="com.example.CalculatorTest" time="0.0">
    <skipped/>
  </testcase>
  <system-out><![CDATA[]]></system-out>
  <system-err><![CDATA[]]></system-err>
</testsuite>`)
    expect(reportTotals(report)).toEqual({
      tests: 3,
      passed: 1,
      failed: 1,
      errors: 0,
      skipped: 1
    })
    expect(only(report, 'divides()').failureType).toBe(
      'org.opentest4j.AssertionFailedError'
    )
    expect(report.suites[0].systemOut).toBeNull()
    expect(report.warnings).toEqual([])
  })
})

describe('Bazel', () => {
  it('reads the test.xml Bazel writes for a test that is not JUnit-aware', () => {
    // Bazel 7 writes this for a sh_test/cc_test without its own XML output.
    const report = parse(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
<testsuite name="//billing:ledger_test" tests="1" failures="0" errors="1">
<testcase name="//billing:ledger_test" status="run" duration="0" time="0"><error message="exited with error code 1"></error></testcase>
<system-out>
Generated test.log (if the file is not UTF-8, then this may be unreadable):
<![CDATA[exec \${PAGER:-/usr/bin/less} "$0" || exit 1
ledger_test.cc:14: Failure]]>
</system-out>
</testsuite>
</testsuites>`)
    expect(report.producer).toBe('bazel')
    expect(only(report, '//billing:ledger_test')).toMatchObject({
      status: 'error',
      message: 'exited with error code 1'
    })
    expect(report.suites[0].systemOut).toContain('ledger_test.cc:14: Failure')
  })
})

describe('failures outside any testcase', () => {
  it('counts an Ant suite-level <error> as one erroring test named after the suite', () => {
    // Ant 1.10 junit task, formatter type="xml", when the class cannot load.
    const report = parse(`<?xml version="1.0" encoding="UTF-8" ?>
<testsuite errors="1" failures="0" hostname="runner" name="com.example.InventoryTest" skipped="0" tests="0" time="0" timestamp="2025-03-01T09:00:00">
  <properties><property name="ant.version" value="Apache Ant(TM) version 1.10.14"/></properties>
  <error message="com/example/Missing" type="java.lang.NoClassDefFoundError">java.lang.NoClassDefFoundError: com/example/Missing
	at java.base/java.lang.Class.forName0(Native Method)</error>
  <system-out><![CDATA[]]></system-out>
  <system-err><![CDATA[]]></system-err>
</testsuite>`)
    expect(report.producer).toBe('ant')
    expect(cases(report)).toHaveLength(1)
    expect(only(report, 'com.example.InventoryTest')).toMatchObject({
      classname: 'com.example.InventoryTest',
      status: 'error',
      failureType: 'java.lang.NoClassDefFoundError',
      message: 'com/example/Missing'
    })
    expect(report.warnings).toEqual([
      'suite "com.example.InventoryTest" has no testcase for the error it reports; counted it as one test named after the suite'
    ])
  })

  it('counts a package that did not build, known only from the suite, as one erroring test', () => {
    // go-junit-report 2.1: a package whose build failed, with its output.
    const report = parse(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="0" errors="1">
	<testsuite name="example.com/shop/pricing" tests="0" failures="0" errors="1" id="0" hostname="runner" time="0.000" timestamp="2025-03-01T09:00:00Z">
		<properties><property name="go.version" value="go1.22.2 linux/amd64"></property></properties>
		<system-out><![CDATA[# example.com/shop/pricing
pricing/discount.go:12:2: undefined: roundHalfUp]]></system-out>
	</testsuite>
</testsuites>`)
    expect(report.producer).toBe('go-junit-report')
    expect(reportTotals(report)).toMatchObject({ tests: 1, errors: 1 })
    expect(only(report, 'example.com/shop/pricing')).toMatchObject({
      status: 'error',
      message: '# example.com/shop/pricing',
      details: expect.stringContaining('undefined: roundHalfUp')
    })
  })

  it('does not invent a test from header counts alone', () => {
    const report = parse(
      `<testsuites><testsuite name="declared" tests="6" failures="1" skipped="2"/></testsuites>`
    )
    expect(reportTotals(report).tests).toBe(0)
    expect(report.warnings).toEqual([
      'suite "declared" header says 6 tests (found 0), 1 failures (found 0), 2 skipped (found 0); counted the testcases'
    ])
  })
})

describe('producers', () => {
  it.each([
    ['<testsuites name="vitest tests"/>', 'vitest'],
    ['<testsuites name="Mocha Tests"/>', 'mocha'],
    ['<testsuite name="rspec" tests="0"/>', 'rspec'],
    [
      '<testsuites><testsuite name="t"><properties><property name="random-seed" value="1"/></properties></testsuite></testsuites>',
      'catch2'
    ],
    [
      '<testsuites><testsuite name="p" assertions="3"/></testsuites>',
      'phpunit'
    ],
    ['<testsuite name="(empty)" tests="0" disabled="0"/>', 'ctest'],
    [
      '<testsuites><testsuite tests="1"><testcase classname="router_tests.global" name="t"/></testsuite></testsuites>',
      'catch2'
    ],
    ['<testsuites><testsuite name="plain"/></testsuites>', null]
  ])('%s is from %s', (xml, producer) => {
    expect(parse(xml).producer).toBe(producer)
  })
})
