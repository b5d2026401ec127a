using System.Text;
using Community.GraphQL.Language;

namespace Community.GraphQL.Data.Sorting;

/// <summary>The input types an <c>order</c> argument needs: the sort input, those of related types, and <c>SortEnumType</c>.</summary>
internal static class SortTypeDefinitions
{
    public const string SortEnumType = "SortEnumType";

    public static IReadOnlyList<TypeDefinitionNode> For(SortTypeModel root)
    {
        var sdl = new StringBuilder($$"""
            "The direction of a sort key."
            enum {{SortEnumType}} {
              "Smallest first: A to Z, oldest first; items without a value come first."
              ASC
              "Largest first: Z to A, newest first; items without a value come last."
              DESC
            }

            """);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SortTypeModel>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var model = pending.Pop();
            if (!written.Add(model.Name))
            {
                continue;
            }

            sdl.Append(SdlDefinitions.Quote($"How to order {model.GraphQLTypeName} values: give one field per item of the order list.")).Append('\n');
            sdl.Append("input ").Append(model.Name).Append(" {\n");
            foreach (var field in model.Fields)
            {
                sdl.Append("  ").Append(SdlDefinitions.Quote(field.Nested is null ? $"Order by {field.Name}." : $"Order by a field of {field.Name}.")).Append('\n');
                sdl.Append("  ").Append(field.Name).Append(": ").Append(field.Nested?.Name ?? SortEnumType).Append('\n');
                if (field.Nested is { } nested)
                {
                    pending.Push(nested);
                }
            }

            sdl.Append("}\n");
        }

        return SdlDefinitions.Parse(sdl.ToString());
    }
}
