using System.Text.RegularExpressions;

namespace Community.GraphQL.Types;

/// <summary>
/// The type-system rules of the specification (graphql-js <c>type/validate.ts</c>) over a built
/// model: root types, names, fields and arguments, interface implementations, unions, enums,
/// input objects (with non-null cycles and <c>@oneOf</c>), and directive definitions. It reports
/// every broken rule, in graphql-js wording, instead of stopping at the first.
/// </summary>
internal sealed partial class TypeSystemValidator
{
    private readonly List<string> _errors;
    private readonly IReadOnlySet<NamedType> _incompleteTypes;

    private readonly InputObjectCycleFinder _cycles;

    private readonly DefaultValueCycleFinder _defaultCycles;

    private TypeSystemValidator(IReadOnlySet<NamedType> incompleteTypes, List<string> errors)
    {
        _incompleteTypes = incompleteTypes;
        _errors = errors;
        _cycles = new InputObjectCycleFinder(Report);
        _defaultCycles = new DefaultValueCycleFinder(Report);
    }

    /// <summary>
    /// Adds to <paramref name="errors"/> one message per broken rule. Types in
    /// <paramref name="incompleteTypes"/> lost members to errors already reported, so they are
    /// not reported again as empty. Returns false when input field defaults reference themselves,
    /// so that they cannot be coerced at all.
    /// </summary>
    public static bool Validate(
        NamedType? queryType,
        NamedType? mutationType,
        NamedType? subscriptionType,
        IReadOnlyList<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives,
        IReadOnlySet<NamedType> incompleteTypes,
        List<string> errors)
    {
        var validator = new TypeSystemValidator(incompleteTypes, errors);
        validator.ValidateRootTypes(queryType, mutationType, subscriptionType);
        validator.ValidateDirectives(directives);
        foreach (var type in types)
        {
            validator.ValidateType(type);
        }

        validator._cycles.ReportCycles();
        return !validator._defaultCycles.FoundCycle;
    }

    private void Report(string message) => _errors.Add(message);

    private void ValidateRootTypes(NamedType? query, NamedType? mutation, NamedType? subscription)
    {
        if (query is null)
        {
            Report("Query root type must be provided.");
        }
        else if (query is not ObjectType)
        {
            Report($"Query root type must be Object type, it cannot be {query.Name}.");
        }

        if (mutation is not null and not ObjectType)
        {
            Report($"Mutation root type must be Object type if provided, it cannot be {mutation.Name}.");
        }

        if (subscription is not null and not ObjectType)
        {
            Report($"Subscription root type must be Object type if provided, it cannot be {subscription.Name}.");
        }

        var roots = new (string Operation, NamedType? Type)[] { ("query", query), ("mutation", mutation), ("subscription", subscription) };
        foreach (var group in roots.Where(r => r.Type is not null).GroupBy(r => r.Type!))
        {
            var operations = group.Select(r => r.Operation).ToList();
            if (operations.Count > 1)
            {
                var list = string.Join(" and ", operations);
                Report($"All root types must be different, \"{group.Key.Name}\" type is used as {list} root types.");
            }
        }
    }

    private void ValidateDirectives(IReadOnlyList<DirectiveDefinition> directives)
    {
        foreach (var group in directives.GroupBy(d => d.Name).Where(g => g.Count() > 1))
        {
            Report($"There can be only one directive named \"@{group.Key}\".");
        }

        foreach (var directive in directives)
        {
            ValidateName(directive.Name);
            if (directive.Locations.Count == 0)
            {
                Report($"Directive @{directive.Name} must include 1 or more locations.");
            }

            ValidateArguments($"@{directive.Name}", directive.Arguments);
        }
    }

