using Community.Bench.Data;

// Lists on the large seed, in-process through the community schema:
//   --database PATH          a SQLite file seeded with `seed --size large`
//   --postgres CONNECTION    a PostgreSQL database (seeded first with --seed-if-empty)
//   --runs N                 timed runs per operation (default 30), after 5 warm-up runs
// kpis [--database PATH | --postgres CONNECTION] [--runs N] [--days N] [--only Activity,Groups] [--scope everyone|group|department] [--show-sql]
//   every KPI section and the whole kpis request for a year (docs/performance.md)
// serve [--database PATH | --postgres CONNECTION] [--urls URL]
//   the feed page through /graphql and through a hand-written endpoint /plain/feed (bench/data/feed-http.sh)
return args.FirstOrDefault() switch
{
    "serve" => await FeedServer.RunAsync(ListBenchmark.Arguments(args[1..])),
    "kpis" => await KpiBenchmark.RunAsync(args[1..]),
    _ => await ListBenchmark.RunAsync(args),
};
