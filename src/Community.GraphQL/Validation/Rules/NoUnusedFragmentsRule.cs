using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// Every fragment defined is spread by some operation, directly or through other fragments.
/// https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used
/// </summary>
internal sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used";

    public static readonly ValidationRule Rule = new(nameof(NoUnusedFragmentsRule), SpecifiedBy, c => new NoUnusedFragmentsRule(c));

    public override void LeaveDocument(DocumentNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                foreach (var fragment in Context.GetRecursivelyReferencedFragments(operation))
                {
                    used.Add(fragment.Name.Value);
                }
            }
        }

        foreach (var definition in node.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
            {
                Report(ValidationErrors.UnusedFragment(fragment.Name.Value), fragment);
            }
        }
    }
}
