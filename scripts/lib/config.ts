import { ConfigError, getConfig, type AppConfig } from '@/lib/env';

/** The configuration, or one clear line on stderr and exit code 1. */
export function loadConfigOrExit(): AppConfig {
  try {
    return getConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
