/**
 * Two projects: unit and DOM tests in jsdom with the fake `obsidian` module, and the browser
 * test in Node, driving a real Chromium.
 */
const transform = { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] };

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/tests"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["\\.browser\\.test\\.ts$"],
      transform,
      moduleNameMapper: { "^obsidian$": "obsidian-test-mocks/obsidian" },
      setupFiles: ["obsidian-test-mocks/jest-setup"],
      setupFilesAfterEnv: ["<rootDir>/tests/helpers/clean-up.ts"],
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/tests"],
      testMatch: ["**/*.browser.test.ts"],
      transform,
    },
  ],
};
