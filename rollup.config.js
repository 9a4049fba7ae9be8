// Bundles the action (dist/index.js) and the command line (dist/cli.js) into
// self-contained ES modules; the action runner executes dist/ as committed.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

const onwarn = (warning, warn) => {
  // Known, harmless warnings from the toolkit's own sources.
  if (warning.code === 'THIS_IS_UNDEFINED') return
  if (warning.code === 'CIRCULAR_DEPENDENCY') return
  warn(warning)
}

const plugins = () => [
  typescript({ tsconfig: './tsconfig.json', outDir: 'dist', sourceMap: false }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
  commonjs(),
  json()
]

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/index.js', format: 'es', esModule: true },
    plugins: plugins(),
    onwarn
  },
  {
    input: 'src/cli.ts',
    output: {
      file: 'dist/cli.js',
      format: 'es',
      esModule: true,
      banner: '#!/usr/bin/env node'
    },
    plugins: plugins(),
    onwarn
  }
]
