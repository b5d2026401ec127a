using System.Text;
using Community.GraphQL.Language;

namespace Community.GraphQL.Data.Filtering;

/// <summary>The input types a filter argument needs: the filter input, its operation inputs and those of related types.</summary>
internal static class FilterTypeDefinitions
{
    public static IReadOnlyList<TypeDefinitionNode> For(FilterTypeModel root)
    {
        var sdl = new StringBuilder();
        var written = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<FilterTypeModel>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var model = pending.Pop();
            if (!written.Add(model.Name))
            {
                continue;
            }

            sdl.Append(ObjectSdl(model)).Append('\n');
            foreach (var field in model.Fields)
            {
                if (field.Nested is { } nested)
                {
                    pending.Push(nested);
                }

                if (field.Kind != FilterFieldKind.Object && written.Add(field.InputTypeName))
                {
                    sdl.Append(FilterOperationTypes.Sdl(field)).Append('\n');
                }
            }
        }

        // A scalar list writes its element's input too, which another field may also have written.
        return SdlDefinitions.Parse(sdl.ToString()).DistinctBy(d => d.Name.Value).ToArray();
    }

    private static string ObjectSdl(FilterTypeModel model)
    {
        var sdl = new StringBuilder();
        sdl.Append(SdlDefinitions.Quote($"Conditions on {model.GraphQLTypeName} values. Every field given must hold.")).Append('\n');
        sdl.Append("input ").Append(model.Name).Append(" {\n");
        sdl.Append("  \"Every condition in the list holds.\"\n  and: [").Append(model.Name).Append("!]\n");
        sdl.Append("  \"At least one condition in the list holds.\"\n  or: [").Append(model.Name).Append("!]\n");
        foreach (var field in model.Fields)
        {
            sdl.Append("  ").Append(SdlDefinitions.Quote($"Conditions on {field.Name}.")).Append('\n');
            sdl.Append("  ").Append(field.Name).Append(": ").Append(field.InputTypeName).Append('\n');
        }

        return sdl.Append("}\n").ToString();
    }
}
