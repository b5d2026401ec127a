// Sends the introspection queries that client tools generate with graphql-js 16 and with
// graphql-js 17 (getIntrospectionQuery, with its default options and with every option the
// September 2025 edition covers) to a running server, and builds a client schema from each answer
// with the same graphql-js version (buildClientSchema), as GraphiQL, codegen and IDE plugins do.
// Usage: node introspection-clients.mjs http://127.0.0.1:5000/graphql [token]
// Prints one line per query and ends with "<n> failed"; exits 1 when any failed.
import * as graphql16 from 'graphql';
import * as graphql17 from 'graphql17';

const url = process.argv[2] ?? process.env.GRAPHQL_URL;
// The member's token, sent as the Authorization header (the API answers nothing without one).
const token = process.argv[3] ?? process.env.GRAPHQL_TOKEN;
if (!url) {
  console.error('usage: node introspection-clients.mjs <graphql endpoint url> [token]');
  process.exit(2);
}

const everyEditionOption = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

const runs = [];
for (const [label, graphql] of [['graphql-js 16', graphql16], ['graphql-js 17', graphql17]]) {
  runs.push({ label: `${label} (${graphql.version}), default options`, graphql, options: undefined });
  runs.push({ label: `${label} (${graphql.version}), every option`, graphql, options: everyEditionOption });
}

let failed = 0;
for (const { label, graphql, options } of runs) {
  try {
    const query = graphql.getIntrospectionQuery(options);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, operationName: 'IntrospectionQuery' }),
    });
    const body = await response.json();
    if (!response.ok || body.errors) {
      throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
    }
    const schema = graphql.buildClientSchema(body.data);
    const problems = graphql.validateSchema(schema);
    if (problems.length > 0) {
      throw new Error(problems.map((p) => p.message).join('; '));
    }
    const types = Object.keys(schema.getTypeMap()).filter((name) => !name.startsWith('__')).length;
    console.log(`ok ${label}: ${types} types, ${schema.getDirectives().length} directives`);
  } catch (error) {
    failed++;
    console.log(`FAILED ${label}: ${error.message}`);
  }
}

console.log(`${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
