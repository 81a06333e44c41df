import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  {
    ignores: [
      "node_modules",
      "dist",
      "coverage",
      "examples/out",
      ".tmp",
      "**/*.js",
      "**/*.mjs",
      "**/*.cjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The rule core is pure and shared: it may not import adapters, Node, Office or the DOM.
    files: ["src/rules/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "crypto", "child_process"],
              message: "src/rules is pure: no Node APIs.",
            },
            {
              group: ["**/cli/**", "**/functions/**", "**/taskpane/**"],
              message: "src/rules imports nothing else from src.",
            },
            {
              group: ["exceljs", "react", "react-dom", "@fluentui/*"],
              message: "src/rules is pure: no I/O or UI libraries.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Date", message: "The core never reads the clock: pass asOf." },
      ],
    },
  },
  prettier,
);
