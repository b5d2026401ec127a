// Times a cached execution (document parsed and validated once, then executed and serialized
// to JSON on every iteration) of the two benchmark operations with graphql-js and graphql-jit,
// over the schema and data that bench/Community.GraphQL.Benchmarks uses.
// Usage: node execute-bench.mjs [--seconds 3] [--json] | node execute-bench.mjs --dump
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildSchema, getIntrospectionQuery, parse, validate, execute } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';

const here = dirname(fileURLToPath(import.meta.url));
const read = (name) => readFileSync(join(here, '..', 'schema', name), 'utf8');
const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1]) || 3;
const asJson = args.includes('--json');

const schema = buildSchema(read('bench.graphql'));
const rootValue = { company: makeCompany() };

const operations = {
  // The full introspection query, with every option the .NET IntrospectionQuery.Text asks for.
  Introspection: getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  }),
  ThreeLevels: read('three-level.graphql'),
};

// The same data the .NET benchmark builds: 10 teams of 10 members, values derived from indices.
function makeCompany() {
  const teams = [];
  for (let t = 0; t < 10; t++) {
    const members = [];
    for (let m = 0; m < 10; m++) {
      const n = t * 10 + m;
      members.push({
        id: String(n),
        name: `Member ${n}`,
        email: `member${n}@example.com`,
        title: `Title ${n % 7}`,
        department: `Department ${n % 5}`,
        location: `Location ${n % 3}`,
        age: 20 + (n % 40),
        score: n * 1.5,
        active: n % 2 === 0,
        joinedYear: 2000 + (n % 25),
      });
    }
    teams.push({ id: String(t), name: `Team ${t}`, members });
  }
  return { name: 'Example Company', teams };
}

function time(label, run) {
  const warmUntil = performance.now() + Math.min(1000, seconds * 300);
  while (performance.now() < warmUntil) run();
  let iterations = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 50; i++) run();
    iterations += 50;
    now = performance.now();
  }
  const microsPerOp = ((now - start) * 1000) / iterations;
  return { engine: label.engine, operation: label.operation, microsecondsPerOperation: microsPerOp, operationsPerSecond: 1e6 / microsPerOp };
}

if (args.includes('--dump')) {
  // The responses themselves, for check-results.mjs.
  const responses = {};
  for (const [operation, text] of Object.entries(operations)) {
    responses[operation] = {
      'graphql-js': execute({ schema, document: parse(text), rootValue }),
      'graphql-jit': compileQuery(schema, parse(text), undefined, { disableLeafSerialization: false }).query(rootValue, {}, {}),
    };
  }
  console.log(JSON.stringify(responses));
  process.exit(0);
}

const results = [];
for (const [operation, text] of Object.entries(operations)) {
  const document = parse(text);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`${operation} is not valid: ${errors[0].message}`);

  results.push(time({ engine: 'graphql-js', operation }, () => {
    const result = execute({ schema, document, rootValue });
    if (result.errors) throw result.errors[0];
    return JSON.stringify(result);
  }));

  const compiled = compileQuery(schema, document, undefined, { disableLeafSerialization: false });
  if (!isCompiledQuery(compiled)) throw new Error(`graphql-jit could not compile ${operation}`);
  results.push(time({ engine: 'graphql-jit', operation }, () => {
    const result = compiled.query(rootValue, {}, {});
    if (result.errors) throw result.errors[0];
    return compiled.stringify(result);
  }));
}

if (asJson) {
  console.log(JSON.stringify(results));
} else {
  for (const r of results) {
    console.log(`${r.engine.padEnd(11)} ${r.operation.padEnd(14)} ${r.microsecondsPerOperation.toFixed(2).padStart(10)} us/op ${Math.round(r.operationsPerSecond).toString().padStart(9)} ops/s`);
  }
}
