// Drives a running server with the reference clients of each subscription protocol:
// graphql-ws (graphql-transport-ws over WebSocket) and graphql-sse (distinct connections mode).
// Usage: node protocol-clients.mjs http://127.0.0.1:5000/graphql [token]
// The token (or GRAPHQL_TOKEN) goes in the Authorization header over HTTP and SSE, and in the
// connection_init payload over WebSocket.
// Needs the community schema: { me { handle } }, mutation { createPost }, subscription { postCreated },
// and a token whose member may post company-wide (an employee).
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';

const url = process.argv[2] ?? process.env.GRAPHQL_URL;
if (!url) {
  console.error('usage: node protocol-clients.mjs <graphql endpoint url> [token]');
  process.exit(2);
}

const wsUrl = url.replace(/^http/, 'ws');
const token = process.argv[3] ?? process.env.GRAPHQL_TOKEN;
const authHeaders = token ? { authorization: `Bearer ${token}` } : {};
const connectionParams = token ? { Authorization: `Bearer ${token}` } : undefined;
const timeoutMs = 15000;

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function publish(message) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeaders },
    body: JSON.stringify({ query: 'mutation ($m: String!) { createPost(input: { body: $m }) { post { id } errors { __typename } } }', variables: { m: message } }),
  });
  const body = await res.json();
  if (!body.data?.createPost?.post?.id) {
    throw new Error(`createPost failed: ${JSON.stringify(body)}`);
  }
}

/** Subscribes with `subscribe(sink)` and publishes until the first event arrives (the subscription attaches asynchronously). */
async function firstEvent(subscribe, label) {
  let dispose;
  const received = new Promise((resolve, reject) => {
    dispose = subscribe({
      next: (value) => resolve(value),
      error: (err) => reject(err instanceof Error ? err : new Error(JSON.stringify(err))),
      complete: () => reject(new Error(`${label}: completed before any event`)),
    });
  });
  let done = false;
  received.finally(() => { done = true; }).catch(() => {});
  const publisher = (async () => {
    for (let i = 0; !done && i < 100; i++) {
      await publish(`${label} ${i}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    return await withTimeout(received, label);
  } finally {
    done = true;
    dispose();
    await publisher;
  }
}

async function query(client, label) {
  return withTimeout(new Promise((resolve, reject) => {
    let result;
    client.subscribe({ query: '{ me { handle } }' }, {
      next: (value) => { result = value; },
      error: (err) => reject(err instanceof Error ? err : new Error(JSON.stringify(err))),
      complete: () => resolve(result),
    });
  }), label);
}

const checks = [
  ['graphql-ws: query', async () => {
    const client = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams, lazy: true, retryAttempts: 0 });
    try {
      const result = await query(client, 'graphql-ws query');
      if (typeof result?.data?.me?.handle !== 'string') throw new Error(JSON.stringify(result));
    } finally {
      await client.dispose();
    }
  }],
  ['graphql-ws: subscription receives a published event', async () => {
    const client = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0 });
    try {
      const event = await firstEvent((sink) => client.subscribe({ query: 'subscription { postCreated { body } }' }, sink), 'graphql-ws');
      if (!event?.data?.postCreated?.body?.startsWith('graphql-ws')) throw new Error(JSON.stringify(event));
    } finally {
      await client.dispose();
    }
  }],
  ['graphql-ws: request errors reach the sink', async () => {
    const client = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0 });
    try {
      const error = await withTimeout(new Promise((resolve, reject) => {
        client.subscribe({ query: '{ me(' }, { next: () => {}, error: resolve, complete: () => reject(new Error('completed without error')) });
      }), 'graphql-ws error');
      if (!Array.isArray(error) || !error[0]?.message) throw new Error(JSON.stringify(error));
    } finally {
      await client.dispose();
    }
  }],
  ['graphql-sse: query', async () => {
    const client = createSseClient({ url, headers: authHeaders, retryAttempts: 0 });
    try {
      const result = await query(client, 'graphql-sse query');
      if (typeof result?.data?.me?.handle !== 'string') throw new Error(JSON.stringify(result));
    } finally {
      client.dispose();
    }
  }],
  ['graphql-sse: subscription receives a published event', async () => {
    const client = createSseClient({ url, headers: authHeaders, retryAttempts: 0 });
    try {
      const event = await firstEvent((sink) => client.subscribe({ query: 'subscription { postCreated { body } }' }, sink), 'graphql-sse');
      if (!event?.data?.postCreated?.body?.startsWith('graphql-sse')) throw new Error(JSON.stringify(event));
    } finally {
      client.dispose();
    }
  }],
  ['graphql-ws: without a token the socket is closed with 4403', async () => {
    const client = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const error = await withTimeout(new Promise((resolve, reject) => {
        client.subscribe({ query: '{ me { id } }' }, { next: () => reject(new Error('answered without a token')), error: resolve, complete: () => reject(new Error('completed without a token')) });
      }), 'graphql-ws without token');
      if (error?.code !== 4403) throw new Error(`expected close code 4403, got ${error?.code ?? JSON.stringify(error)}`);
    } finally {
      await client.dispose();
    }
  }],
  ['graphql-sse: without a token the request is refused with 401', async () => {
    const client = createSseClient({ url, retryAttempts: 0 });
    try {
      const error = await withTimeout(new Promise((resolve, reject) => {
        client.subscribe({ query: '{ me { id } }' }, { next: () => reject(new Error('answered without a token')), error: resolve, complete: () => reject(new Error('completed without a token')) });
      }), 'graphql-sse without token');
      const text = String(error?.message ?? error);
      if (!text.includes('401')) throw new Error(`expected a 401 refusal, got ${text}`);
    } finally {
      client.dispose();
    }
  }],
];

let failed = 0;
for (const [name, check] of checks) {
  try {
    await check();
    console.log(`ok      ${name}`);
  } catch (err) {
    failed++;
    console.log(`FAIL    ${name}: ${err?.stack ?? err}`);
  }
}

console.log(`protocol clients: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
