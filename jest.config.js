// One jest run, three kinds of test: pure node (core, cli), jsdom (components, excel adapter) and
// browser tests that drive Debian's Chromium against the built pages (test/e2e).
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      jsx: "react-jsx",
      module: "commonjs",
      moduleResolution: "node10",
      esModuleInterop: true,
      isolatedModules: true,
      resolveJsonModule: true,
      types: ["office-js", "jest", "node"],
    },
  },
];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
module.exports = {
  // Every core: jest's default (cores − 1) ran the suite on one worker on a two-core machine, 280 s of
  // jest where two workers take 180 s (measured on this machine, the whole suite, twice).
  maxWorkers: "100%",
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/{core,cli,scripts,bench,xlsx,corpus,workbook}/**/*.test.ts", "<rootDir>/test/*.test.ts"],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/{taskpane,excel,preview}/**/*.test.ts?(x)"],
      setupFilesAfterEnv: ["<rootDir>/test/setup-dom.ts"],
    },
    {
      ...common,
      displayName: "browser",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      globalSetup: "<rootDir>/test/e2e/global-setup.js",
    },
  ],
};
