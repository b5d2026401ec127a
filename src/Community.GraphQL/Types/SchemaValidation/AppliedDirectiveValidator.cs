using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// Checks the directives applied in type-system definitions, as graphql-js's SDL validation
/// does: the directive is known and allowed at its location, a non-repeatable directive is
/// used once per location (a type and its extensions count as one location), arguments are
/// known, required ones given, and values fit their types.
/// </summary>
internal sealed class AppliedDirectiveValidator
{
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly List<string> _errors;

    private AppliedDirectiveValidator(IReadOnlyList<DirectiveDefinition> directives, List<string> errors)
    {
        _directives = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            _directives.TryAdd(directive.Name, directive);
        }

        _errors = errors;
    }

    public static void Validate(IReadOnlyList<DefinitionNode> definitions, IReadOnlyList<DirectiveDefinition> directives, List<string> errors)
    {
        var validator = new AppliedDirectiveValidator(directives, errors);
        var typeLevel = new Dictionary<string, List<DirectiveNode>>(StringComparer.Ordinal);
        var schemaLevel = new List<DirectiveNode>();
        foreach (var definition in definitions)
        {
            validator.ValidateDefinition(definition, typeLevel, schemaLevel);
        }

        validator.ReportRepeated(schemaLevel);
        foreach (var applied in typeLevel.Values)
        {
            validator.ReportRepeated(applied);
        }
    }

    private void ValidateDefinition(DefinitionNode definition, Dictionary<string, List<DirectiveNode>> typeLevel, List<DirectiveNode> schemaLevel)
    {
        switch (definition)
        {
            case SchemaDefinitionNode schema:
                Check(schema.Directives, DirectiveLocation.Schema, reportRepeated: false);
                schemaLevel.AddRange(schema.Directives);
                break;
            case SchemaExtensionNode schema:
                Check(schema.Directives, DirectiveLocation.Schema, reportRepeated: false);
                schemaLevel.AddRange(schema.Directives);
                break;
            case DirectiveDefinitionNode directive:
                CheckInputValues(directive.Arguments, DirectiveLocation.ArgumentDefinition);
                break;
            case TypeSystemDefinitionNode type:
                var name = type switch
                {
                    TypeDefinitionNode d => d.Name.Value,
                    TypeExtensionNode e => e.Name.Value,
                    _ => string.Empty,
                };
                Check(type.Directives, TypeLocation(type), reportRepeated: false);
                if (!typeLevel.TryGetValue(name, out var list))
                {
                    list = [];
                    typeLevel[name] = list;
                }

                list.AddRange(type.Directives);
                CheckMembers(type);
                break;
        }
    }

    private void CheckMembers(TypeSystemDefinitionNode type)
    {
        var (fields, values, inputFields) = type switch
        {
            ObjectTypeDefinitionNode o => (o.Fields, null, null),
            ObjectTypeExtensionNode o => (o.Fields, null, null),
            InterfaceTypeDefinitionNode i => (i.Fields, null, null),
            InterfaceTypeExtensionNode i => (i.Fields, null, null),
            EnumTypeDefinitionNode e => (null, e.Values, null),
            EnumTypeExtensionNode e => (null, e.Values, null),
            InputObjectTypeDefinitionNode i => (null, null, i.Fields),
            InputObjectTypeExtensionNode i => (null, null, i.Fields),
            _ => ((IReadOnlyList<FieldDefinitionNode>?)null, (IReadOnlyList<EnumValueDefinitionNode>?)null, (IReadOnlyList<InputValueDefinitionNode>?)null),
        };

        foreach (var field in fields ?? [])
        {
            Check(field.Directives, DirectiveLocation.FieldDefinition);
            CheckInputValues(field.Arguments, DirectiveLocation.ArgumentDefinition);
        }

        foreach (var value in values ?? [])
        {
            Check(value.Directives, DirectiveLocation.EnumValue);
        }

        CheckInputValues(inputFields ?? [], DirectiveLocation.InputFieldDefinition);
    }

    private void CheckInputValues(IReadOnlyList<InputValueDefinitionNode> values, DirectiveLocation location)
    {
        foreach (var value in values)
        {
            Check(value.Directives, location);
        }
    }

    private static DirectiveLocation TypeLocation(TypeSystemDefinitionNode type) => type switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
        _ => DirectiveLocation.InputObject,
    };

    private void Check(IReadOnlyList<DirectiveNode> applied, DirectiveLocation location, bool reportRepeated = true)
    {
        foreach (var node in applied)
        {
            var name = node.Name.Value;
            if (!_directives.TryGetValue(name, out var directive))
            {
                _errors.Add($"Unknown directive \"@{name}\".");
                continue;
            }

            if (!directive.Locations.Contains(location))
            {
                _errors.Add($"Directive \"@{name}\" may not be used on {NameConventions.ToEnumValueName(location.ToString())}.");
            }

            CheckArguments(node, directive);
        }

        if (reportRepeated)
        {
            ReportRepeated(applied);
        }
    }

    private void CheckArguments(DirectiveNode node, DirectiveDefinition directive)
    {
        foreach (var argument in node.Arguments)
        {
            var definition = directive.GetArgument(argument.Name.Value);
            if (definition is null)
            {
                _errors.Add($"Unknown argument \"{argument.Name.Value}\" on directive \"@{directive.Name}\".");
                continue;
            }

            try
            {
                ConstValueCoercer.Coerce(argument.Value, definition.Type);
            }
            catch (ValueCoercionException e)
            {
                _errors.Add($"Argument \"@{directive.Name}({definition.Name}:)\" has invalid value: {e.Message}");
            }
        }

        foreach (var definition in directive.Arguments)
        {
            if (definition.Type is NonNullType && definition.DefaultValue is null && !node.Arguments.Any(a => a.Name.Value == definition.Name))
            {
                _errors.Add($"Argument \"@{directive.Name}({definition.Name}:)\" of type \"{definition.Type}\" is required, but it was not provided.");
            }
        }
    }

    private void ReportRepeated(IReadOnlyList<DirectiveNode> applied)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in applied)
        {
            if (_directives.TryGetValue(node.Name.Value, out var directive) && !directive.IsRepeatable && !seen.Add(node.Name.Value))
            {
                _errors.Add($"The directive \"@{node.Name.Value}\" can only be used once at this location.");
            }
        }
    }
}
