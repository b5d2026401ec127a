using Community.GraphQL.Types;

namespace Community.Api.Schema.Errors;

/// <summary>
/// The parts every mutation shares: its payload type, named after it, holding the changed object and
/// the refusals of its error union; and its <c>input</c> argument as a dictionary.
/// </summary>
internal static class MutationPayloads
{
    /// <summary>
    /// Declares <c>&lt;Mutation&gt;Payload { &lt;field&gt;: &lt;type&gt; errors: [&lt;Mutation&gt;Error!] }</c>
    /// and the union <c>&lt;Mutation&gt;Error</c> of the error types of <paramref name="codes"/>.
    /// </summary>
    public static SchemaBuilder AddPayload(this SchemaBuilder builder, string mutation, string field, string type, string fieldDescription,
        IReadOnlyCollection<string> codes)
    {
        var name = char.ToUpperInvariant(mutation[0]) + mutation[1..];
        return builder
            .ObjectType(name + "Payload", t => t
                .Description($"The result of {mutation}.")
                .Field(field, type, f => f.Description(fieldDescription))
                .Field("errors", $"[{name}Error!]", f => f.Description("Why it was refused (nothing was changed); null when it was done.")))
            .AddErrorUnion(name + "Error", mutation, codes);
    }

    /// <summary>The mutation's <c>input</c> argument.</summary>
    public static IReadOnlyDictionary<string, object?> Input(this IResolverContext context) =>
        (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!;
}
