// The IDE page's only script. The server writes the endpoint into the page's #graphiql element
// (data-endpoint), so that nothing inline runs and the page's CSP can forbid inline scripts.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './page.css';

// Monaco runs its language services in web workers: load them from the files built beside this
// one (same origin, as the CSP's worker-src 'self' demands), never from a blob or a CDN.
const workers = { json: 'json.worker.js', graphql: 'graphql.worker.js' };
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    return new Worker(new URL(workers[label] ?? 'editor.worker.js', import.meta.url), { name: label });
  },
};

const container = document.getElementById('graphiql');
const endpoint = new URL(container.dataset.endpoint, window.location.href);
const socket = new URL(endpoint);
socket.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({ url: endpoint.href, subscriptionUrl: socket.href });
container.textContent = '';
createRoot(container).render(createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }));
