// Prints the .NET engine's cached-execution times next to graphql-js's and graphql-jit's, with
// the ratios. Arguments: a BenchmarkDotNet full JSON report, then execute-bench.mjs --json output.
import { readFileSync } from 'node:fs';

const [dotnetReport, nodeReport] = process.argv.slice(2);
const dotnet = JSON.parse(readFileSync(dotnetReport, 'utf8'));
const node = JSON.parse(readFileSync(nodeReport, 'utf8'));

const dotnetMicros = {};
for (const benchmark of dotnet.Benchmarks) {
  const operation = benchmark.Method.replace(/^Execute/, '');
  dotnetMicros[operation] = benchmark.Statistics.Mean / 1000;
}

console.log('operation      community-graph  graphql-js  graphql-jit   vs js   vs jit');
for (const operation of Object.keys(dotnetMicros)) {
  const ours = dotnetMicros[operation];
  const js = node.find((r) => r.engine === 'graphql-js' && r.operation === operation).microsecondsPerOperation;
  const jit = node.find((r) => r.engine === 'graphql-jit' && r.operation === operation).microsecondsPerOperation;
  console.log(
    `${operation.padEnd(14)} ${ours.toFixed(1).padStart(12)} us ${js.toFixed(1).padStart(8)} us ${jit.toFixed(1).padStart(9)} us ${(js / ours).toFixed(2).padStart(6)}x ${(jit / ours).toFixed(2).padStart(6)}x`,
  );
}
