import { loadConfigOrExit } from './lib/config';

const config = loadConfigOrExit();
console.log(`Configuration ok: ${config.mode} mode, database ${config.database.filePath}`);
