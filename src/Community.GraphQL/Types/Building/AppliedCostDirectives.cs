using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// Finds which of <c>@cost</c> and <c>@listSize</c> a schema's definitions apply, so that the
/// schema declares those (and only those) without the SDL having to, as HotChocolate leaves
/// unused type-system directives out of its schema.
/// </summary>
internal static class AppliedCostDirectives
{
    /// <summary>The cost directives applied anywhere in <paramref name="definitions"/>, in <see cref="CostDirectives.All"/> order.</summary>
    public static IReadOnlyList<DirectiveDefinition> Find(IReadOnlyList<DefinitionNode> definitions)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (definition is not TypeSystemDefinitionNode typeSystem || definition is DirectiveDefinitionNode)
            {
                continue;
            }

            Collect(typeSystem.Directives, names);
            switch (definition)
            {
                case ObjectTypeDefinitionNode type:
                    CollectFields(type.Fields, names);
                    break;
                case ObjectTypeExtensionNode type:
                    CollectFields(type.Fields, names);
                    break;
                case InterfaceTypeDefinitionNode type:
                    CollectFields(type.Fields, names);
                    break;
                case InterfaceTypeExtensionNode type:
                    CollectFields(type.Fields, names);
                    break;
                case InputObjectTypeDefinitionNode type:
                    CollectInputValues(type.Fields, names);
                    break;
                case InputObjectTypeExtensionNode type:
                    CollectInputValues(type.Fields, names);
                    break;
                case EnumTypeDefinitionNode type:
                    CollectEnumValues(type.Values, names);
                    break;
                case EnumTypeExtensionNode type:
                    CollectEnumValues(type.Values, names);
                    break;
            }
        }

        return CostDirectives.All.Where(d => names.Contains(d.Name)).ToArray();
    }

    private static void CollectFields(IReadOnlyList<FieldDefinitionNode> fields, HashSet<string> names)
    {
        foreach (var field in fields)
        {
            Collect(field.Directives, names);
            CollectInputValues(field.Arguments, names);
        }
    }

    private static void CollectInputValues(IReadOnlyList<InputValueDefinitionNode> values, HashSet<string> names)
    {
        foreach (var value in values)
        {
            Collect(value.Directives, names);
        }
    }

    private static void CollectEnumValues(IReadOnlyList<EnumValueDefinitionNode> values, HashSet<string> names)
    {
        foreach (var value in values)
        {
            Collect(value.Directives, names);
        }
    }

    private static void Collect(IReadOnlyList<DirectiveNode> directives, HashSet<string> names)
    {
        foreach (var directive in directives)
        {
            if (CostDirectives.IsCostDirective(directive.Name.Value))
            {
                names.Add(directive.Name.Value);
            }
        }
    }
}
