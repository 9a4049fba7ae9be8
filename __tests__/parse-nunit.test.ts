import { describe, expect, it } from '@jest/globals'
import { reportTotals } from '../src/analyze/metrics.js'
import type { ReportFile, TestCase } from '../src/model.js'
import { parseReportText } from '../src/parse/index.js'

function caseNamed(report: ReportFile, name: string): TestCase {
  const found = report.suites
    .flatMap((suite) => suite.cases)
    .find((test) => test.name === name)
  if (!found) throw new Error(`no test named ${name}`)
  return found
}

// Shaped like nunit3-console 3.12 output (engine 3.12, framework 3.13).
const NUNIT3 = `<?xml version="1.0" encoding="utf-8" standalone="no"?>
<test-run id="0" runstate="Runnable" testcasecount="8" result="Failed" total="8" passed="2" failed="3" inconclusive="1" skipped="1" asserts="3" engine-version="3.12.0.0" clr-version="6.0.0" duration="0.23">
  <test-suite type="Assembly" id="1-1010" name="Shop.Tests.dll" fullname="/src/Shop.Tests/bin/Debug/net6.0/Shop.Tests.dll" runstate="Runnable" testcasecount="8" result="Failed" site="Child" total="8">
    <test-suite type="TestSuite" id="1-1011" name="Shop" fullname="Shop" runstate="Runnable" result="Failed" site="Child">
      <test-suite type="TestFixture" id="1-1000" name="CartTests" fullname="Shop.CartTests" classname="Shop.CartTests" runstate="Runnable" result="Failed" site="Child">
        <test-case id="1-1001" name="Adds" fullname="Shop.CartTests.Adds" methodname="Adds" classname="Shop.CartTests" runstate="Runnable" result="Passed" duration="0.01" asserts="1" />
        <test-case id="1-1002" name="Discounts" fullname="Shop.CartTests.Discounts" methodname="Discounts" classname="Shop.CartTests" runstate="Runnable" result="Failed" duration="0.02" asserts="1">
          <failure>
            <message><![CDATA[  Expected: 90
  But was:  100
]]></message>
            <stack-trace><![CDATA[   at Shop.CartTests.Discounts() in /src/Shop.Tests/CartTests.cs:line 27
]]></stack-trace>
          </failure>
          <assertions>
            <assertion result="Failed"><message><![CDATA[ignored duplicate]]></message></assertion>
          </assertions>
        </test-case>
        <test-case id="1-1003" name="TalksToDb" fullname="Shop.CartTests.TalksToDb" methodname="TalksToDb" classname="Shop.CartTests" runstate="Runnable" result="Failed" label="Error" site="Test" duration="0.03" asserts="0">
          <failure>
            <message><![CDATA[System.Net.Sockets.SocketException : Connection refused 127.0.0.1:5432]]></message>
            <stack-trace><![CDATA[   at Shop.Db.Open() in /src/Shop/Db.cs:line 12]]></stack-trace>
          </failure>
          <output><![CDATA[opening 127.0.0.1:5432
]]></output>
        </test-case>
        <test-case id="1-1004" name="Exports" fullname="Shop.CartTests.Exports" methodname="Exports" classname="Shop.CartTests" runstate="Ignored" result="Skipped" label="Ignored" duration="0">
          <reason><message><![CDATA[CSV export is not built yet]]></message></reason>
        </test-case>
        <test-case id="1-1005" name="Rounds" fullname="Shop.CartTests.Rounds" methodname="Rounds" classname="Shop.CartTests" runstate="Runnable" result="Inconclusive" duration="0" />
        <test-suite type="Theory" id="1-1008" name="IsEven" fullname="Shop.CartTests.IsEven" classname="Shop.CartTests" runstate="Runnable" result="Failed" site="Child">
          <test-case id="1-1006" name="IsEven(2)" fullname="Shop.CartTests.IsEven(2)" methodname="IsEven" classname="Shop.CartTests" result="Passed" duration="0" />
          <test-case id="1-1007" name="IsEven(3)" fullname="Shop.CartTests.IsEven(3)" methodname="IsEven" classname="Shop.CartTests" result="Failed" duration="0">
            <failure><message><![CDATA[  Expected: True
  But was:  False
]]></message></failure>
          </test-case>
        </test-suite>
      </test-suite>
      <test-suite type="TestFixture" id="1-1020" name="PayTests" fullname="Shop.PayTests" classname="Shop.PayTests" runstate="Runnable" result="Failed" label="Error" site="SetUp">
        <test-case id="1-1021" name="Captures" fullname="Shop.PayTests.Captures" methodname="Captures" classname="Shop.PayTests" result="Failed" label="Error" site="Parent" duration="0">
          <failure><message><![CDATA[OneTimeSetUp: System.InvalidOperationException : PAYMENT_KEY is not set]]></message></failure>
        </test-case>
      </test-suite>
    </test-suite>
  </test-suite>
</test-run>`

