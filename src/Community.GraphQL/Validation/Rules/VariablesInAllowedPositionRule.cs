using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// Every variable is used only where its type fits: a nullable variable reaches a non-null
/// position only when the variable or the position has a default, and a field of a oneOf input
/// object is filled only by a non-null variable (as graphql-js 17 checks it, so that uses inside
/// fragments are covered too).
/// https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed
/// </summary>
internal sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed";

    public static readonly ValidationRule Rule = new(nameof(VariablesInAllowedPositionRule), SpecifiedBy, c => new VariablesInAllowedPositionRule(c));

    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions)
        {
            definitions[definition.Variable.Name.Value] = definition;
        }

        foreach (var usage in Context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (usage.Type is not { } locationType
                || !definitions.TryGetValue(name, out var definition)
                || TypeFromAst.Resolve(Context.Schema, definition.Type) is not { } variableType)
            {
                continue;
            }

            if (!IsAllowed(variableType, definition.DefaultValue, locationType, usage.DefaultValue))
            {
                Report(ValidationErrors.BadVariablePosition(name, variableType, locationType), definition, usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                Report(ValidationErrors.OneOfNullableVariable(name, variableType.ToString()!, oneOf.Name), definition, usage.Node);
            }
        }
    }

    private bool IsAllowed(IGraphQLType variableType, ValueNode? variableDefault, IGraphQLType locationType, ValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && locationDefault is null)
            {
                return false;
            }

            return Context.Schema.IsTypeSubTypeOf(variableType, nonNullLocation.OfType);
        }

        return Context.Schema.IsTypeSubTypeOf(variableType, locationType);
    }
}
