import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      'data/**',
      'test-artifacts/**',
      '**/*.config.*',
      'vitest.base.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Typed rules that catch real bugs in async server and CLI code.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Word lists live in src/lexicon (or entities/data) as data-only modules, one list per
    // meaning, where the lexicon test checks them; rule code imports them instead of
    // spelling a list inline.
    files: ['packages/extract/src/**/*.ts'],
    ignores: [
      'packages/extract/src/lexicon/**',
      'packages/extract/src/entities/data/**',
      'packages/extract/src/**/*.test.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "NewExpression[callee.name='Set'] > ArrayExpression.arguments[elements.length>1]:has(> Literal[value=/[a-z]/i])",
          message: 'Word lists belong in src/lexicon: import the set from there.',
        },
        {
          selector:
            "NewExpression[callee.name='Map'] > ArrayExpression.arguments > ArrayExpression:first-child > Literal:first-child[value=/[a-z]/i]",
          message: 'Word tables belong in src/lexicon: import the map from there.',
        },
        {
          selector: 'Literal[regex.pattern=/^\\^\\((\\?:)?[a-z]+(\\|[a-z]+)+\\)\\$$/]',
          message: 'A regex that lists words is a word list: use a set from src/lexicon.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
);
