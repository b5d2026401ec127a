// Checks that the .NET engine, graphql-js and graphql-jit return the same responses for the
// benchmark operations, so that the timings compare like with like. Arguments: the output of
// `Community.GraphQL.Benchmarks dump`, then the output of `execute-bench.mjs --dump`.
// The built-in types' descriptions are worded differently and the schema lists its types in
// another order, so descriptions are not compared and types are sorted by name. graphql-js 16
// (which graphql-jit needs) also has introspection additions the September 2025 edition lacks
// (`__Directive`'s `isDeprecated` and `deprecationReason`, the `DIRECTIVE_DEFINITION` location, an
// `includeDeprecated` argument on `__Schema.directives`); those are left out before comparing.
// And it follows the October 2021 edition where the September 2025 one made two arguments
// non-null (`includeDeprecated: Boolean! = false`, `@deprecated(reason: String!)`): both sides
// are compared with those two types unwrapped.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

const [dotnetFile, nodeFile] = process.argv.slice(2);
const dotnet = JSON.parse(readFileSync(dotnetFile, 'utf8'));
const node = JSON.parse(readFileSync(nodeFile, 'utf8'));

let failed = false;
for (const [operation, engines] of Object.entries(node)) {
  const ours = normalize(dotnet[operation]);
  for (const [engine, response] of Object.entries(engines)) {
    const theirs = normalize(JSON.parse(JSON.stringify(response)));
    const same = isDeepStrictEqual(ours, theirs);
    const size = JSON.stringify(ours).length;
    console.log(`${operation.padEnd(14)} community-graph = ${engine.padEnd(11)} ${same ? 'same' : 'DIFFERENT'} (${size} / ${JSON.stringify(theirs).length} characters)`);
    if (!same) {
      failed = true;
      reportFirstDifference(ours, theirs, operation);
    }
  }
}

process.exit(failed ? 1 : 0);

function normalize(value) {
  if (Array.isArray(value)) return value.map(normalize);
  if (value === null || typeof value !== 'object') return value;
  const copy = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = key === 'description' ? '(a description or none)' : normalize(item);
  }
  if (copy.name === '__Directive' && Array.isArray(copy.fields)) {
    copy.fields = copy.fields.filter((f) => f.name !== 'isDeprecated' && f.name !== 'deprecationReason');
  }
  if (Array.isArray(copy.locations) && 'isRepeatable' in copy) {
    copy.locations = copy.locations.filter((l) => l !== 'DIRECTIVE_DEFINITION');
  }
  if (copy.name === '__Schema' && Array.isArray(copy.fields)) {
    copy.fields = copy.fields.map((f) => (f.name === 'directives' ? { ...f, args: f.args.filter((a) => a.name !== 'includeDeprecated') } : f));
  }
  if (copy.name === '__DirectiveLocation' && Array.isArray(copy.enumValues)) {
    copy.enumValues = copy.enumValues.filter((v) => v.name !== 'DIRECTIVE_DEFINITION');
  }
  if (Array.isArray(copy.args)) {
    const deprecated = copy.name === 'deprecated' && 'isRepeatable' in copy;
    copy.args = copy.args.map((arg) =>
      arg.name === 'includeDeprecated' || (deprecated && arg.name === 'reason') ? withoutNonNull(arg) : arg,
    );
  }
  if (Array.isArray(copy.types) && 'queryType' in copy) {
    copy.types = [...copy.types].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  return copy;
}

function withoutNonNull(arg) {
  return arg.type?.kind === 'NON_NULL' ? { ...arg, type: arg.type.ofType } : arg;
}

function reportFirstDifference(a, b, path) {
  if (isDeepStrictEqual(a, b)) return false;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      if (reportFirstDifference(a[key], b[key], `${path}.${key}`)) return true;
    }
    if (!Array.isArray(a) && JSON.stringify(Object.keys(a)) !== JSON.stringify(Object.keys(b))) {
      console.log(`  ${path}: key order ${JSON.stringify(Object.keys(a))} vs ${JSON.stringify(Object.keys(b))}`);
      return true;
    }
  }
  console.log(`  ${path}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`);
  return true;
}
