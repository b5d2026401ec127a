using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Community.GraphQL.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
