import {configDefaults, defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'extensions/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    // test/editors/.cache holds code-server and its node_modules (installed by test/editors/setup.sh).
    exclude: [...configDefaults.exclude, '**/.cache/**'],
    testTimeout: 30_000,
  },
})
