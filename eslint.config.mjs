import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

const layerRules = {
  lib: {
    patterns: [
      { group: ['@/app/*', '../app/*', '../../app/*'], message: 'lib/ must not import from app/.' },
      {
        group: ['next', 'next/*', 'react', 'react-dom'],
        message: 'Domain code stays framework-free.',
      },
    ],
  },
  db: {
    patterns: [
      {
        group: ['@/app/*', '@/lib/*', '../lib/*', '../../lib/*', '../app/*'],
        message: 'db/ imports nothing from lib/ or app/.',
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'data/**',
      '.tools/**',
      'e2e/artifacts/**',
      'next-env.d.ts',
    ],
  },
  {
    plugins: { drizzle },
    rules: {
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // next.config.js is loaded by Node as CommonJS (package.json has no "type").
    files: ['next.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    ignores: ['lib/auth/config.ts', 'lib/auth/session.ts', 'lib/i18n/**', 'lib/server/**'],
    rules: { 'no-restricted-imports': ['error', layerRules.lib] },
  },
  {
    files: ['db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', layerRules.db] },
  },
];

export default config;