    private void ValidateArguments(string owner, IReadOnlyList<ArgumentDefinition> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name).Where(g => g.Count() > 1))
        {
            Report($"Argument \"{owner}({group.Key}:)\" can only be defined once.");
        }

        foreach (var argument in arguments)
        {
            ValidateName(argument.Name);
            if (!IsInputType(argument.Type))
            {
                Report($"The type of {owner}({argument.Name}:) must be Input Type but got: {argument.Type}.");
            }

            if (argument.Type is NonNullType && argument.DefaultValue is null && argument.IsDeprecated)
            {
                Report($"Required argument {owner}({argument.Name}:) cannot be deprecated.");
            }
        }
    }

    private void ValidateType(NamedType type)
    {
        if (!type.Name.StartsWith("__", StringComparison.Ordinal) || !IsIntrospectionType(type))
        {
            ValidateName(type.Name);
        }

        switch (type)
        {
            case ObjectType or InterfaceType:
                var complex = (ComplexType)type;
                ValidateFields(complex);
                ValidateInterfaces(complex);
                break;
            case UnionType union:
                ValidateUnionMembers(union);
                break;
            case EnumType enumType:
                ValidateEnumValues(enumType);
                break;
            case InputObjectType inputType:
                ValidateInputFields(inputType);
                _cycles.Add(inputType);
                _defaultCycles.Check(inputType);
                break;
        }
    }

    private static bool IsIntrospectionType(NamedType type) => Introspection.Types.Contains(type);

    private void ValidateFields(ComplexType type)
    {
        if (type.Fields.Count == 0 && !_incompleteTypes.Contains(type))
        {
            Report($"Type {type.Name} must define one or more fields.");
        }

        foreach (var group in type.Fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
        {
            Report($"Field \"{type.Name}.{group.Key}\" can only be defined once.");
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name);
            if (!IsOutputType(field.Type))
            {
                Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }

            ValidateArguments($"{type.Name}.{field.Name}", field.Arguments);
        }
    }

    private void ValidateInterfaces(ComplexType type)
    {
        var seen = new HashSet<InterfaceType>();
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                Report($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (!seen.Add(iface))
            {
                Report($"Type {type.Name} can only implement {iface.Name} once.");
                continue;
            }

            ValidateTypeImplementsAncestors(type, iface);
            ValidateTypeImplementsInterface(type, iface);
        }
    }

    private void ValidateTypeImplementsAncestors(ComplexType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                Report(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
            }
        }
    }

    private void ValidateTypeImplementsInterface(ComplexType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var fieldName = ifaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                Report($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.");
                continue;
            }

            if (!IsTypeSubTypeOf(typeField.Type, ifaceField.Type))
            {
                Report($"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.");
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var typeArg = typeField.GetArgument(ifaceArg.Name);
                if (typeArg is null)
                {
                    Report($"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expected but {type.Name}.{fieldName} does not provide it.");
                    continue;
                }

                if (!typeArg.Type.IsEqualType(ifaceArg.Type))
                {
                    Report($"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{fieldName}({ifaceArg.Name}:) is type {typeArg.Type}.");
                }
            }

            foreach (var typeArg in typeField.Arguments)
            {
                if (typeArg.Type is NonNullType && typeArg.DefaultValue is null && ifaceField.GetArgument(typeArg.Name) is null)
                {
                    Report($"Argument \"{type.Name}.{fieldName}({typeArg.Name}:)\" must not be required type \"{typeArg.Type}\" if not provided by the Interface field \"{iface.Name}.{fieldName}\".");
                }
            }

            // September 2025 edition, 3.6 (IsValidImplementation): only what the interface deprecates may be deprecated.
            if (typeField.IsDeprecated && !ifaceField.IsDeprecated)
            {
                Report($"Interface field {iface.Name}.{fieldName} is not deprecated, so implementation field {type.Name}.{fieldName} must not be deprecated.");
            }
        }
    }

    private void ValidateUnionMembers(UnionType union)
    {
        if (union.Types.Count == 0 && !_incompleteTypes.Contains(union))
        {
            Report($"Union type {union.Name} must define one or more member types.");
        }

        var seen = new HashSet<ObjectType>();
        foreach (var member in union.Types)
        {
            if (!seen.Add(member))
            {
                Report($"Union type {union.Name} can only include type {member.Name} once.");
            }
        }
    }

    private void ValidateEnumValues(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            Report($"Enum type {enumType.Name} must define one or more values.");
        }

        foreach (var group in enumType.Values.GroupBy(v => v.Name).Where(g => g.Count() > 1))
        {
            Report($"Enum value \"{enumType.Name}.{group.Key}\" can only be defined once.");
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name);
            if (value.Name is "true" or "false" or "null")
            {
                Report($"Enum type {enumType.Name} cannot include value: {value.Name}.");
            }
        }
    }

    private void ValidateInputFields(InputObjectType type)
    {
        if (type.Fields.Count == 0 && !_incompleteTypes.Contains(type))
        {
            Report($"Input Object type {type.Name} must define one or more fields.");
        }

        foreach (var group in type.Fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
        {
            Report($"Field \"{type.Name}.{group.Key}\" can only be defined once.");
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name);
            if (!IsInputType(field.Type))
            {
                Report($"The type of {type.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            }

            if (field.Type is NonNullType && field.DefaultValue is null && field.IsDeprecated)
            {
                Report($"Required input field {type.Name}.{field.Name} cannot be deprecated.");
            }

            if (type.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    Report($"OneOf input field {type.Name}.{field.Name} must be nullable.");
                }

                if (field.DefaultValue is not null)
                {
                    Report($"OneOf input field {type.Name}.{field.Name} cannot have a default value.");
                }
            }
        }
    }

    private void ValidateName(string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
        else if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            Report($"Names must start with [_a-zA-Z] but \"{name}\" does not.");
        }
        else if (!NamePattern().IsMatch(name))
        {
            Report($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.");
        }
    }

    private static bool IsInputType(IGraphQLType type) => type.NamedType() is ScalarType or EnumType or InputObjectType;

    private static bool IsOutputType(IGraphQLType type) => type.NamedType() is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    /// <summary>The specification's IsSubType for field types, read from the types themselves (no schema index yet).</summary>
    private static bool IsTypeSubTypeOf(IGraphQLType maybeSubType, IGraphQLType superType)
    {
        while (true)
        {
            if (maybeSubType.IsEqualType(superType))
            {
                return true;
            }

            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is not NonNullType subNonNull)
                {
                    return false;
                }

                (maybeSubType, superType) = (subNonNull.OfType, superNonNull.OfType);
                continue;
            }

            if (maybeSubType is NonNullType nonNull)
            {
                maybeSubType = nonNull.OfType;
                continue;
            }

            if (superType is ListType superList)
            {
                if (maybeSubType is not ListType subList)
                {
                    return false;
                }

                (maybeSubType, superType) = (subList.OfType, superList.OfType);
                continue;
            }

            return superType switch
            {
                UnionType union => maybeSubType is ObjectType member && union.Types.Contains(member),
                InterfaceType iface => maybeSubType is ComplexType implementation && implementation.Interfaces.Contains(iface),
                _ => false,
            };
        }
    }

    [GeneratedRegex("^[_a-zA-Z][_a-zA-Z0-9]*$")]
    private static partial Regex NamePattern();
}
