namespace Community.GraphQL.Types;

/// <summary><c>__EnumValue</c>: one value of an enum, read from its <see cref="EnumValueDefinition"/>.</summary>
public static partial class Introspection
{
    private const string EnumValueTypeDescription =
        "One of the values of an enum. Unlike scalars, enum values are written and returned as their bare name.";

    private static FieldDefinition[] CreateEnumValueFields() =>
    [
        new(
            "name",
            NonNull(BuiltInScalars.String),
            resolver: ctx => Complete(ctx.ParentAs<EnumValueDefinition>().Name)),
        new(
            "description",
            BuiltInScalars.String,
            resolver: ctx => Complete(ctx.ParentAs<EnumValueDefinition>().Description)),
        new(
            "isDeprecated",
            NonNull(BuiltInScalars.Boolean),
            description: "True when the value should no longer be used.",
            resolver: ctx => Complete(ctx.ParentAs<EnumValueDefinition>().IsDeprecated)),
        new(
            "deprecationReason",
            BuiltInScalars.String,
            description: "Why the value should no longer be used; null when it is not deprecated.",
            resolver: ctx => Complete(ctx.ParentAs<EnumValueDefinition>().DeprecationReason)),
    ];
}
