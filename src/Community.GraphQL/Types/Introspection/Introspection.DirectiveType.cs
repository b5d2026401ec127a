namespace Community.GraphQL.Types;

/// <summary><c>__Directive</c>: a directive the schema declares, read from its <see cref="DirectiveDefinition"/>.</summary>
public static partial class Introspection
{
    private const string DirectiveTypeDescription =
        "A directive the service accepts: where it may be applied and which arguments it takes. Directives change how "
        + "a document executes, or annotate the type system, in ways field arguments cannot express.";

    private static FieldDefinition[] CreateDirectiveFields() =>
    [
        new(
            "name",
            NonNull(BuiltInScalars.String),
            resolver: ctx => Complete(ctx.ParentAs<DirectiveDefinition>().Name)),
        new(
            "description",
            BuiltInScalars.String,
            resolver: ctx => Complete(ctx.ParentAs<DirectiveDefinition>().Description)),
        new(
            "isRepeatable",
            NonNull(BuiltInScalars.Boolean),
            description: "True when the directive may be applied more than once at the same place.",
            resolver: ctx => Complete(ctx.ParentAs<DirectiveDefinition>().IsRepeatable)),
        new(
            "locations",
            NonNullListOfNonNull(DirectiveLocationType),
            description: "The places where the directive may be applied.",
            resolver: ctx => Complete(ctx.ParentAs<DirectiveDefinition>().Locations)),
        new(
            "args",
            NonNullListOfNonNull(InputValueType),
            [IncludeDeprecatedArgument()],
            "The arguments the directive takes, in definition order.",
            resolver: ctx => Complete(WithoutDeprecated(ctx.ParentAs<DirectiveDefinition>().Arguments, a => a.IsDeprecated, IncludeDeprecated(ctx)))),
    ];
}
