using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Validation;

/// <summary>
/// Builds a schema from SDL for validation tests: types, fields, arguments with defaults,
/// interfaces, unions, enums, input objects (with <c>@oneOf</c>), custom scalars (pass-through),
/// directives and the schema definition. Only what validation reads; resolvers are not bound.
/// </summary>
internal static class SdlSchema
{
    public static Schema Build(string sdl)
    {
        var document = Parser.Parse(sdl);
        var types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var scalar in BuiltInScalars.All)
        {
            types[scalar.Name] = scalar;
        }

        foreach (var definition in document.Definitions.OfType<TypeDefinitionNode>())
        {
            var name = definition.Name.Value;
            types[name] = definition switch
            {
                ScalarTypeDefinitionNode => new PassThroughScalarType(name),
                ObjectTypeDefinitionNode => new ObjectType(name),
                InterfaceTypeDefinitionNode => new InterfaceType(name),
                UnionTypeDefinitionNode => new UnionType(name),
                EnumTypeDefinitionNode e => new EnumType(name, e.Values.Select(v => new EnumValueDefinition(v.Name.Value))),
                InputObjectTypeDefinitionNode i => new InputObjectType(name, isOneOf: i.Directives.Any(d => d.Name.Value == "oneOf")),
                _ => throw new ArgumentException(definition.Kind.ToString()),
            };
        }

        IGraphQLType Resolve(TypeNode node) => node switch
        {
            NamedTypeNode named => types[named.Name.Value],
            ListTypeNode list => new ListType(Resolve(list.Type)),
            NonNullTypeNode nonNull => new NonNullType(Resolve(nonNull.Type)),
            _ => throw new ArgumentException(node.Kind.ToString()),
        };

        ArgumentDefinition Argument(InputValueDefinitionNode node) => new(node.Name.Value, Resolve(node.Type), defaultValue: node.DefaultValue);

        foreach (var definition in document.Definitions.OfType<TypeDefinitionNode>())
        {
            var type = types[definition.Name.Value];
            switch (definition)
            {
                case ObjectTypeDefinitionNode o:
                    ((ComplexType)type).Define(Fields(o.Fields), o.Interfaces.Select(i => (InterfaceType)types[i.Name.Value]));
                    break;
                case InterfaceTypeDefinitionNode i:
                    ((ComplexType)type).Define(Fields(i.Fields), i.Interfaces.Select(x => (InterfaceType)types[x.Name.Value]));
                    break;
                case UnionTypeDefinitionNode u:
                    ((UnionType)type).Define(u.Types.Select(t => (ObjectType)types[t.Name.Value]));
                    break;
                case InputObjectTypeDefinitionNode input:
                    ((InputObjectType)type).Define(input.Fields.Select(f => new InputFieldDefinition(f.Name.Value, Resolve(f.Type), defaultValue: f.DefaultValue)));
                    break;
            }
        }

        IEnumerable<FieldDefinition> Fields(IReadOnlyList<FieldDefinitionNode> fields)
            => fields.Select(f => new FieldDefinition(f.Name.Value, Resolve(f.Type), f.Arguments.Select(Argument)));

        var directives = new List<DirectiveDefinition>(BuiltInDirectives.All);
        foreach (var directive in document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            directives.Add(new DirectiveDefinition(
                directive.Name.Value,
                directive.Locations.Select(l => Enum.Parse<DirectiveLocation>(l.Value.Replace("_", string.Empty), ignoreCase: true)),
                directive.Arguments.Select(Argument),
                isRepeatable: directive.Repeatable));
        }

        var roots = document.Definitions.OfType<SchemaDefinitionNode>().SingleOrDefault()?.OperationTypes
            .ToDictionary(o => o.Operation, o => (ObjectType)types[o.Type.Name.Value]);
        ObjectType? Root(OperationType operation, string defaultName)
            => roots is not null ? roots.GetValueOrDefault(operation) : types.GetValueOrDefault(defaultName) as ObjectType;

        return new Schema(
            Root(OperationType.Query, "Query")!,
            Root(OperationType.Mutation, "Mutation"),
            Root(OperationType.Subscription, "Subscription"),
            types.Values.Concat(Community.GraphQL.Types.Introspection.Types),
            directives);
    }
}
