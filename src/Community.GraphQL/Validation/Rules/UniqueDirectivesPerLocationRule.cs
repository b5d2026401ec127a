using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// A non-repeatable directive appears at most once on the same operation, field, fragment or variable.
/// https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-per-Location
/// </summary>
internal sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-per-Location";

    public static readonly ValidationRule Rule = new(nameof(UniqueDirectivesPerLocationRule), SpecifiedBy, c => new UniqueDirectivesPerLocationRule(c));

    private readonly Dictionary<string, DirectiveNode> _seen = new(StringComparer.Ordinal);
    private SyntaxNode? _owner;

    /// <summary>
    /// An operation's directives are checked on entering it, before its variables' directives,
    /// so the errors come in graphql-js's order.
    /// </summary>
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        foreach (var directive in node.Directives)
        {
            Check(directive, node);
        }
    }

    public override void EnterDirective(DirectiveNode node, SyntaxNode owner)
    {
        if (owner is not OperationDefinitionNode)
        {
            Check(node, owner);
        }
    }

    private void Check(DirectiveNode node, SyntaxNode owner)
    {
        // The directives of one owner are checked one after another.
        if (!ReferenceEquals(owner, _owner))
        {
            _owner = owner;
            _seen.Clear();
        }

        var name = node.Name.Value;
        if (Context.Schema.GetDirective(name) is not { IsRepeatable: false })
        {
            return;
        }

        if (_seen.TryGetValue(name, out var first))
        {
            Report(ValidationErrors.DuplicateDirective(name), first, node);
        }
        else
        {
            _seen[name] = node;
        }
    }
}
