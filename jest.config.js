/** Jest runs the TypeScript sources through ts-jest in ESM mode (the toolkit is ESM-only). */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  resolver: 'ts-jest-resolver',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/fixtures/', '/examples/'],
  modulePathIgnorePatterns: ['<rootDir>/fixtures/', '<rootDir>/examples/'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: 'tsconfig.test.json', useESM: true }
    ]
  },
  clearMocks: true,
  testTimeout: 60000
}
