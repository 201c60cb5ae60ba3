import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          include: [
            'server/**/*.test.ts',
            'contracts/**/*.test.ts',
            'bench/**/*.test.ts',
            'scripts/**/*.test.ts',
            // The browser's own logic that needs no page, such as a phone's offline queue.
            'web/**/*.test.ts',
          ],
          environment: 'node',
          globalSetup: ['server/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/support/global-setup.ts'],
          // Journeys grow with the product, and CI runs them beside the server tests on two cores.
          testTimeout: 360_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A page that waits on its server can take seconds when the server tests share the machine;
          // Vitest's one-second default for expect.poll fails a journey that would have passed.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
