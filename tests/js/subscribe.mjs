// graphql-ws (the npm client) as a front end uses it: connects with the token in connection_init,
// subscribes, prints each result as one JSON line and exits after the expected number of results.
// Usage: PLATFORM_TOKEN=… node subscribe.mjs <ws url> <query> <variables json> <count>
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, query, variables, count] = process.argv.slice(2);
const expected = Number(count);
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  lazy: false,
  retryAttempts: 0,
  connectionParams: { Authorization: `Bearer ${process.env.PLATFORM_TOKEN}` },
  on: { connected: () => console.log(JSON.stringify({ connected: true })) },
});

const timeout = setTimeout(() => {
  console.error('timed out');
  process.exit(2);
}, 60000);

let received = 0;
client.subscribe({ query, variables: JSON.parse(variables) }, {
  next: (result) => {
    console.log(JSON.stringify(result));
    if (++received >= expected) {
      clearTimeout(timeout);
      client.dispose();
      process.exit(0);
    }
  },
  error: (error) => {
    console.error(JSON.stringify(error?.message ?? error?.reason ?? error));
    process.exit(1);
  },
  complete: () => {},
});
