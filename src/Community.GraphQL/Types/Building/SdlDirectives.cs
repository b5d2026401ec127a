using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>Reads the built-in directives the type model represents by properties: deprecation, specifiedBy, oneOf.</summary>
internal static class SdlDirectives
{
    /// <summary>The directives the model keeps in <c>Directives</c> lists: all but the ones it represents by a property.</summary>
    public static IReadOnlyList<DirectiveNode> Custom(IEnumerable<DirectiveNode> directives)
    {
        var custom = directives.Where(d => d.Name.Value is not ("deprecated" or "specifiedBy" or "oneOf")).ToArray();
        return custom.Length == 0 ? [] : custom;
    }

    /// <summary>The reason of <c>@deprecated</c>, its default when no reason is written, or null when not deprecated.</summary>
    public static string? DeprecationReason(IEnumerable<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (deprecated is null)
        {
            return null;
        }

        var reason = deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value;
        return reason is StringValueNode text ? text.Value : BuiltInDirectives.DefaultDeprecationReason;
    }

    /// <summary>The URL of <c>@specifiedBy(url:)</c>, or null.</summary>
    public static string? SpecifiedByUrl(IEnumerable<DirectiveNode> directives)
        => directives.FirstOrDefault(d => d.Name.Value == "specifiedBy")?.Arguments
            .FirstOrDefault(a => a.Name.Value == "url")?.Value is StringValueNode url ? url.Value : null;

    public static bool IsOneOf(IEnumerable<DirectiveNode> directives) => directives.Any(d => d.Name.Value == "oneOf");
}
