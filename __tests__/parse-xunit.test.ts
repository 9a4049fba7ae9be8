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

// Shaped like `xunit.console -xml` / `dotnet test --logger xunit` (xUnit.net 2.4).
const XUNIT2 = `<?xml version="1.0" encoding="utf-8"?>
<assemblies timestamp="06/07/2023 20:33:39">
  <assembly name="/src/Shop.Tests/bin/Debug/net6.0/Shop.Tests.dll" environment="64-bit .NET 6.0.0 [collection-per-class, parallel (2 threads)]" test-framework="xUnit.net 2.4.2.0" run-date="2023-06-07" run-time="20:33:38" total="5" passed="2" failed="2" skipped="1" time="0.612" errors="1">
    <errors>
      <error type="test-class-cleanup" name="Shop.DbTests">
        <failure exception-type="System.ObjectDisposedException">
          <message><![CDATA[System.ObjectDisposedException : Cannot access a disposed object.]]></message>
          <stack-trace><![CDATA[   at Shop.DbFixture.Dispose() in /src/Shop.Tests/DbFixture.cs:line 31]]></stack-trace>
        </failure>
      </error>
    </errors>
    <collection total="3" passed="1" failed="1" skipped="1" name="Test collection for Shop.CartTests" time="0.2">
      <test name="Shop.CartTests.Adds" type="Shop.CartTests" method="Adds" time="0.01" result="Pass" />
      <test name="Shop.CartTests.Discounts(percent: 10)" type="Shop.CartTests" method="Discounts" time="0.02" result="Fail">
        <failure exception-type="Xunit.Sdk.EqualException">
          <message><![CDATA[Assert.Equal() Failure\nExpected: 90\nActual:   100]]></message>
          <stack-trace><![CDATA[   at Shop.CartTests.Discounts(Int32 percent) in /src/Shop.Tests/CartTests.cs:line 27]]></stack-trace>
        </failure>
        <output><![CDATA[computing discount
]]></output>
      </test>
      <test name="Shop.CartTests.Exports" type="Shop.CartTests" method="Exports" time="0" result="Skip">
        <reason><![CDATA[CSV export is not built yet]]></reason>
      </test>
    </collection>
    <collection total="2" passed="1" failed="1" skipped="0" name="Test collection for Shop.DbTests" time="0.4">
      <test name="Shop.DbTests.Opens" type="Shop.DbTests" method="Opens" time="0.3" result="Fail">
        <failure exception-type="Npgsql.NpgsqlException">
          <message><![CDATA[Npgsql.NpgsqlException : Failed to connect to 127.0.0.1:5432]]></message>
          <stack-trace><![CDATA[   at Npgsql.Open()]]></stack-trace>
        </failure>
      </test>
      <test name="Shop.DbTests.Reads" type="Shop.DbTests" method="Reads" time="0.1" result="Pass" />
    </collection>
  </assembly>
</assemblies>`

// Shaped like xunit.console 1.9 output.
const XUNIT1 = `<assembly name="C:\\build\\Shop.Tests.dll" run-date="2012-01-14" run-time="10:21:10" time="0.185" total="3" passed="1" failed="1" skipped="1" environment="32-bit .NET 4.0.30319.239" test-framework="xUnit.net 1.9.0.1566">
  <class time="0.185" name="Shop.CartTests" total="3" passed="1" failed="1" skipped="1">
    <test name="Shop.CartTests.Adds" type="Shop.CartTests" method="Adds" result="Pass" time="0.1" />
    <test name="Shop.CartTests.Discounts" type="Shop.CartTests" method="Discounts" result="Fail" time="0.05">
      <failure exception-type="Xunit.Sdk.EqualException">
        <message>Assert.Equal() Failure</message>
        <stack-trace>   at Shop.CartTests.Discounts() in C:\\build\\CartTests.cs:line 19</stack-trace>
      </failure>
    </test>
    <test name="Shop.CartTests.Exports" type="Shop.CartTests" method="Exports" result="Skip">
      <reason><message>not built yet</message></reason>
    </test>
  </class>
</assembly>`

describe('xUnit.net v2 (<assemblies>)', () => {
  const report = parseReportText('results.xml', XUNIT2)

  it('counts one test per <test>, plus one error for a cleanup that threw outside any test', () => {
    expect(report.error).toBeNull()
    expect(report.format).toBe('xunit2')
    expect(report.producer).toBe('xUnit.net 2.4.2.0')
    expect(reportTotals(report)).toEqual({
      tests: 6,
      passed: 2,
      failed: 2,
      errors: 1,
      skipped: 1
    })
    const cleanup = caseNamed(report, 'test-class-cleanup: Shop.DbTests')
    expect(cleanup).toMatchObject({
      status: 'error',
      phase: 'teardown',
      failureType: 'System.ObjectDisposedException',
      line: 31
    })
    expect(report.warnings).toEqual([
      'xUnit.net reported an error outside any test (test-class-cleanup); counted as one erroring test'
    ])
  })

  it('groups by collection and keeps the failure details', () => {
    expect(report.suites.map((suite) => suite.name)).toEqual([
      'Shop.Tests.dll',
      'Test collection for Shop.CartTests',
      'Test collection for Shop.DbTests'
    ])
    expect(caseNamed(report, 'Discounts(percent: 10)')).toMatchObject({
      classname: 'Shop.CartTests',
      failureType: 'Xunit.Sdk.EqualException',
      file: '/src/Shop.Tests/CartTests.cs',
      line: 27,
      systemOut: 'computing discount\n'
    })
    expect(caseNamed(report, 'Exports').message).toBe(
      'CSV export is not built yet'
    )
  })

  it('warns when the assembly total disagrees with the tests', () => {
    const wrong = parseReportText(
      'results.xml',
      XUNIT2.replace('total="5" passed="2"', 'total="7" passed="2"')
    )
    expect(wrong.warnings).toContain(
      '<assembly> total says 7 tests but the report holds 5; counted the tests'
    )
  })
})

describe('xUnit.net v1 (<assembly><class>)', () => {
  it('counts by <test> and groups by class', () => {
    const report = parseReportText('results.xml', XUNIT1)
    expect(report.format).toBe('xunit1')
    expect(reportTotals(report)).toEqual({
      tests: 3,
      passed: 1,
      failed: 1,
      errors: 0,
      skipped: 1
    })
    expect(report.suites.map((suite) => suite.name)).toEqual(['Shop.CartTests'])
    expect(caseNamed(report, 'Exports').message).toBe('not built yet')
    expect(report.warnings).toEqual([])
  })

  it('NotRun (explicit tests in xUnit.net v3 output) counts as skipped', () => {
    const report = parseReportText(
      'results.xml',
      '<assemblies><assembly name="a.dll"><collection name="c"><test name="T.A" type="T" result="NotRun" /></collection></assembly></assemblies>'
    )
    expect(reportTotals(report).skipped).toBe(1)
  })
})
