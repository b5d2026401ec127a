// Runs graphql-http's server audits (GraphQL over HTTP) against a running server.
// Usage: node audit.mjs http://127.0.0.1:5000/graphql [token]
// The token (or GRAPHQL_TOKEN) is sent as "Authorization: Bearer <token>" with every request.
// Exits 1 when any MUST or SHOULD audit fails; MAY audits are reported only.
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? process.env.GRAPHQL_URL;
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url> [token]');
  process.exit(2);
}

const token = process.argv[3] ?? process.env.GRAPHQL_TOKEN;
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};

const audits = serverAudits({ url, fetchFn });
let failed = 0;
let passed = 0;
for (const audit of audits) {
  const result = await audit.fn();
  if (result.status === 'ok') {
    passed++;
    console.log(`ok      ${result.id} ${result.name}`);
    continue;
  }

  const required = result.name.startsWith('MUST') || result.name.startsWith('SHOULD');
  if (required) {
    failed++;
  }

  let body = '';
  try {
    body = await result.response.text();
  } catch {
    body = '(body already read)';
  }

  console.log(`${required ? 'FAIL   ' : 'notice '} ${result.id} ${result.name}: ${result.reason}`);
  console.log(`        status ${result.response.status}, content-type ${result.response.headers.get('content-type')}, body ${body.slice(0, 300)}`);
}

console.log(`graphql-http audit: ${passed} passed, ${failed} failed (MUST and SHOULD), ${audits.length - passed - failed} optional notices`);
process.exit(failed === 0 ? 0 : 1);
