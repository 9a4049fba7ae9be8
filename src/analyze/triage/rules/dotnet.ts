/** .NET: xUnit, NUnit, MSTest through TRX or JunitXml.TestLogger. */
import type { Rule } from '../rule.js'

export const DOTNET_RULES: Rule[] = [
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
    pattern:
      /MissingMethodException ?: Method not found: '(?<sig>[^'\n]{1,300})'/,
    needle: 'MissingMethodException',
    key: '{sig}',
    hint: 'A method the code was compiled against is missing at run time: align the package versions.'
  },
  {
    id: 'dotnet.type-load',
    category: 'missing-module',
    pattern:
      /TypeLoadException ?: Could not load type '(?<type>[^'\n]{1,300})'/,
    needle: 'TypeLoadException',
    key: '{type}',
    hint: 'The type `{type}` could not be loaded: align the package versions.'
  },
  {
    id: 'dotnet.xunit-fixture',
    category: 'missing-fixture',
    pattern:
      /constructor (?:parameters|arguments) did not have matching fixture data: (?<params>[^\n]{1,300})/,
    needle: 'did not have matching fixture data',
    key: '{params}',
    hint: 'xUnit cannot supply `{params}`. Register the fixture with `IClassFixture<T>` or a `[CollectionDefinition]` in the test assembly.'
  },
  {
    id: 'dotnet.xunit-fixture-unresolved',
    category: 'missing-fixture',
    pattern:
      /(?<kind>Class|Collection|Assembly) fixture type '(?<fixture>[^'\n]{1,300})' had one or more unresolved constructor arguments/,
    needle: 'unresolved constructor arguments',
    key: '{fixture}',
    hint: 'xUnit cannot build the {kind} fixture `{fixture}`: its constructor asks for something xUnit does not supply. Give it a parameterless constructor or only the arguments xUnit injects.'
  },
  {
    id: 'dotnet.file-not-found',
    category: 'missing-fixture',
    pattern:
      /Could not find file '(?<path>[^'\n]{1,300})'|Could not find a part of the path '(?<path2>[^'\n]{1,300})'/,
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
    pattern:
      /No test is available in (?:[^\n]{0,300}?[\\/])?(?<asm>[\w.-]{1,200}\.(?:dll|exe))\b/,
    needle: 'No test is available in',
    key: '{asm}',
    hint: 'VSTest found no runnable tests in `{asm}`: reference the test adapter package (`Microsoft.NET.Test.Sdk` and the framework adapter) and check the target framework.'
  },
  {
    id: 'dotnet.test-signature',
    category: 'collection-error',
    // The framework rejected the test method or class before running it.
    pattern:
      /\bUTA0\d{2}: |^(?:OneTimeSetUp: )?No suitable constructor was found|Method has non-void return value, but no result is expected|Async test method must have non-void return type|The test class may only define a single public constructor/m,
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
    pattern:
      /(?:(?<file>[\w./\\:-]{1,300}\.(?:cs|fs|vb|csproj|fsproj|sln))(?:\(\d{1,7},\d{1,5}\))?: )?error (?<code>CS\d{4}|FS\d{4}|BC\d{5}|MSB\d{4}|NU\d{4}): /,
    needle: ['error CS', 'error FS', 'error BC', 'error MSB', 'error NU'],
    key: '{file}',
    hint: 'The test project did not build ({code}), so none of its tests ran. Fix the first build error.'
  },
  {
    id: 'dotnet.socket-refused',
    category: 'service-unavailable',
    pattern:
      /SocketException(?: \(\d{1,6}\))? ?: (?:Connection refused(?! \(OS Error)|No connection could be made)|Failed to connect to (?<host>[\d.]{7,15}):(?<port>\d{1,5})/,
    needle: ['SocketException', 'Failed to connect to'],
    key: '{address}',
    hint: 'A service the tests need is not reachable. Add it as a CI service.'
  },
  {
    id: 'dotnet.sqlserver',
    category: 'service-unavailable',
    pattern:
      /A network-related or instance-specific error occurred while establishing a connection to SQL Server/,
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
    pattern:
      /Test execution timed out after (?<budget>\d{1,12} ?m(?:illi)?s(?:econds)?)/,
    needle: 'Test execution timed out',
    key: '',
    hint: 'Tests exceeded their xUnit `Timeout`, usually waiting on a dependency. Find the wait or raise it.'
  },
  {
    id: 'dotnet.missing-setting',
    category: 'missing-config',
    pattern:
      /Value cannot be null\. \(Parameter '(?<param>connectionString|\w{0,100}(?:Key|key|Secret|secret|Token|token))'\)/,
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
    pattern:
      /\b[Cc]onnection string '(?<name>[\w.-]{1,100})' (?:was not found|is not configured|is missing|not found|could not be found)|No connection string named '(?<name2>[\w.-]{1,100})' could be found/,
    needle: ['connection string'],
    key: 'ConnectionStrings:{name}',
    hint: 'The connection string `{name}` is not configured for the tests. Set `ConnectionStrings__{name}` in the workflow `env:` or add it to the test appsettings.'
  },
  {
    id: 'dotnet.options-validation',
    category: 'missing-config',
    // Microsoft.Extensions.Options validation (`ValidateDataAnnotations`,
    // `ValidateOnStart`): a bound options class lacks a required value.
    pattern:
      /OptionsValidationException ?: DataAnnotation validation failed for '(?<opts>[\w.]{1,100})' members: '(?<member>[\w.]{1,100})'/,
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
    pattern:
      /Assert\.\w{1,40}\(\) Failure|Assert\.\w{1,40} failed\.|Expected: [^\n]{0,300}\n\s*But was: |Expected string length|Shouldly|FluentAssertions|Expected [\w.]{1,100} to /,
    needle: ['assert', 'expect', 'Shouldly', 'FluentAssertions'],
    key: '',
    hint: 'An expectation did not hold: look at the expected and actual values.'
  },
  {
    id: 'dotnet.mock-verification',
    category: 'assertion',
    // Moq's `Verify` and NSubstitute's `Received`: a call the test expected
    // was not made (or made too often): an expectation, not a crash.
    pattern:
      /\bMockException ?: [^\n]{0,40}\n?\s{0,20}Expected invocation on the mock|\bReceivedCallsException ?: Expected to receive|\bExpected to receive (?:exactly|at least|no) [^\n]{0,40}calls? matching/,
    needle: ['MockException', 'Expected to receive'],
    key: '',
    hint: 'A call the test verifies on a mock was not made as expected: look at the expected and received calls.'
  },
  {
    id: 'dotnet.exception',
    category: 'crash',
    pattern:
      /\bSystem\.(?<type>NullReferenceException|InvalidOperationException|ArgumentException|ArgumentNullException|IndexOutOfRangeException|KeyNotFoundException|InvalidCastException|DivideByZeroException|NotImplementedException|FormatException)\b/,
    needle: 'System.',
    key: '',
    hint: 'An uncaught `{type}` in the code under test.'
  }
]
