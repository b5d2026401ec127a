using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// Turns type-system definitions and extensions (from SDL and from the code-first API) and the
/// bound behaviour into a <see cref="Schema"/>: creates every named type, merges extensions,
/// resolves type references, picks the root types, checks applied directives and the
/// type-system rules, and coerces default values. Every error is collected; when there is any,
/// one <see cref="SchemaValidationException"/> lists them all.
/// </summary>
internal sealed class SchemaAssembler
{
    private static readonly (OperationType Operation, string Name)[] DefaultRootNames =
        [(OperationType.Query, "Query"), (OperationType.Mutation, "Mutation"), (OperationType.Subscription, "Subscription")];

    private readonly IReadOnlyList<DefinitionNode> _definitions;
    private readonly SchemaBindings _bindings;
    private readonly List<string> _errors;
    private readonly string? _descriptionOverride;

    private readonly Dictionary<string, TypeDefinitionNode> _typeDefinitions = new(StringComparer.Ordinal);
    private readonly List<TypeDefinitionNode> _typeDefinitionOrder = [];
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinitionNode> _directiveDefinitions = new(StringComparer.Ordinal);
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private SchemaDefinitionNode? _schemaDefinition;

    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _typeOrder = [];
    private readonly List<DirectiveDefinition> _directives = [];
    private readonly HashSet<string> _definedFields = new(StringComparer.Ordinal);
    private readonly HashSet<NamedType> _incompleteTypes = [];

    public SchemaAssembler(IReadOnlyList<DefinitionNode> definitions, SchemaBindings bindings, List<string> errors, string? description = null)
    {
        _definitions = definitions;
        _bindings = bindings;
        _errors = errors;
        _descriptionOverride = description;
    }

    public Schema Assemble()
    {
        Collect();
        CreateNamedTypes();
        CreateDirectives();
        DefineMembers();
        var (query, mutation, subscription) = FindRootTypes();
        AddImplicitTypes();
        ReportUnusedBindings();
        AppliedDirectiveValidator.Validate(_definitions, _directives, _errors);
        if (TypeSystemValidator.Validate(query, mutation, subscription, _typeOrder, _directives, _incompleteTypes, _errors))
        {
            // Defaults that reference themselves have no value to coerce to.
            CoerceDefaultValues();
        }

        CostDirectiveValidator.Validate(_typeOrder, _errors);
        if (_errors.Count > 0)
        {
            throw new SchemaValidationException(_errors.ToArray());
        }

        var schemaDirectives = (_schemaDefinition?.Directives ?? []).Concat(_schemaExtensions.SelectMany(e => e.Directives));
        return new Schema(
            (ObjectType)query!,
            mutation as ObjectType,
            subscription as ObjectType,
            _typeOrder,
            _directives,
            _descriptionOverride ?? _schemaDefinition?.Description?.Value)
        {
            AppliedDirectives = SdlDirectives.Custom(schemaDirectives),
        };
    }

    private void Report(string message) => _errors.Add(message);

