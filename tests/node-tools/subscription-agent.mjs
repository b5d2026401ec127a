// Holds subscriptions open with the reference clients, on command, so that a test can act on the server
// between events: graphql-ws (graphql-transport-ws over WebSocket, one socket per subscription) and
// graphql-sse (distinct connections mode, one stream per subscription).
// Usage: node subscription-agent.mjs http://127.0.0.1:5000/graphql
// Commands on stdin, one JSON object a line:
//   {"op":"subscribe","id":"a","client":"ws"|"sse","token":"...","query":"subscription { ... }","variables":{}}
//   {"op":"dispose","id":"a"}
// Reports on stdout, one JSON object a line, each with the subscription's id:
//   {"id":"a","event":"next","payload":{...}}    an execution result
//   {"id":"a","event":"error","errors":[...]}    the subscription was refused or failed (graphql-ws: errors;
//                                                graphql-sse: the message of the error the client raised)
//   {"id":"a","event":"complete"}                the server ended the subscription
//   {"id":"a","event":"closed","code":1001,"reason":"..."}   graphql-ws only: the socket closed
// The agent exits when stdin closes.
import { createInterface } from 'node:readline';
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';

const url = process.argv[2];
if (!url) {
  console.error('usage: node subscription-agent.mjs <graphql endpoint url>');
  process.exit(2);
}

const wsUrl = url.replace(/^http/, 'ws');
const open = new Map();

function report(id, event, fields = {}) {
  process.stdout.write(JSON.stringify({ id, event, ...fields }) + '\n');
}

function sink(id) {
  return {
    next: (payload) => report(id, 'next', { payload }),
    error: (error) => report(id, 'error', Array.isArray(error) ? { errors: error } : { message: String(error?.message ?? error) }),
    complete: () => report(id, 'complete'),
  };
}

function subscribeWs({ id, token, query, variables }) {
  // Not lazy: the socket stays open after the subscription completes, so the server's own close is seen.
  const client = createWsClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 0,
    on: { closed: (event) => report(id, 'closed', { code: event?.code, reason: event?.reason }) },
  });
  const unsubscribe = client.subscribe({ query, variables }, sink(id));
  return async () => {
    unsubscribe();
    await client.dispose();
  };
}

function subscribeSse({ id, token, query, variables }) {
  const client = createSseClient({ url, headers: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  const unsubscribe = client.subscribe({ query, variables }, sink(id));
  return async () => {
    unsubscribe();
    client.dispose();
  };
}

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (!line.trim()) continue;
  const command = JSON.parse(line);
  if (command.op === 'subscribe') {
    open.set(command.id, command.client === 'sse' ? subscribeSse(command) : subscribeWs(command));
  } else if (command.op === 'dispose') {
    await open.get(command.id)?.();
    open.delete(command.id);
  }
}

for (const dispose of open.values()) {
  await dispose().catch(() => {});
}
process.exit(0);
