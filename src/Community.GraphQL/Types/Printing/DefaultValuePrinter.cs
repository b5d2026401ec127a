using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// Prints a default value as introspection's <c>defaultValue</c> and SDL show it. Since the
/// September 2025 edition a default is kept as the literal its author wrote and coerced only where
/// it is used (section 3.10, default value coercion), so the literal is printed as written:
/// <c>[Int] = 3</c> reads <c>3</c>, and an input object shows only the fields it names.
/// </summary>
internal static class DefaultValuePrinter
{
    /// <summary>The default of an argument or input field as written; null when there is none.</summary>
    public static string? Print(InputValueDefinition value)
        => value.DefaultValue is { } literal ? Printer.Print(literal) : null;
}
