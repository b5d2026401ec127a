namespace Community.GraphQL.Types;

/// <summary>An input object type, optionally <c>@oneOf</c>.</summary>
public sealed class InputObjectType : NamedType
{
    private Dictionary<string, InputFieldDefinition> _fieldsByName = new(StringComparer.Ordinal);

    public InputObjectType(string name, string? description = null, bool isOneOf = false)
        : base(name, description) => IsOneOf = isOneOf;

    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>Exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; }

    public IReadOnlyList<InputFieldDefinition> Fields { get; private set; } = [];

    /// <summary>
    /// Turns the coerced fields into the value resolvers receive; when null they receive the
    /// dictionary itself. Fields not given and without default are absent from the dictionary.
    /// </summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? CreateValue { get; internal set; }

    public InputFieldDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    internal void Define(IEnumerable<InputFieldDefinition> fields)
    {
        Fields = fields.ToArray();
        _fieldsByName = new Dictionary<string, InputFieldDefinition>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            _fieldsByName.TryAdd(field.Name, field);
        }
    }
}
