/**
 * Configuration files that are missing, in any ecosystem. A table of its own,
 * tried first: each ecosystem's rules for a missing resource or data file
 * (`java.classpath-resource`, `any.file-not-found`) would otherwise call a
 * missing `application-ci.yml` a fixture.
 */
import type { Rule } from '../rule.js'

export const CONFIG_RULES: Rule[] = [
  {
    id: 'any.aws-region-missing',
    category: 'missing-config',
    // The AWS SDKs find no region in the environment or the profile: Go v2,
    // Go v1 (`MissingRegion`), botocore's NoRegionError, JavaScript v3.
    pattern:
      /\ban AWS region is required, but was not found\b|\bMissingRegion: could not find region configuration\b|\bNoRegionError: You must specify a region\b|\bError: Region is missing\b/,
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
    pattern:
      /(?:No such file or directory(?::| @ \w{1,40} -)|ENOENT: no such file or directory, open|class path resource|property source from location|FileNotFoundException:|Could not find file|The configuration file|open(?= [^\s:]{1,300}: no such file))\s{0,5}['"[]?(?:optional:)?(?:classpath\*?:|file:)?\/?(?<path>[^\s'"\]]{0,200}?(?:(?:config|conf|settings)\/[^\s'"\]/]{1,100}|(?:config|settings|application|appsettings|credentials|secrets)[^\s'"\]/]{0,100})\.(?:ya?ml|json|toml|ini|properties|conf|cfg|env|hocon)|[^\s'"\]]{0,200}?\.env(?:\.[\w-]{1,40})?)(?![\w./-])/i,
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
]
