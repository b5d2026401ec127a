namespace Community.GraphQL.Types;

/// <summary>An object or interface type: a named type with fields that may implement interfaces.</summary>
public abstract class ComplexType : NamedType
{
    private Dictionary<string, FieldDefinition> _fieldsByName = new(StringComparer.Ordinal);

    protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>The fields in definition order.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; private set; } = [];

    public IReadOnlyList<InterfaceType> Interfaces { get; private set; } = [];

    public FieldDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    /// <summary>Fills in the fields and interfaces; the schema builder calls this once all named types exist.</summary>
    internal void Define(IEnumerable<FieldDefinition> fields, IEnumerable<InterfaceType> interfaces)
    {
        Fields = fields.ToArray();
        Interfaces = interfaces.ToArray();
        _fieldsByName = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            field.DeclaringType = this;
            _fieldsByName.TryAdd(field.Name, field);
        }
    }

    public bool Implements(InterfaceType type)
    {
        foreach (var implemented in Interfaces)
        {
            if (ReferenceEquals(implemented, type))
            {
                return true;
            }
        }

        return false;
    }
}
