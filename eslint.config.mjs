import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

export default defineConfig([
  { ignores: ["main.js", "dist/**", "node_modules/**", "preview/build/**", "tests/artifacts/**", "bench/vaults/**", "bench/preview-build/**"] },
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "jest.config.cjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Declarative settings (getSettingDefinitions) need Obsidian 1.13; minAppVersion is 1.7.2,
      // so the tab renders with display(), which every supported version calls.
      "obsidianmd/settings-tab/prefer-setting-definitions": "off",
    },
  },
  {
    // The CLI runs in Node: Node modules and the console are its tools.
    files: ["src/cli/**/*.ts"],
    languageOptions: { globals: globals.node },
    rules: {
      "import/no-nodejs-modules": "off",
      "no-console": "off",
      "obsidianmd/no-nodejs-modules": "off",
    },
  },
  {
    files: ["tests/**/*.ts", "bench/**/*.ts", "scripts/**/*.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
]);
