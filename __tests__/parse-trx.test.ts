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

const result = (
  id: string,
  name: string,
  outcome: string,
  inner = ''
): string =>
  `<UnitTestResult executionId="e${id}" testId="t${id}" testName="${name}" computerName="ci" duration="00:00:01.2500000" startTime="2024-01-01T00:00:00Z" endTime="2024-01-01T00:00:01Z" testType="13cdc9d9-ddb5-4fa4-a97d-d965ccfc6d4b" outcome="${outcome}" testListId="8c84fa94">${inner}</UnitTestResult>`

const definition = (id: string, name: string, className: string): string =>
  `<UnitTest name="${name}" storage="/src/shop.tests.dll" id="t${id}"><Execution id="e${id}" /><TestMethod codeBase="/src/Shop.Tests.dll" adapterTypeName="executor://mstestadapter/v2" className="${className}" name="${name}" /></UnitTest>`

// Shaped like `dotnet test --logger trx` (VSTest 17, 2010 schema): results
// come before the definitions that name their classes.
const TRX = `<?xml version="1.0" encoding="utf-8"?>
<TestRun id="1" name="ci@host 2024-01-01 00:00:00" runUser="ci" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <Times creation="2024-01-01T00:00:00Z" queuing="2024-01-01T00:00:00Z" start="2024-01-01T00:00:00Z" finish="2024-01-01T00:00:09Z" />
  <Results>
    ${result('1', 'Adds', 'Passed', '<Output><StdOut>adding</StdOut></Output>')}
    ${result(
      '2',
      'Discounts',
      'Failed',
      `<Output><StdOut>discounting</StdOut><ErrorInfo><Message>Assert.AreEqual failed. Expected:&lt;90&gt;. Actual:&lt;100&gt;. </Message><StackTrace>   at Shop.CartTests.Discounts() in /src/Shop.Tests/CartTests.cs:line 27
</StackTrace></ErrorInfo></Output>`
    )}
    ${result(
      '3',
      'TalksToDb',
      'Failed',
      `<Output><ErrorInfo><Message>Test method Shop.DbTests.TalksToDb threw exception: 
System.Net.Sockets.SocketException: Connection refused</Message><StackTrace>   at Shop.Db.Open() in /src/Shop/Db.cs:line 12</StackTrace></ErrorInfo></Output>`
    )}
    ${result('4', 'Exports', 'NotExecuted')}
    ${result('5', 'Waits', 'Timeout')}
    ${result(
      '6',
      'IsEven',
      'Failed',
      `<InnerResults>${result('6a', 'IsEven (2)', 'Passed')}${result(
        '6b',
        'IsEven (3)',
        'Failed',
        '<Output><ErrorInfo><Message>Assert.IsTrue failed.</Message><StackTrace>   at Shop.CartTests.IsEven(Int32 n) in /src/Shop.Tests/CartTests.cs:line 40</StackTrace></ErrorInfo></Output>'
      )}</InnerResults>`
    )}
    ${result('7', 'Rounds', 'Inconclusive')}
  </Results>
  <TestDefinitions>
    ${definition('1', 'Adds', 'Shop.CartTests')}
    ${definition('2', 'Discounts', 'Shop.CartTests')}
    ${definition('3', 'TalksToDb', 'Shop.DbTests, Shop.Tests, Version=1.0.0.0')}
    ${definition('4', 'Exports', 'Shop.CartTests')}
    ${definition('5', 'Waits', 'Shop.DbTests')}
    ${definition('6', 'IsEven', 'Shop.CartTests')}
    ${definition('7', 'Rounds', 'Shop.CartTests')}
  </TestDefinitions>
  <ResultSummary outcome="Failed">
    <Counters total="7" executed="6" passed="1" failed="3" error="0" timeout="1" aborted="0" inconclusive="1" passedButRunAborted="0" notRunnable="0" notExecuted="1" disconnected="0" warning="0" completed="0" inProgress="0" pending="0" />
    <RunInfos>
      <RunInfo computerName="ci" outcome="Error" timestamp="2024-01-01T00:00:09Z">
        <Text>The active test run was aborted. Reason: Test host process crashed</Text>
      </RunInfo>
    </RunInfos>
  </ResultSummary>
</TestRun>`

