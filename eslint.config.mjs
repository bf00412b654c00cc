import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Server components translate through lib/i18n/server: its translators parse each message once
    // per process, next-intl/server's once per request.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/i18n/request-config.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next-intl/server", message: "Import getTranslations, getFormatter and getLocale from @/lib/i18n/server." }] }],
    },
  },
  { ignores: [".next/**", "lib/db/generated/**", ".data/**", "test-results/**", "playwright-report/**", "bench/results/**", "next-env.d.ts"] },
];

export default config;
