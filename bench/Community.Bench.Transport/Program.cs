using Community.Bench.Transport;

// serve  --urls http://127.0.0.1:5080   GraphQL at /graphql and the plain comparison endpoints
// fanout --subscribers 5000 --events 100 --interval-ms 20
return args.FirstOrDefault() switch
{
    "serve" => await BenchServer.RunAsync(args[1..]),
    "fanout" => await FanOutBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: serve [--urls URL] | fanout [--subscribers N] [--events N] [--interval-ms N]");
    return 2;
}
