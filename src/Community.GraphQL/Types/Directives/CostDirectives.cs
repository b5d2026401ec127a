using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// The directives of the IBM GraphQL cost specification, as HotChocolate 15 declares them:
/// <c>@cost</c> gives a weight to a type, field or argument, and <c>@listSize</c> tells cost
/// analysis how long a field's list is. A schema declares them only when it applies them, so that
/// an SDL without cost annotations stays free of them; a schema may also declare its own.
/// </summary>
/// <seealso href="https://ibm.github.io/graphql-specs/cost-spec.html"/>
public static class CostDirectives
{
    public const string CostName = "cost";

    public const string ListSizeName = "listSize";

    /// <summary><c>@cost(weight: String!)</c>, its locations in the specification's order.</summary>
    public static DirectiveDefinition Cost { get; } = new(
        CostName,
        [
            DirectiveLocation.ArgumentDefinition,
            DirectiveLocation.Enum,
            DirectiveLocation.FieldDefinition,
            DirectiveLocation.InputFieldDefinition,
            DirectiveLocation.Object,
            DirectiveLocation.Scalar,
        ],
        [
            new ArgumentDefinition(
                "weight",
                new NonNullType(BuiltInScalars.String),
                "How much one appearance of the element adds to an operation's cost, as a decimal number in a string (\"1.5\")."),
        ],
        "Gives a type, field or argument the weight that cost analysis adds for each of its appearances in an operation.");

    /// <summary><c>@listSize</c>, its arguments in the order HotChocolate 15 prints them.</summary>
    public static DirectiveDefinition ListSize { get; } = new(
        ListSizeName,
        [DirectiveLocation.FieldDefinition],
        [
            new ArgumentDefinition(
                "assumedSize",
                BuiltInScalars.Int,
                "The most items the field's list can hold, when no slicing argument says otherwise."),
            new ArgumentDefinition(
                "slicingArguments",
                new ListType(new NonNullType(BuiltInScalars.String)),
                "The field's numeric arguments that give the length of its list (the largest value given counts)."),
            new ArgumentDefinition(
                "slicingArgumentDefaultValue",
                BuiltInScalars.Int,
                "The length assumed when the operation gives none of the slicing arguments."),
            new ArgumentDefinition(
                "sizedFields",
                new ListType(new NonNullType(BuiltInScalars.String)),
                "Fields of the returned type whose lists have the size this directive describes, instead of the field itself (a connection's edges and nodes)."),
            new ArgumentDefinition(
                "requireOneSlicingArgument",
                new NonNullType(BuiltInScalars.Boolean),
                "When true, an operation must give exactly one of the slicing arguments, or it is refused.",
                new BooleanValueNode { Value = true })
            {
                CoercedDefaultValue = true,
            },
        ],
        "Tells cost analysis how many items a list field returns: a fixed assumed size, or the value of one of its arguments.");

    /// <summary>Both, in the order the printer lists them.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Cost, ListSize];

    /// <summary>True when <paramref name="name"/> names <c>@cost</c> or <c>@listSize</c>.</summary>
    public static bool IsCostDirective(string name) => name is CostName or ListSizeName;
}
