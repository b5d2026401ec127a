namespace Community.GraphQL.Types;

/// <summary><c>__DirectiveLocation</c>, whose internal values are the members of <see cref="DirectiveLocation"/>.</summary>
public static partial class Introspection
{
    private static EnumType CreateDirectiveLocationType() => new(
        "__DirectiveLocation",
        [
            new("QUERY", DirectiveLocation.Query, "On a query operation."),
            new("MUTATION", DirectiveLocation.Mutation, "On a mutation operation."),
            new("SUBSCRIPTION", DirectiveLocation.Subscription, "On a subscription operation."),
            new("FIELD", DirectiveLocation.Field, "On a field of a selection set."),
            new("FRAGMENT_DEFINITION", DirectiveLocation.FragmentDefinition, "On a fragment definition."),
            new("FRAGMENT_SPREAD", DirectiveLocation.FragmentSpread, "On a fragment spread."),
            new("INLINE_FRAGMENT", DirectiveLocation.InlineFragment, "On an inline fragment."),
            new("VARIABLE_DEFINITION", DirectiveLocation.VariableDefinition, "On a variable definition of an operation."),
            new("SCHEMA", DirectiveLocation.Schema, "On the schema definition."),
            new("SCALAR", DirectiveLocation.Scalar, "On a scalar type definition."),
            new("OBJECT", DirectiveLocation.Object, "On an object type definition."),
            new("FIELD_DEFINITION", DirectiveLocation.FieldDefinition, "On a field definition of an object or interface type."),
            new("ARGUMENT_DEFINITION", DirectiveLocation.ArgumentDefinition, "On an argument definition of a field or directive."),
            new("INTERFACE", DirectiveLocation.Interface, "On an interface type definition."),
            new("UNION", DirectiveLocation.Union, "On a union type definition."),
            new("ENUM", DirectiveLocation.Enum, "On an enum type definition."),
            new("ENUM_VALUE", DirectiveLocation.EnumValue, "On a value of an enum definition."),
            new("INPUT_OBJECT", DirectiveLocation.InputObject, "On an input object type definition."),
            new("INPUT_FIELD_DEFINITION", DirectiveLocation.InputFieldDefinition, "On a field definition of an input object type."),
        ],
        "The places in an executable document or a type system definition where a directive may be applied.");

    /// <summary>The name of a directive location as GraphQL writes it (<c>FIELD_DEFINITION</c>).</summary>
    public static string GetLocationName(DirectiveLocation location)
        => DirectiveLocationType.GetValueByInternal(location)?.Name
            ?? throw new ArgumentOutOfRangeException(nameof(location), location, "Unknown directive location.");
}
