namespace Community.GraphQL.Types;

/// <summary><c>__InputValue</c>: an argument or input field, read from its <see cref="InputValueDefinition"/>.</summary>
public static partial class Introspection
{
    private const string InputValueTypeDescription =
        "An argument of a field or directive, or a field of an input object: its name, type and default value.";

    private static FieldDefinition[] CreateInputValueFields() =>
    [
        new(
            "name",
            NonNull(BuiltInScalars.String),
            resolver: ctx => Complete(ctx.ParentAs<InputValueDefinition>().Name)),
        new(
            "description",
            BuiltInScalars.String,
            resolver: ctx => Complete(ctx.ParentAs<InputValueDefinition>().Description)),
        new(
            "type",
            NonNull(TypeType),
            description: "The input type values must have.",
            resolver: ctx => Complete(ctx.ParentAs<InputValueDefinition>().Type)),
        new(
            "defaultValue",
            BuiltInScalars.String,
            description: "The value used when none is given, written as a GraphQL literal; null when there is no default.",
            resolver: ctx => Complete(DefaultValuePrinter.Print(ctx.ParentAs<InputValueDefinition>()))),
        new(
            "isDeprecated",
            NonNull(BuiltInScalars.Boolean),
            description: "True when the value should no longer be given.",
            resolver: ctx => Complete(ctx.ParentAs<InputValueDefinition>().IsDeprecated)),
        new(
            "deprecationReason",
            BuiltInScalars.String,
            description: "Why the value should no longer be given; null when it is not deprecated.",
            resolver: ctx => Complete(ctx.ParentAs<InputValueDefinition>().DeprecationReason)),
    ];

}
