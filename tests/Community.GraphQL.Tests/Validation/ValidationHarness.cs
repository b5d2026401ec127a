using Community.GraphQL.Language;
using Community.GraphQL.Types;
using Community.GraphQL.Validation;

namespace Community.GraphQL.Tests.Validation;

/// <summary>Runs one rule (or all) over a document and asserts the exact errors, as graphql-js's validation harness does.</summary>
internal static class ValidationHarness
{
    /// <summary>Parser limits high enough for the large documents of performance tests.</summary>
    public static readonly ParserOptions LargeDocuments = new() { MaxLength = 10_000_000, MaxTokens = 1_000_000 };

    public static IReadOnlyList<GraphQLError> Validate(ValidationRule rule, string query, Schema? schema = null)
        => DocumentValidator.Validate(schema ?? TestSchema.Instance, Parser.Parse(query, LargeDocuments), new ValidationOptions { Rules = [rule] });

    public static void ExpectValid(ValidationRule rule, string query, Schema? schema = null)
    {
        var errors = Validate(rule, query, schema);
        Assert.True(errors.Count == 0, "Expected no errors, got:\n" + string.Join("\n", errors));
    }

    public static void ExpectErrors(ValidationRule rule, string query, params (string Message, int Line, int Column)[] expected)
        => ExpectErrors(rule, query, expected.Select(e => (e.Message, new[] { (e.Line, e.Column) })).ToArray());

    public static void ExpectErrors(ValidationRule rule, string query, params (string Message, (int Line, int Column)[] Locations)[] expected)
        => ExpectErrorsWithSchema(TestSchema.Instance, rule, query, expected);

    public static void ExpectErrorsWithSchema(Schema schema, ValidationRule rule, string query, params (string Message, (int Line, int Column)[] Locations)[] expected)
    {
        var errors = Validate(rule, query, schema);
        var actual = errors.Select(Describe).ToList();
        var wanted = expected.Select(e => Describe(e.Message, e.Locations)).ToList();
        Assert.Equal(string.Join("\n", wanted), string.Join("\n", actual));
        foreach (var error in errors)
        {
            Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
            Assert.Equal(rule.SpecifiedBy.Split('#')[0], ((string)error.Extensions!["specifiedBy"]!).Split('#')[0]);
        }
    }

    private static string Describe(GraphQLError error)
        => Describe(error.Message, (error.Locations ?? []).Select(l => (l.Line, l.Column)).ToArray());

    private static string Describe(string message, (int Line, int Column)[] locations)
        => message + " @ " + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"));
}
