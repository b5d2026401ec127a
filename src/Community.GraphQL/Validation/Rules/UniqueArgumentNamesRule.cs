using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// A field or directive is given each argument at most once.
/// https://spec.graphql.org/September2025/#sec-Argument-Uniqueness
/// </summary>
internal sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Argument-Uniqueness";

    public static readonly ValidationRule Rule = new(nameof(UniqueArgumentNamesRule), SpecifiedBy, c => new UniqueArgumentNamesRule(c));

    public override void EnterField(FieldNode node) => Check(node.Arguments);

    public override void EnterDirective(DirectiveNode node, SyntaxNode owner) => Check(node.Arguments);

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            if (group.Skip(1).Any())
            {
                Report(ValidationErrors.DuplicateArgument(group.Key), group.Select(a => a.Name));
            }
        }
    }
}