// Shaped like nunit-console 2.5.10 output.
const NUNIT2 = `<?xml version="1.0" encoding="utf-8" standalone="no"?>
<test-results name="C:\\build\\Shop.Tests.dll" total="5" errors="1" failures="1" not-run="2" inconclusive="0" ignored="1" skipped="0" invalid="1" date="2012-01-14" time="10:43:31">
  <environment nunit-version="2.5.10.11092" clr-version="2.0.50727.5448" os-version="Microsoft Windows NT 6.1.7601" platform="Win32NT" cwd="C:\\build" machine-name="CI" user="ci" user-domain="CI" />
  <culture-info current-culture="en-US" current-uiculture="en-US" />
  <test-suite type="Assembly" name="C:\\build\\Shop.Tests.dll" executed="True" result="Failure" success="False" time="0.7">
    <results>
      <test-suite type="Namespace" name="Shop" executed="True" result="Failure" success="False" time="0.7">
        <results>
          <test-suite type="TestFixture" name="CartTests" executed="True" result="Failure" success="False" time="0.7">
            <results>
              <test-case name="Shop.CartTests.Adds" executed="True" result="Success" success="True" time="0.1" asserts="1" />
              <test-case name="Shop.CartTests.Discounts" executed="True" result="Failure" success="False" time="0.1" asserts="1">
                <failure>
                  <message><![CDATA[  Expected: 90
  But was:  100
]]></message>
                  <stack-trace><![CDATA[at Shop.CartTests.Discounts() in c:\\build\\CartTests.cs:line 27
]]></stack-trace>
                </failure>
              </test-case>
              <test-case name="Shop.CartTests.TalksToDb" executed="True" result="Error" success="False" time="0.1" asserts="0">
                <failure>
                  <message><![CDATA[System.IO.IOException : disk full]]></message>
                  <stack-trace><![CDATA[at Shop.Db.Open()]]></stack-trace>
                </failure>
              </test-case>
              <test-case name="Shop.CartTests.Exports" executed="False" result="Ignored">
                <reason><message><![CDATA[not built yet]]></message></reason>
              </test-case>
              <test-case name="Shop.CartTests.Broken(1)" executed="False" result="NotRunnable">
                <reason><message><![CDATA[Method has non-void return value]]></message></reason>
              </test-case>
            </results>
          </test-suite>
        </results>
      </test-suite>
    </results>
  </test-suite>
</test-results>`

