using Community.Bench.Data;

// Lists on the large seed, in-process through the community schema:
//   --database PATH          a SQLite file seeded with `seed --size large`
//   --postgres CONNECTION    a PostgreSQL database (seeded first with --seed-if-empty)
//   --runs N                 timed runs per operation (default 30), after 5 warm-up runs
// serve [--database PATH | --postgres CONNECTION] [--urls URL]
//   the feed page through /graphql and through a hand-written endpoint /plain/feed (bench/data/feed-http.sh)
return args.FirstOrDefault() == "serve"
    ? await FeedServer.RunAsync(ListBenchmark.Arguments(args[1..]))
    : await ListBenchmark.RunAsync(args);
