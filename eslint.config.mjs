import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      '.next-e2e/**',
      '.next-e2e-*/**',
      '.next-bench/**',
      'node_modules/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      // A leading underscore marks a parameter kept on purpose (lib/staff/service.ts takes the signed-in staff member).
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Only lib/ talks to the database and the file system of content; app and components go through it.
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/lib/db', '**/lib/db'], message: 'Only lib/ may import the database client.' }] }],
    },
  },
  {
    // Settings are read, validated and typed in one place (lib/env.ts); tests may set them.
    files: ['app/**', 'components/**', 'lib/**', 'i18n/**', 'proxy.ts', 'next.config.ts'],
    ignores: ['lib/env.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings through readSettings() from lib/env.ts.' }],
    },
  },
];

export default config;
