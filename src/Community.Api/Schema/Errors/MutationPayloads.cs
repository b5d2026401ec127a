using Community.Domain.Model;
using Community.GraphQL.Types;

namespace Community.Api.Schema.Errors;

/// <summary>
/// The parts every mutation shares: its payload type, named after it, holding the changed object and
/// the refusals of its error union; its <c>input</c> argument; and its field, which runs one domain
/// call as the signed-in member and shapes the payload.
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

    /// <summary>
    /// Declares the mutation <c>name(input: &lt;Name&gt;Input!): &lt;Name&gt;Payload!</c>, whose resolver runs
    /// <paramref name="action"/> as the signed-in member and puts its result under <paramref name="field"/>,
    /// or the domain's refusal (one of <paramref name="codes"/>) in <c>errors</c>.
    /// </summary>
    public static ObjectTypeDescriptor Mutation<T>(this ObjectTypeDescriptor mutations, string name, string description, string inputDescription,
        string field, IReadOnlyCollection<string> codes, Func<IResolverContext, Member, IReadOnlyDictionary<string, object?>, Task<T>> action)
    {
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        return mutations.Field(name, typeName + "Payload!", f => f
            .Description(description)
            .Argument("input", typeName + "Input!", a => a.Description(inputDescription))
            .ResolveAsync(async ctx =>
            {
                var viewer = await ctx.ViewerAsync();
                var input = ctx.Input();
                return await MutationResult.RunAsync(field, codes, () => action(ctx, viewer, input));
            }));
    }

    /// <summary>The key of the global id an input field holds, for an id of <paramref name="typeName"/>.</summary>
    public static long Id(this IReadOnlyDictionary<string, object?> input, string name, string typeName) =>
        GlobalId.Decode((string)input[name]!, typeName);

    /// <summary>The mutation's <c>input</c> argument.</summary>
    public static IReadOnlyDictionary<string, object?> Input(this IResolverContext context) =>
        (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!;
}