describe('TRX (VSTest / MSTest)', () => {
  const report = parseReportText('results.trx', TRX)

  it('counts top-level results once; data-driven rows are not counted again', () => {
    expect(report.error).toBeNull()
    expect(report.format).toBe('trx')
    expect(report.producer).toBe('VSTest (trx)')
    expect(reportTotals(report)).toEqual({
      tests: 7,
      passed: 1,
      failed: 3,
      errors: 1,
      skipped: 2
    })
  })

  it('names classes from the definitions written after the results', () => {
    expect(report.suites.map((suite) => suite.name)).toEqual([
      'Shop.CartTests',
      'Shop.DbTests'
    ])
    expect(caseNamed(report, 'TalksToDb')).toMatchObject({
      classname: 'Shop.DbTests',
      failureType: 'System.Net.Sockets.SocketException',
      file: '/src/Shop/Db.cs',
      line: 12
    })
  })

  it('keeps message, stack location, duration and output', () => {
    expect(caseNamed(report, 'Discounts')).toMatchObject({
      message: 'Assert.AreEqual failed. Expected:<90>. Actual:<100>. ',
      file: '/src/Shop.Tests/CartTests.cs',
      line: 27,
      duration: 1.25,
      systemOut: 'discounting'
    })
  })

  it('counts the clean pass without keeping it', () => {
    const [cart] = report.suites
    expect(cart.passed).toBe(1)
    expect(cart.cases.map((test) => test.name)).toEqual([
      'Discounts',
      'Exports',
      'IsEven',
      'Rounds'
    ])
  })

  it('a data-driven test carries the failing row\u2019s error', () => {
    expect(caseNamed(report, 'IsEven')).toMatchObject({
      status: 'failed',
      message: 'Assert.IsTrue failed.',
      line: 40
    })
  })

  it('Timeout is an error that says so', () => {
    expect(caseNamed(report, 'Waits')).toMatchObject({
      status: 'error',
      message: 'test outcome Timeout'
    })
  })

  it('warns about a run error the summary records', () => {
    expect(report.warnings).toEqual([
      'test run error: The active test run was aborted. Reason: Test host process crashed'
    ])
  })

  it('warns when the counters disagree with the results', () => {
    const wrong = parseReportText(
      'results.trx',
      TRX.replace('<Counters total="7"', '<Counters total="9"')
    )
    expect(wrong.warnings[0]).toBe(
      'ResultSummary/Counters total says 9 tests but the report holds 7; counted the tests'
    )
  })

  it.each([
    ['PassedButRunAborted', 'passed'],
    ['Completed', 'passed'],
    ['Warning', 'passed'],
    ['Error', 'error'],
    ['Aborted', 'error'],
    ['Disconnected', 'error'],
    ['NotRunnable', 'error'],
    ['InProgress', 'error'],
    ['Pending', 'error'],
    ['NotExecuted', 'skipped'],
    ['Inconclusive', 'skipped']
  ])('outcome %s is %s', (outcome, status) => {
    const one = parseReportText(
      'one.trx',
      `<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>${result('1', 'T', outcome)}</Results></TestRun>`
    )
    const totals = reportTotals(one)
    const byStatus = {
      passed: totals.passed,
      failed: totals.failed,
      error: totals.errors,
      skipped: totals.skipped
    }
    expect(totals.tests).toBe(1)
    expect(byStatus[status as keyof typeof byStatus]).toBe(1)
    // Only a clean pass is left out of the kept cases.
    expect(one.suites[0].cases).toHaveLength(status === 'passed' ? 0 : 1)
  })
})
