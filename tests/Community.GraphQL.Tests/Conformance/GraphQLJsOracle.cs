using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Community.GraphQL.Tests.Conformance;

/// <summary>
/// Runs tests/node-tools/graphql-js-oracle.mjs (graphql-js 17.1, installed as the npm alias
/// <c>graphql17</c>) once for every case and keeps graphql-js's answers by case id. Installs the
/// pinned packages first when they are missing.
/// </summary>
internal static class GraphQLJsOracle
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> Answers = new(Run);

    public static JsonObject AnswerFor(ConformanceCase @case) => Answers.Value[@case.Id];

    private static IReadOnlyDictionary<string, JsonObject> Run()
    {
        var root = RepositoryPaths.Root;
        var tools = Path.Combine(root, "tests", "node-tools");
        if (!Directory.Exists(Path.Combine(tools, "node_modules", "graphql17")))
        {
            RunProcess(root, "npm", ["ci", "--prefix", tools, "--no-audit", "--no-fund", "--loglevel=error"], input: null);
        }

        var cases = ConformanceCatalog.All;
        var request = new JsonArray(cases.Select(c => (JsonNode)new JsonObject
        {
            ["sdl"] = c.Sdl,
            ["query"] = c.Query,
            ["variables"] = c.Variables is null ? null : JsonNode.Parse(c.Variables),
            ["operationName"] = c.OperationName,
            ["rootValue"] = c.RootValue is null ? null : JsonNode.Parse(c.RootValue),
            ["introspection"] = c.Introspection,
            ["printedSchema"] = c.PrintedSchema,
            ["validateOnly"] = c.ValidateOnly,
        }).ToArray());

        var output = RunProcess(root, "node", [Path.Combine(tools, "graphql-js-oracle.mjs")], request.ToJsonString());
        var answers = JsonNode.Parse(output)!.AsArray();
        if (answers.Count != cases.Count)
        {
            throw new InvalidOperationException($"The oracle answered {answers.Count} of {cases.Count} cases.");
        }

        return cases.Select((c, i) => (c.Id, Answer: answers[i]!.AsObject())).ToDictionary(p => p.Id, p => p.Answer);
    }

    private static string RunProcess(string workingDirectory, string fileName, IEnumerable<string> arguments, string? input)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            using (var writer = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)))
            {
                writer.Write(input);
            }
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish in five minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} exited with {process.ExitCode}: {stderr.Result}");
        }

        return stdout.Result;
    }
}
