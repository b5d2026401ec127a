using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>A field's <c>@listSize</c>, read once from its directive.</summary>
internal sealed class ListSizeSettings
{
    private ListSizeSettings(int? assumedSize, string[] slicingArguments, int? slicingArgumentDefaultValue, string[] sizedFields, bool requireOneSlicingArgument)
    {
        AssumedSize = assumedSize;
        SlicingArguments = slicingArguments;
        SlicingArgumentDefaultValue = slicingArgumentDefaultValue;
        SizedFields = sizedFields;
        RequireOneSlicingArgument = requireOneSlicingArgument;
    }

    public int? AssumedSize { get; }

    public string[] SlicingArguments { get; }

    public int? SlicingArgumentDefaultValue { get; }

    /// <summary>When not empty, the size applies to these fields of the field's type, not to the field itself.</summary>
    public string[] SizedFields { get; }

    /// <summary>
    /// The specification's default is true; it is enforced only when the field names slicing
    /// arguments, since a field with none could never satisfy it.
    /// </summary>
    public bool RequireOneSlicingArgument { get; }

    /// <summary>The field's <c>@listSize</c>, or null when it has none.</summary>
    public static ListSizeSettings? Read(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != CostDirectives.ListSizeName)
            {
                continue;
            }

            int? assumedSize = null;
            int? slicingDefault = null;
            string[] slicing = [];
            string[] sized = [];
            var requireOne = true;
            foreach (var argument in directive.Arguments)
            {
                switch (argument.Name.Value)
                {
                    case "assumedSize":
                        assumedSize = ReadInt(argument.Value);
                        break;
                    case "slicingArgumentDefaultValue":
                        slicingDefault = ReadInt(argument.Value);
                        break;
                    case "slicingArguments":
                        slicing = ReadStrings(argument.Value);
                        break;
                    case "sizedFields":
                        sized = ReadStrings(argument.Value);
                        break;
                    case "requireOneSlicingArgument":
                        requireOne = argument.Value is not BooleanValueNode { Value: false };
                        break;
                }
            }

            return new ListSizeSettings(assumedSize, slicing, slicingDefault, sized, requireOne);
        }

        return null;
    }

    private static int? ReadInt(ValueNode value)
        => value is IntValueNode number && int.TryParse(number.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    // Input coercion accepts a single string where a list is expected.
    private static string[] ReadStrings(ValueNode value) => value switch
    {
        ListValueNode list => list.Values.OfType<StringValueNode>().Select(s => s.Value).ToArray(),
        StringValueNode single => [single.Value],
        _ => [],
    };
}
