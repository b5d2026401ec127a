using Community.Bench.Data;

// Lists on the large seed, in-process through the community schema:
//   --database PATH          a SQLite file seeded with `seed --size large`
//   --postgres CONNECTION    a PostgreSQL database (seeded first with --seed-if-empty)
//   --runs N                 timed runs per operation (default 30), after 5 warm-up runs
return await ListBenchmark.RunAsync(args);
