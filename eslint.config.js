// Lint rules the project holds itself to (npm run lint, run by npm test). Formatting is Prettier's.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/** A relative import must name its file (Node runs the sources itself in tests and workers). */
const EXTENSIONLESS = '[source.value=/^\\.\\.?\\u002F(?!.*\\.(ts|tsx|json|css|svg|mjs|js|html)$)/]';

/** SQL lives in repositories and in core/db: elsewhere these are refused. */
const SQL_OUTSIDE_REPOSITORIES = [
  { selector: "TaggedTemplateExpression[tag.name='sql']", message: 'SQL chỉ viết trong repository.ts hoặc core/db/.' },
  {
    selector: 'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom)$/]',
    message: 'Truy vấn chỉ viết trong repository.ts hoặc core/db/.',
  },
  { selector: "CallExpression[callee.property.name='prepare']", message: 'Câu lệnh SQL chỉ chuẩn bị trong repository.ts hoặc core/db/.' },
];

const IMPORTS = [
  { selector: `ImportDeclaration${EXTENSIONLESS}`, message: 'Ghi rõ phần mở rộng của tệp (.ts, .tsx) khi import.' },
  { selector: `ExportNamedDeclaration${EXTENSIONLESS}`, message: 'Ghi rõ phần mở rộng của tệp (.ts, .tsx) khi export … from.' },
  { selector: `ExportAllDeclaration${EXTENSIONLESS}`, message: 'Ghi rõ phần mở rộng của tệp (.ts, .tsx) khi export * from.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'resources/**', 'src-renderer/public/**', '.tsbuild/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Text cleaning matches control characters on purpose (XML-invalid characters, legacy bytes).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' }],
      'max-lines-per-function': ['warn', { max: 80, skipBlankLines: true, skipComments: true }],
      'no-restricted-syntax': ['error', ...IMPORTS, ...SQL_OUTSIDE_REPOSITORIES],
    },
  },
  {
    // Repositories, the database's own code, and tests (which read the file to prove what was written).
    files: ['src-main/**/repository.ts', 'src-main/core/db/**', 'test/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': ['error', ...IMPORTS] },
  },
  {
    // Test functions are a scenario each: long is fine there.
    files: ['test/**'],
    rules: { 'max-lines-per-function': 'off' },
  },
);
