import { isPortFree } from './lib/free-port';

const port = Number(process.argv[2]);
isPortFree(port).then((free) => {
  if (free) return;
  console.error(
    `error: port ${port} is already in use; stop the other server or run PORT=<free port> npm start`,
  );
  process.exit(1);
});