    private void Collect()
    {
        foreach (var definition in _definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    if (_schemaDefinition is not null)
                    {
                        Report("Must provide only one schema definition.");
                    }
                    else
                    {
                        _schemaDefinition = schema;
                    }

                    break;
                case SchemaExtensionNode extension:
                    _schemaExtensions.Add(extension);
                    break;
                case TypeDefinitionNode type:
                    if (_typeDefinitions.TryAdd(type.Name.Value, type))
                    {
                        _typeDefinitionOrder.Add(type);
                    }
                    else
                    {
                        Report($"There can be only one type named \"{type.Name.Value}\".");
                    }

                    break;
                case TypeExtensionNode extension:
                    if (!_extensions.TryGetValue(extension.Name.Value, out var list))
                    {
                        list = [];
                        _extensions[extension.Name.Value] = list;
                    }

                    list.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    if (!_directiveDefinitions.TryAdd(directive.Name.Value, directive))
                    {
                        Report($"There can be only one directive named \"@{directive.Name.Value}\".");
                    }

                    break;
                default:
                    Report("A schema document may only contain type-system definitions and extensions, not operations or fragments.");
                    break;
            }
        }
    }

    private void CreateNamedTypes()
    {
        foreach (var definition in _typeDefinitionOrder)
        {
            if (BuiltInScalars.IsBuiltIn(definition.Name.Value) && definition is not ScalarTypeDefinitionNode)
            {
                Report($"Type \"{definition.Name.Value}\" is a built-in scalar and cannot be defined as another kind of type.");
                AddType(BuiltInScalars.Find(definition.Name.Value)!);
                continue;
            }

            AddType(CreateType(definition, MatchingExtensions(definition)));
        }

        foreach (var (name, extensions) in _extensions)
        {
            if (_typeDefinitions.ContainsKey(name))
            {
                continue;
            }

            var knownScalar = FindKnownScalar(name);
            if (knownScalar is not null && extensions.All(e => e is ScalarTypeExtensionNode))
            {
                AddType(knownScalar);
                continue;
            }

            Report($"Cannot extend type \"{name}\" because it is not defined.");
        }
    }

    private List<TypeExtensionNode> MatchingExtensions(TypeDefinitionNode definition)
    {
        var matching = new List<TypeExtensionNode>();
        foreach (var extension in _extensions.GetValueOrDefault(definition.Name.Value) ?? [])
        {
            if (ExtensionKindMatches(definition, extension))
            {
                matching.Add(extension);
            }
            else
            {
                Report($"Cannot extend non-{ExtensionKindName(extension)} type \"{definition.Name.Value}\".");
            }
        }

        return matching;
    }

    private static bool ExtensionKindMatches(TypeDefinitionNode definition, TypeExtensionNode extension) => (definition, extension) switch
    {
        (ScalarTypeDefinitionNode, ScalarTypeExtensionNode) => true,
        (ObjectTypeDefinitionNode, ObjectTypeExtensionNode) => true,
        (InterfaceTypeDefinitionNode, InterfaceTypeExtensionNode) => true,
        (UnionTypeDefinitionNode, UnionTypeExtensionNode) => true,
        (EnumTypeDefinitionNode, EnumTypeExtensionNode) => true,
        (InputObjectTypeDefinitionNode, InputObjectTypeExtensionNode) => true,
        _ => false,
    };

    private static string ExtensionKindName(TypeExtensionNode extension) => extension switch
    {
        ScalarTypeExtensionNode => "scalar",
        ObjectTypeExtensionNode => "object",
        InterfaceTypeExtensionNode => "interface",
        UnionTypeExtensionNode => "union",
        EnumTypeExtensionNode => "enum",
        _ => "input object",
    };

    private ScalarType? FindKnownScalar(string name)
        => _bindings.Scalars.GetValueOrDefault(name) ?? BuiltInScalars.Find(name) ?? ExtendedScalars.Find(name);

    private void AddType(NamedType type)
    {
        if (_types.TryAdd(type.Name, type))
        {
            _typeOrder.Add(type);
        }
    }

    private NamedType CreateType(TypeDefinitionNode definition, List<TypeExtensionNode> extensions)
    {
        var name = definition.Name.Value;
        var description = definition.Description?.Value;
        var directives = definition.Directives.Concat(extensions.SelectMany(e => e.Directives)).ToList();
        var custom = SdlDirectives.Custom(directives);
        IReadOnlyList<SyntaxNode> syntax = new SyntaxNode[] { definition }.Concat(extensions).Where(n => !n.Location.IsNone).ToArray();
        var runtimeType = _bindings.RuntimeTypes.GetValueOrDefault(name);

        switch (definition)
        {
            case ScalarTypeDefinitionNode:
                return FindKnownScalar(name)
                    ?? new PassThroughScalarType(name, description, SdlDirectives.SpecifiedByUrl(directives)) { Directives = custom, SyntaxNodes = syntax };
            case ObjectTypeDefinitionNode:
                return new ObjectType(name, description) { Directives = custom, SyntaxNodes = syntax }.Bind(runtimeType, _bindings.IsTypeOf.GetValueOrDefault(name));
            case InterfaceTypeDefinitionNode:
                return new InterfaceType(name, description) { Directives = custom, SyntaxNodes = syntax }.Bind(_bindings.TypeResolvers.GetValueOrDefault(name));
            case UnionTypeDefinitionNode:
                return new UnionType(name, description) { Directives = custom, SyntaxNodes = syntax }.Bind(_bindings.TypeResolvers.GetValueOrDefault(name));
            case EnumTypeDefinitionNode enumDefinition:
                var valueNodes = enumDefinition.Values.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values));
                return new EnumType(name, valueNodes.Select(v => CreateEnumValue(name, v, runtimeType)).ToList(), description) { Directives = custom, SyntaxNodes = syntax };
            default:
                var input = new InputObjectType(name, description, SdlDirectives.IsOneOf(directives)) { Directives = custom, SyntaxNodes = syntax };
                if (runtimeType is not null)
                {
                    input.CreateValue = InputObjectFactory.For(runtimeType);
                }

                return input;
        }
    }

    private EnumValueDefinition CreateEnumValue(string typeName, EnumValueDefinitionNode node, Type? runtimeType)
    {
        object? value = null;
        if (runtimeType is { IsEnum: true })
        {
            var member = Enum.GetNames(runtimeType).FirstOrDefault(clrName => NameConventions.EnumValueMatches(node.Name.Value, clrName));
            if (member is null)
            {
                Report($"Enum value {typeName}.{node.Name.Value} has no matching member in the CLR enum {runtimeType.Name}.");
            }
            else
            {
                value = Enum.Parse(runtimeType, member);
            }
        }

        return new EnumValueDefinition(node.Name.Value, value, node.Description?.Value, SdlDirectives.DeprecationReason(node.Directives))
        {
            Directives = SdlDirectives.Custom(node.Directives),
        };
    }

    private void CreateDirectives()
    {
        foreach (var (name, node) in _directiveDefinitions)
        {
            var locations = new List<DirectiveLocation>();
            foreach (var location in node.Locations)
            {
                if (Enum.TryParse<DirectiveLocation>(location.Value.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed)
                    && NameConventions.ToEnumValueName(parsed.ToString()) == location.Value)
                {
                    locations.Add(parsed);
                }
                else
                {
                    Report($"Unknown directive location \"{location.Value}\" on directive \"@{name}\".");
                }
            }

            var arguments = CreateArguments(node.Arguments);
            _directives.Add(new DirectiveDefinition(name, locations, arguments, node.Description?.Value, node.Repeatable)
            {
                SyntaxNodes = node.Location.IsNone ? [] : [node],
            });
        }

        foreach (var builtIn in BuiltInDirectives.All)
        {
            if (!_directiveDefinitions.ContainsKey(builtIn.Name))
            {
                _directives.Add(builtIn);
            }
        }

        // @cost and @listSize are declared when applied and not declared by the schema itself.
        foreach (var costDirective in AppliedCostDirectives.Find(_definitions))
        {
            if (!_directiveDefinitions.ContainsKey(costDirective.Name))
            {
                _directives.Add(costDirective);
            }
        }
    }

    private void DefineMembers()
    {
        foreach (var definition in _typeDefinitionOrder)
        {
            if (!_types.TryGetValue(definition.Name.Value, out var type) || !ReferenceEquals(_typeDefinitions[definition.Name.Value], definition))
            {
                continue;
            }

            var extensions = (_extensions.GetValueOrDefault(definition.Name.Value) ?? []).Where(e => ExtensionKindMatches(definition, e)).ToList();
            switch (type)
            {
                case ComplexType complex:
                    var (fieldNodes, interfaceNodes) = definition switch
                    {
                        ObjectTypeDefinitionNode o => (
                            o.Fields.Concat(extensions.OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Fields)),
                            o.Interfaces.Concat(extensions.OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Interfaces))),
                        InterfaceTypeDefinitionNode i => (
                            i.Fields.Concat(extensions.OfType<InterfaceTypeExtensionNode>().SelectMany(e => e.Fields)),
                            i.Interfaces.Concat(extensions.OfType<InterfaceTypeExtensionNode>().SelectMany(e => e.Interfaces))),
                        _ => (Enumerable.Empty<FieldDefinitionNode>(), Enumerable.Empty<NamedTypeNode>()),
                    };
                    var fieldList = fieldNodes.ToList();
                    var fields = fieldList.Select(f => CreateField(complex.Name, f)).OfType<FieldDefinition>().ToList();
                    NoteDropped(complex, fieldList.Count, fields.Count);
                    complex.Define(fields, ResolveInterfaces(complex.Name, interfaceNodes));
                    break;
                case UnionType union:
                    var memberNodes = ((UnionTypeDefinitionNode)definition).Types.Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types)).ToList();
                    var members = ResolveUnionMembers(union.Name, memberNodes);
                    NoteDropped(union, memberNodes.Count, members.Count);
                    union.Define(members);
                    break;
                case InputObjectType input:
                    var inputFieldNodes = ((InputObjectTypeDefinitionNode)definition).Fields.Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields)).ToList();
                    var inputFields = inputFieldNodes.Select(f => CreateInputField(f)).OfType<InputFieldDefinition>().ToList();
                    NoteDropped(input, inputFieldNodes.Count, inputFields.Count);
                    input.Define(inputFields);
                    break;
            }
        }
    }

    /// <summary>Remembers types that lost members to reported errors, so that they are not also reported as empty.</summary>
    private void NoteDropped(NamedType type, int declared, int defined)
    {
        if (defined < declared)
        {
            _incompleteTypes.Add(type);
        }
    }

    private FieldDefinition? CreateField(string typeName, FieldDefinitionNode node)
    {
        // The field exists even when its type is unknown: that error is reported once, not again as an unused resolver.
        var coordinate = $"{typeName}.{node.Name.Value}";
        _definedFields.Add(coordinate);
        var type = ResolveTypeReference(node.Type);
        if (type is null)
        {
            return null;
        }

        var resolver = _bindings.Resolvers.GetValueOrDefault(coordinate);
        var subscriber = _bindings.Subscribers.GetValueOrDefault(coordinate);

        return new FieldDefinition(
            node.Name.Value,
            type,
            CreateArguments(node.Arguments),
            node.Description?.Value,
            SdlDirectives.DeprecationReason(node.Directives),
            resolver,
            subscriber)
        {
            Directives = SdlDirectives.Custom(node.Directives),
        };
    }

    private List<ArgumentDefinition> CreateArguments(IReadOnlyList<InputValueDefinitionNode> nodes)
    {
        var arguments = new List<ArgumentDefinition>(nodes.Count);
        foreach (var node in nodes)
        {
            var type = ResolveTypeReference(node.Type);
            if (type is not null)
            {
                arguments.Add(new ArgumentDefinition(node.Name.Value, type, node.Description?.Value, node.DefaultValue, SdlDirectives.DeprecationReason(node.Directives))
                {
                    Directives = SdlDirectives.Custom(node.Directives),
                });
            }
        }

        return arguments;
    }

    private InputFieldDefinition? CreateInputField(InputValueDefinitionNode node)
    {
        var type = ResolveTypeReference(node.Type);
        return type is null
            ? null
            : new InputFieldDefinition(node.Name.Value, type, node.Description?.Value, node.DefaultValue, SdlDirectives.DeprecationReason(node.Directives))
            {
                Directives = SdlDirectives.Custom(node.Directives),
            };
    }

    private List<InterfaceType> ResolveInterfaces(string typeName, IEnumerable<NamedTypeNode> nodes)
    {
        var interfaces = new List<InterfaceType>();
        foreach (var node in nodes)
        {
            switch (LookUpNamedType(node.Name.Value))
            {
                case InterfaceType iface:
                    interfaces.Add(iface);
                    break;
                case { } other:
                    Report($"Type {typeName} must only implement Interface types, it cannot implement {other.Name}.");
                    break;
            }
        }

        return interfaces;
    }

    private List<ObjectType> ResolveUnionMembers(string unionName, IEnumerable<NamedTypeNode> nodes)
    {
        var members = new List<ObjectType>();
        foreach (var node in nodes)
        {
            switch (LookUpNamedType(node.Name.Value))
            {
                case ObjectType member:
                    members.Add(member);
                    break;
                case { } other:
                    Report($"Union type {unionName} can only include Object types, it cannot include {other.Name}.");
                    break;
            }
        }

        return members;
    }

    /// <summary>Builds the type a reference names, wrappers included; null (reported) when the named type is unknown.</summary>
    private IGraphQLType? ResolveTypeReference(TypeNode node)
    {
        var wrappers = new Stack<TypeNode>();
        var current = node;
        while (current is not NamedTypeNode)
        {
            wrappers.Push(current);
            current = current switch
            {
                ListTypeNode list => list.Type,
                NonNullTypeNode nonNull => nonNull.Type,
                _ => throw new ArgumentException($"Unknown type node {current.GetType().Name}.", nameof(node)),
            };
        }

        IGraphQLType? type = LookUpNamedType(((NamedTypeNode)current).Name.Value);
        if (type is null)
        {
            return null;
        }

        while (wrappers.Count > 0)
        {
            type = wrappers.Pop() is ListTypeNode ? new ListType(type) : new NonNullType(type);
        }

        return type;
    }

    /// <summary>A defined type, or a built-in, bound or extended scalar (then added to the schema); null (reported) otherwise.</summary>
    private NamedType? LookUpNamedType(string name)
    {
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        if (!_typeDefinitions.ContainsKey(name) && FindKnownScalar(name) is { } scalar)
        {
            AddType(scalar);
            return scalar;
        }

        if (!_typeDefinitions.ContainsKey(name))
        {
            Report($"Unknown type \"{name}\".{NameSuggestions.DidYouMean(name, _typeDefinitions.Keys.Concat(BuiltInScalars.All.Concat(ExtendedScalars.All).Concat(_bindings.Scalars.Values).Select(s => s.Name)))}");
        }

        return null;
    }

    private (NamedType? Query, NamedType? Mutation, NamedType? Subscription) FindRootTypes()
    {
        var operationTypes = (_schemaDefinition?.OperationTypes ?? []).Concat(_schemaExtensions.SelectMany(e => e.OperationTypes)).ToList();
        var roots = new Dictionary<OperationType, NamedType?>();
        foreach (var operationType in operationTypes)
        {
            if (roots.ContainsKey(operationType.Operation))
            {
                Report($"There can be only one {operationType.Operation.ToString().ToLowerInvariant()} type in schema.");
                continue;
            }

            roots[operationType.Operation] = LookUpNamedType(operationType.Type.Name.Value);
        }

        // Without a schema definition, the types named Query, Mutation and Subscription are the roots.
        if (_schemaDefinition is null)
        {
            foreach (var (operation, name) in DefaultRootNames)
            {
                if (!roots.ContainsKey(operation))
                {
                    roots[operation] = _types.GetValueOrDefault(name);
                }
            }
        }

        return (roots.GetValueOrDefault(OperationType.Query), roots.GetValueOrDefault(OperationType.Mutation), roots.GetValueOrDefault(OperationType.Subscription));
    }

    private void AddImplicitTypes()
    {
        foreach (var scalar in _bindings.Scalars.Values)
        {
            if (!_types.ContainsKey(scalar.Name))
            {
                AddType(scalar);
            }
        }

        // Introspection needs String and Boolean whatever the schema's own fields use.
        AddType(BuiltInScalars.String);
        AddType(BuiltInScalars.Boolean);
        foreach (var type in Introspection.Types)
        {
            AddType(type);
        }
    }

    private void ReportUnusedBindings()
    {
        foreach (var coordinate in _bindings.Resolvers.Keys.Concat(_bindings.Subscribers.Keys).Distinct())
        {
            if (!_definedFields.Contains(coordinate))
            {
                Report($"Cannot bind a resolver to \"{coordinate}\": the schema has no such field.");
            }
        }

        foreach (var name in _bindings.TypeResolvers.Keys)
        {
            if (_types.GetValueOrDefault(name) is not (InterfaceType or UnionType))
            {
                Report($"Cannot bind a type resolver to \"{name}\": the schema has no interface or union of that name.");
            }
        }

        foreach (var (name, clrType) in _bindings.RuntimeTypes)
        {
            switch (_types.GetValueOrDefault(name))
            {
                case null:
                    Report($"Cannot bind the CLR type {clrType.Name} to \"{name}\": the schema has no type of that name.");
                    break;
                case EnumType when !clrType.IsEnum:
                    Report($"Cannot bind the CLR type {clrType.Name} to the enum \"{name}\": it is not a CLR enum.");
                    break;
                case ScalarType or InterfaceType or UnionType:
                    Report($"Cannot bind the CLR type {clrType.Name} to \"{name}\": only object, enum and input object types bind to CLR types.");
                    break;
            }
        }
    }

    private void CoerceDefaultValues()
    {
        foreach (var type in _typeOrder)
        {
            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields)
                    {
                        foreach (var argument in field.Arguments)
                        {
                            CoerceDefault(argument, $"{complex.Name}.{field.Name}({argument.Name}:)");
                        }
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        CoerceDefault(field, $"{input.Name}.{field.Name}");
                    }

                    break;
            }
        }

        foreach (var directive in _directives)
        {
            if (!BuiltInDirectives.All.Contains(directive) && !CostDirectives.All.Contains(directive))
            {
                foreach (var argument in directive.Arguments)
                {
                    CoerceDefault(argument, $"@{directive.Name}({argument.Name}:)");
                }
            }
        }
    }

    private void CoerceDefault(InputValueDefinition value, string coordinate)
    {
        if (value.DefaultValue is null)
        {
            return;
        }

        try
        {
            value.CoercedDefaultValue = ConstValueCoercer.Coerce(value.DefaultValue, value.Type);
        }
        catch (ValueCoercionException e)
        {
            Report($"{coordinate} has invalid default value: {e.Message}");
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or ArgumentException or OverflowException or System.Reflection.TargetInvocationException)
        {
            // A bound CLR input class could not hold the default.
            Report($"{coordinate} has invalid default value: {(e.InnerException ?? e).Message}");
        }
    }
}
