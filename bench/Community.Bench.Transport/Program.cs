using Community.Bench.Transport;

// serve  --urls http://127.0.0.1:5080   GraphQL at /graphql and the plain comparison endpoints
// fanout --subscribers 5000 --events 100 --interval-ms 20
// community-fanout --subscribers 5000 --posts 20 --interval-ms 1000 [--nodes 2 --postgres "Host=...;Username=...;Password=..."]
return args.FirstOrDefault() switch
{
    "serve" => await BenchServer.RunAsync(args[1..]),
    "fanout" => await FanOutBenchmark.RunAsync(args[1..]),
    "community-fanout" => await CommunityFanOutBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: serve [--urls URL] | fanout [--subscribers N] [--events N] [--interval-ms N] | community-fanout [--subscribers N] [--posts N] [--interval-ms N] [--nodes N] [--postgres CONNECTION]");
    return 2;
}
