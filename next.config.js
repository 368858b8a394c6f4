// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // app/global-not-found.tsx: server-rendered, translated 404 for unmatched URLs.
    globalNotFound: true,
    // forbidden() renders app/[locale]/forbidden.tsx with status 403.
    authInterrupts: true,
  },
};

module.exports = withNextIntl(nextConfig);
