using System.Collections;
using System.Text.Json.Nodes;
using Community.GraphQL.Language;
using Community.GraphQL.Types;
using IntrospectionSystem = Community.GraphQL.Types.Introspection;

namespace Community.GraphQL.Tests.IntrospectionTests;

/// <summary>
/// Runs an introspection document against a schema by calling the introspection resolvers in
/// selection order: literal arguments only, no abstract types, no error handling. It exercises
/// the resolvers and the query text without depending on the executor.
/// </summary>
internal static class IntrospectionWalker
{
    public static JsonObject Run(Schema schema, string document)
    {
        var parsed = Parser.Parse(document);
        var fragments = parsed.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        var operation = parsed.Definitions.OfType<OperationDefinitionNode>().Single();
        return new Walk(schema, fragments).SelectionSet(schema.QueryType, null, operation.SelectionSet);
    }

    private sealed class Walk(Schema schema, Dictionary<string, FragmentDefinitionNode> fragments)
    {
        public JsonObject SelectionSet(ObjectType type, object? parent, SelectionSetNode selectionSet)
        {
            var result = new JsonObject();
            foreach (var field in CollectFields(type, selectionSet))
            {
                var definition = FindField(type, field.Name.Value);
                var arguments = field.Arguments.ToDictionary(a => a.Name.Value, a => Literal(a.Value));
                var value = ResolverHarness.Resolve(schema, type, definition, parent, arguments);
                result[field.ResponseName] = Complete(definition.Type, value, field);
            }

            return result;
        }

        private IEnumerable<FieldNode> CollectFields(ObjectType type, SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                IEnumerable<FieldNode> nested = selection switch
                {
                    FieldNode field => [field],
                    FragmentSpreadNode spread => CollectFields(type, fragments[spread.Name.Value].SelectionSet),
                    InlineFragmentNode inline => CollectFields(type, inline.SelectionSet),
                    _ => [],
                };
                foreach (var field in nested)
                {
                    yield return field;
                }
            }
        }

        private FieldDefinition FindField(ObjectType type, string name) => name switch
        {
            "__typename" => IntrospectionSystem.TypeNameField,
            "__schema" when type == schema.QueryType => IntrospectionSystem.SchemaField,
            "__type" when type == schema.QueryType => IntrospectionSystem.TypeField,
            _ => type.GetField(name) ?? throw new InvalidOperationException($"Cannot query field \"{name}\" on type \"{type.Name}\"."),
        };

        private JsonNode? Complete(IGraphQLType type, object? value, FieldNode field)
        {
            if (value is null)
            {
                Assert.False(type is NonNullType, $"{field.Name.Value} is non-null but resolved to null.");
                return null;
            }

            return type switch
            {
                NonNullType nonNull => Complete(nonNull.OfType, value, field),
                ListType list => new JsonArray(((IEnumerable)value).Cast<object?>().Select(item => Complete(list.OfType, item, field)).ToArray()),
                ScalarType scalar => Scalar(scalar.Serialize(value)),
                EnumType enumType => JsonValue.Create(enumType.GetValueByInternal(value)!.Name),
                ObjectType objectType => SelectionSet(objectType, value, field.SelectionSet!),
                _ => throw new InvalidOperationException($"Unexpected type {type}."),
            };
        }

        private static JsonNode Scalar(object value) => value switch
        {
            string s => JsonValue.Create(s),
            bool b => JsonValue.Create(b),
            int i => JsonValue.Create(i),
            _ => throw new NotSupportedException(value.GetType().Name),
        };

        private static object? Literal(ValueNode value) => value switch
        {
            BooleanValueNode b => b.Value,
            StringValueNode s => s.Value,
            _ => throw new NotSupportedException(value.Kind.ToString()),
        };
    }
}
