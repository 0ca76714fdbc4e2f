/** Unit and DOM tests run in jsdom with the fake `obsidian` module; see tests/README.md. */
module.exports = {
  testEnvironment: "jsdom",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleNameMapper: { "^obsidian$": "obsidian-test-mocks/obsidian" },
  setupFiles: ["obsidian-test-mocks/jest-setup"],
};
