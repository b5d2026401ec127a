using BenchmarkDotNet.Running;
using Community.GraphQL.Benchmarks;

// dotnet run -c Release --project bench/Community.GraphQL.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/Community.GraphQL.Benchmarks -- dump   (the two results as JSON, for bench/node/check-results.mjs)
if (args is ["dump", ..])
{
    ResultDump.Write(Console.OpenStandardOutput());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
