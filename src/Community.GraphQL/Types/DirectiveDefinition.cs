using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>A directive a schema declares (<c>@skip</c>, <c>@deprecated</c>, or one of its own).</summary>
public sealed class DirectiveDefinition
{
    private readonly Dictionary<string, ArgumentDefinition> _argumentsByName;

    public DirectiveDefinition(
        string name,
        IEnumerable<DirectiveLocation> locations,
        IEnumerable<ArgumentDefinition>? arguments = null,
        string? description = null,
        bool isRepeatable = false)
    {
        Name = name;
        Locations = locations.ToArray();
        Arguments = arguments?.ToArray() ?? [];
        _argumentsByName = new Dictionary<string, ArgumentDefinition>(StringComparer.Ordinal);
        foreach (var argument in Arguments)
        {
            // A repeated name is a type-system error that schema validation reports; the first one wins here.
            _argumentsByName.TryAdd(argument.Name, argument);
        }

        Description = description;
        IsRepeatable = isRepeatable;
    }

    public string Name { get; }

    public string? Description { get; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public IReadOnlyList<ArgumentDefinition> Arguments { get; }

    public bool IsRepeatable { get; }

    public IReadOnlyList<SyntaxNode> SyntaxNodes { get; init; } = [];

    public ArgumentDefinition? GetArgument(string name) => _argumentsByName.GetValueOrDefault(name);

    public override string ToString() => "@" + Name;
}
