using Community.GraphQL.Language;

namespace Community.GraphQL.Data;

/// <summary>Generated types are written as SDL, which reads like the schema they become, and parsed once.</summary>
internal static class SdlDefinitions
{
    public static IReadOnlyList<TypeDefinitionNode> Parse(string sdl) =>
        Parser.Parse(sdl).Definitions.OfType<TypeDefinitionNode>().ToArray();

    /// <summary>A description as an SDL string literal.</summary>
    public static string Quote(string description) =>
        "\"" + description.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
