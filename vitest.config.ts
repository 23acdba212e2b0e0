import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The real-reader tests (LibreOffice, pandoc) take seconds each; everything else is fast.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
