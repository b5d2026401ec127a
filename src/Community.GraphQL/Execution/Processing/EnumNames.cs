using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Processing;

/// <summary>Output coercion of enums: an internal value to the name of its enum value.</summary>
internal static class EnumNames
{
    public static string? Serialize(EnumType type, object value)
    {
        if (type.GetValueByInternal(value) is { } definition)
        {
            return definition.Name;
        }

        // A CLR enum member for an enum declared by names only (PascalCase member, UPPER_SNAKE name).
        if (value is Enum member)
        {
            var text = member.ToString();
            foreach (var candidate in type.Values)
            {
                if (candidate.Value is string && (candidate.Name == text || candidate.Name == ToUpperSnake(text)))
                {
                    return candidate.Name;
                }
            }
        }

        return null;
    }

    private static string ToUpperSnake(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
