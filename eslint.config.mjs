import { FlatCompat } from '@eslint/eslintrc';
import tseslint from 'typescript-eslint';

const compat = new FlatCompat({ baseDirectory: import.meta.dirname });

export default tseslint.config(
  {
    ignores: [
      '.next*/**',
      'bench-results/**',
      'node_modules/**',
      '.emulator-data/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  ...compat.extends('next/core-web-vitals', 'next/typescript'),
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // lib/wix/ is the one place that speaks the SDK; everything else uses our own types.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@wix/*'], message: 'Import Wix SDK modules only in lib/wix/.' }] },
      ],
    },
  },
  {
    files: ['lib/wix/**', 'tests/contract/**', 'emulator/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['emulator/**', 'scripts/**', 'e2e/**', 'tests/**'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
);
