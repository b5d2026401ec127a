using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Community.GraphQL.Tests.Conformance;

/// <summary>
/// A client cannot tell our engine from graphql-js 17.1 (both at the September 2025 edition): every case of <see cref="ConformanceCatalog"/>
/// gets the same syntax errors, validation errors, execution result (data; error messages, paths
/// and locations; extensions aside), introspection result and printed SDL from both (and, for the
/// schema's author, the same schema-building errors), except the differences listed with their
/// reasons in <see cref="KnownDifferences"/>. graphql-js answers through
/// tests/node-tools/graphql-js-oracle.mjs, run once for all cases.
/// </summary>
public sealed class GraphQLJsDifferentialTests
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string> SyntaxCases => Ids(CaseKind.Syntax);

    public static TheoryData<string> ValidationCases => Ids(CaseKind.Validation);

    public static TheoryData<string> ExecutionCases => Ids(CaseKind.Execution);

    public static TheoryData<string> IntrospectionCases => Ids(CaseKind.Introspection);

    public static TheoryData<string> SchemaCases => Ids(CaseKind.Schema);

    [Theory]
    [MemberData(nameof(SyntaxCases))]
    public Task Syntax_errors_match_graphql_js(string id) => CompareAsync(id);

    [Theory]
    [MemberData(nameof(ValidationCases))]
    public Task Validation_errors_match_graphql_js(string id) => CompareAsync(id);

    [Theory]
    [MemberData(nameof(ExecutionCases))]
    public Task Execution_results_match_graphql_js(string id) => CompareAsync(id);

    [Theory]
    [MemberData(nameof(IntrospectionCases))]
    public Task Introspection_results_match_graphql_js(string id) => CompareAsync(id);

    [Theory]
    [MemberData(nameof(SchemaCases))]
    public Task Schema_errors_match_graphql_js(string id) => CompareAsync(id);

    [Fact]
    public void Case_ids_are_unique()
    {
        var duplicates = ConformanceCatalog.All.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_known_difference_names_a_case()
    {
        var ids = ConformanceCatalog.All.Select(c => c.Id).ToHashSet();
        // Harvested documents belong to other tests, which may change them at any time.
        Assert.DoesNotContain(KnownDifferences.Reasons.Keys, id => !ids.Contains(id) && !id.StartsWith("validation: harvested:", StringComparison.Ordinal));
    }

    private static TheoryData<string> Ids(CaseKind kind)
    {
        var data = new TheoryData<string>();
        foreach (var @case in ConformanceCatalog.All.Where(c => c.Kind == kind))
        {
            data.Add(@case.Id);
        }

        return data;
    }

    private static async Task CompareAsync(string id)
    {
        var @case = ConformanceCatalog.All.Single(c => c.Id == id);
        var expected = GraphQLJsOracle.AnswerFor(@case).DeepClone().AsObject();
        var actual = await OurEngine.AnswerAsync(@case);
        KnownDifferences.NormalizeIntrospection(expected);
        KnownDifferences.NormalizeIntrospection(actual);

        var expectedText = Canonical(expected);
        var actualText = Canonical(actual);
        if (KnownDifferences.Reasons.TryGetValue(id, out var reason))
        {
            Assert.True(expectedText != actualText, $"Both engines now agree; remove the known difference ({reason}).");
            return;
        }

        Assert.False(expected.ContainsKey("oracleError"), id + "\n" + expected["oracleError"]);
        if (expectedText != actualText)
        {
            Assert.Fail(id + "\n" + Difference(expectedText, actualText));
        }
    }

    /// <summary>The lines around the first difference of both answers, graphql-js's first.</summary>
    private static string Difference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var first = 0;
        while (first < expectedLines.Length && first < actualLines.Length && expectedLines[first] == actualLines[first])
        {
            first++;
        }

        string Window(string[] lines) => string.Join("\n", lines.Skip(Math.Max(0, first - 8)).Take(24));
        return $"graphql-js (from line {first + 1}):\n{Window(expectedLines)}\n\nours:\n{Window(actualLines)}";
    }

    /// <summary>Indented JSON with numbers by value (graphql-js prints 1.0 as 1), so a failure shows a readable diff.</summary>
    private static string Canonical(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JsonNode? node, int depth)
    {
        var indent = new string(' ', 2 * (depth + 1));
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                builder.Append('{');
                var firstProperty = true;
                foreach (var (key, value) in obj)
                {
                    builder.Append(firstProperty ? "\n" : ",\n").Append(indent).Append(JsonValue.Create(key)!.ToJsonString(Readable)).Append(": ");
                    Write(builder, value, depth + 1);
                    firstProperty = false;
                }

                builder.Append(firstProperty ? "}" : "\n" + new string(' ', 2 * depth) + "}");
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    builder.Append(i == 0 ? "\n" : ",\n").Append(indent);
                    Write(builder, array[i], depth + 1);
                }

                builder.Append(array.Count == 0 ? "]" : "\n" + new string(' ', 2 * depth) + "]");
                break;
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                builder.Append(double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                builder.Append(node.ToJsonString(Readable));
                break;
        }
    }
}