describe('NUnit 3 (<test-run>)', () => {
  const report = parseReportText('TestResult.xml', NUNIT3)

  it('counts one test per test-case, keeping label=Error apart from failures', () => {
    expect(report.error).toBeNull()
    expect(report.format).toBe('nunit3')
    expect(report.producer).toBe('NUnit 3.12.0.0')
    expect(reportTotals(report)).toEqual({
      tests: 8,
      passed: 2,
      failed: 2,
      errors: 2,
      skipped: 2
    })
  })

  it('groups theory cases under their fixture', () => {
    expect(report.suites.map((suite) => suite.name)).toEqual([
      'Shop.CartTests',
      'Shop.PayTests'
    ])
  })

  it('keeps message, stack location, exception type and output', () => {
    expect(caseNamed(report, 'Discounts')).toMatchObject({
      classname: 'Shop.CartTests',
      status: 'failed',
      message: '  Expected: 90\n  But was:  100\n',
      file: '/src/Shop.Tests/CartTests.cs',
      line: 27,
      duration: 0.02
    })
    expect(caseNamed(report, 'TalksToDb')).toMatchObject({
      status: 'error',
      failureType: 'System.Net.Sockets.SocketException',
      systemOut: 'opening 127.0.0.1:5432\n',
      phase: 'call'
    })
    expect(caseNamed(report, 'Exports').message).toBe(
      'CSV export is not built yet'
    )
    expect(caseNamed(report, 'Rounds').status).toBe('skipped')
  })

  it('a case failed by its fixture\u2019s OneTimeSetUp is an error in the setup phase', () => {
    expect(caseNamed(report, 'Captures')).toMatchObject({
      status: 'error',
      phase: 'setup',
      failureType: 'System.InvalidOperationException'
    })
  })

  it('agrees with its header, so warns about nothing', () => {
    expect(report.warnings).toEqual([])
  })
})

describe('NUnit 2 (<test-results>)', () => {
  const report = parseReportText('TestResult.xml', NUNIT2)

  it('maps Error and NotRunnable to errors, Ignored to skipped', () => {
    expect(report.format).toBe('nunit2')
    expect(report.producer).toBe('NUnit 2.5.10.11092')
    expect(reportTotals(report)).toEqual({
      tests: 5,
      passed: 1,
      failed: 1,
      errors: 2,
      skipped: 1
    })
    expect(caseNamed(report, 'Broken(1)').message).toBe(
      'Method has non-void return value'
    )
  })

  it('splits the full name into class and method; the suite is the namespaced fixture', () => {
    expect(caseNamed(report, 'Discounts')).toMatchObject({
      classname: 'Shop.CartTests',
      file: 'c:\\build\\CartTests.cs',
      line: 27
    })
    expect(report.suites.map((suite) => suite.name)).toEqual(['Shop.CartTests'])
  })

  it('falls back to executed/success when there is no result attribute', () => {
    const report = parseReportText(
      'old.xml',
      `<test-results total="3"><test-suite name="A"><results>
        <test-case name="A.T.one" executed="True" success="True" />
        <test-case name="A.T.two" executed="True" success="False"><failure><message>boom</message></failure></test-case>
        <test-case name="A.T.three" executed="False" />
      </results></test-suite></test-results>`
    )
    expect(reportTotals(report)).toMatchObject({
      passed: 1,
      failed: 1,
      skipped: 1
    })
  })

  it('warns when the header total disagrees with the test cases', () => {
    const report = parseReportText(
      'wrong.xml',
      NUNIT2.replace('total="5"', 'total="9"')
    )
    expect(report.warnings).toEqual([
      '<test-results> total says 9 tests but the report holds 5; counted the tests'
    ])
  })
})

describe('bare <test-suite> fragments and hostile input', () => {
  it('reads a NUnit 3 <test-suite> root', () => {
    const report = parseReportText(
      'fragment.xml',
      `<test-suite type="TestFixture" id="1" name="T" fullname="Ns.T" runstate="Runnable" result="Passed">
        <test-case id="2" name="A" fullname="Ns.T.A" classname="Ns.T" result="Passed" duration="0.1" />
      </test-suite>`
    )
    expect(report.format).toBe('nunit3')
    expect(reportTotals(report).passed).toBe(1)
  })

  it('bounds a huge failure message', () => {
    const huge = 'x'.repeat(3_000_000)
    const report = parseReportText(
      'huge.xml',
      `<test-run><test-case name="A" classname="T" result="Failed"><failure><message>${huge}</message><stack-trace>${huge}</stack-trace></failure></test-case></test-run>`
    )
    const test = caseNamed(report, 'A')
    expect(test.message?.length).toBeLessThan(4_100)
    expect(test.message).toContain('more characters cut')
    expect(test.details?.length).toBeLessThan(16_100)
  })
})
