import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The CLI tests never read or write the cache of the machine they run on.
    env: { RODEDRAAD_CACHE: 'off' },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.generated.ts'],
      reporter: ['text-summary'],
      // The floor is the coverage the suite had when it was set (issue 11); raise it, never lower it.
      thresholds: { statements: 95, branches: 87, functions: 96, lines: 96 },
    },
  },
});
