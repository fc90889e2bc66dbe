import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    // UTC+14: any code that leans on the machine's timezone instead of the
    // site's shows up as an article on the wrong day.
    env: { TZ: "Pacific/Kiritimati" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
