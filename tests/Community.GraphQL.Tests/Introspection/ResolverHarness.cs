using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.IntrospectionTests;

/// <summary>Calls an introspection field's resolver the way the executor would, and checks it completed synchronously.</summary>
internal static class ResolverHarness
{
    public static object? Resolve(Schema schema, ObjectType owner, string fieldName, object? parent, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var field = owner.GetField(fieldName) ?? throw new ArgumentException($"{owner.Name} has no field {fieldName}.");
        return Resolve(schema, owner, field, parent, arguments);
    }

    public static object? Resolve(Schema schema, ObjectType owner, FieldDefinition field, object? parent, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        Assert.NotNull(field.Resolver);
        var pending = field.Resolver(new FakeResolverContext(schema, owner, field, parent, arguments));
        Assert.True(pending.IsCompletedSuccessfully, $"{owner.Name}.{field.Name} should complete synchronously.");
        return pending.Result;
    }

    public static IReadOnlyDictionary<string, object?> IncludeDeprecated(bool include = true)
        => new Dictionary<string, object?> { ["includeDeprecated"] = include };

    public static IEnumerable<string> Names(object? list) => Assert.IsAssignableFrom<System.Collections.IEnumerable>(list).Cast<object>().Select(NameOf);

    private static string NameOf(object item) => item switch
    {
        NamedType type => type.Name,
        FieldDefinition field => field.Name,
        InputValueDefinition value => value.Name,
        EnumValueDefinition value => value.Name,
        DirectiveDefinition directive => directive.Name,
        _ => item.ToString()!,
    };
}
