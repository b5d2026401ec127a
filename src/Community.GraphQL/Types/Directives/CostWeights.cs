using System.Globalization;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// The weights of the cost specification: a <c>@cost(weight:)</c> when the element has one,
/// otherwise its default. Composite types and fields that return them or a list weigh 1; scalars,
/// enums and the fields and arguments of those types weigh 0; input-object arguments and input
/// fields weigh 1.
/// </summary>
/// <seealso href="https://ibm.github.io/graphql-specs/cost-spec.html#sec-weight"/>
internal static class CostWeights
{
    /// <summary>What selecting the field adds to the field cost, before its arguments and selection.</summary>
    public static double OfField(FieldDefinition field)
        => Read(field.Directives) ?? (field.Type.NamedType().IsCompositeType() || field.Type.IsList() ? 1 : 0);

    /// <summary>What each value of the type adds to the type cost.</summary>
    public static double OfType(NamedType type)
        => Read(type.Directives) ?? (type.IsCompositeType() ? 1 : 0);

    /// <summary>What giving the argument or input field adds to the field cost.</summary>
    public static double OfInputValue(InputValueDefinition value)
        => Read(value.Directives) ?? (value.Type.NamedType() is InputObjectType ? 1 : 0);

    /// <summary>The weight of a <c>@cost</c> among <paramref name="directives"/>, or null when there is none.</summary>
    public static double? Read(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == CostDirectives.CostName)
            {
                foreach (var argument in directive.Arguments)
                {
                    if (argument.Name.Value == "weight" && TryParse(argument.Value, out var weight))
                    {
                        return weight;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Reads a weight written as a string (<c>"2.5"</c>, as the specification has it) or, for schemas that declare it so, as a number.</summary>
    public static bool TryParse(ValueNode value, out double weight)
    {
        var text = value switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => null,
        };
        weight = 0;
        return text is not null
            && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out weight)
            && double.IsFinite(weight);
    }
}
