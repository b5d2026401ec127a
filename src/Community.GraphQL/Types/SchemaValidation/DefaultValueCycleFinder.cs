using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// Finds input object fields whose default values reference themselves (September 2025 edition,
/// 3.10, InputObjectDefaultValueHasCycle): <c>input A { b: B = {} } input B { a: A = {} }</c> has
/// no value, because filling in A.b's default needs B.a's, which needs A.b's again. Each cycle is
/// reported once, worded as graphql-js 17 words it. The walk follows the fields of the schema
/// and the nesting of default literals, and stops at <see cref="MaxDepth"/> levels.
/// </summary>
internal sealed class DefaultValueCycleFinder(Action<string> report)
{
    /// <summary>Deepest chain of defaults and literal nesting followed.</summary>
    public const int MaxDepth = 500;

    private static readonly ObjectValueNode NoFields = new() { Fields = [] };

    private readonly HashSet<string> _visitedFields = new(StringComparer.Ordinal);
    private readonly List<string> _fieldPath = [];
    private readonly Dictionary<string, int> _fieldPathIndex = new(StringComparer.Ordinal);

    /// <summary>True once a cycle was reported.</summary>
    public bool FoundCycle { get; private set; }

    /// <summary>Checks the defaults that a value of <paramref name="type"/> written as <c>{}</c> would take.</summary>
    public void Check(InputObjectType type) => CheckLiteral(type, NoFields, 0);

    private void CheckLiteral(InputObjectType type, ValueNode literal, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (literal is ListValueNode list)
        {
            foreach (var item in list.Values)
            {
                CheckLiteral(type, item, depth + 1);
            }

            return;
        }

        if (literal is not ObjectValueNode obj)
        {
            return;
        }

        foreach (var field in type.Fields)
        {
            if (field.Type.NamedType() is not InputObjectType fieldType)
            {
                continue;
            }

            if (obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name) is { } given)
            {
                CheckLiteral(fieldType, given.Value, depth + 1);
            }
            else
            {
                CheckFieldDefault(field, fieldType, $"{type.Name}.{field.Name}", depth + 1);
            }
        }
    }

    private void CheckFieldDefault(InputFieldDefinition field, InputObjectType fieldType, string fieldName, int depth)
    {
        if (field.DefaultValue is not { } defaultValue)
        {
            return;
        }

        if (_fieldPathIndex.TryGetValue(fieldName, out var cycleIndex))
        {
            var via = cycleIndex < _fieldPath.Count ? " via the default values of: " + string.Join(", ", _fieldPath.Skip(cycleIndex)) : string.Empty;
            report($"Invalid circular reference. The default value of Input Object field {fieldName} references itself{via}.");
            FoundCycle = true;
            return;
        }

        if (_visitedFields.Add(fieldName))
        {
            _fieldPath.Add(fieldName);
            _fieldPathIndex[fieldName] = _fieldPath.Count;
            CheckLiteral(fieldType, defaultValue, depth);
            _fieldPath.RemoveAt(_fieldPath.Count - 1);
            _fieldPathIndex.Remove(fieldName);
        }
    }
}
