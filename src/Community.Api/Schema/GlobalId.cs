using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Community.GraphQL;

namespace Community.Api.Schema;

/// <summary>
/// Ids as HotChocolate writes them: base64 of UTF-8 <c>TypeName:key</c> (<c>Post:1</c> is
/// <c>UG9zdDox</c>), so that one id names one object across types.
/// </summary>
internal static class GlobalId
{
    public static string Encode(string typeName, long key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + key.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The type and key an id names, or null when it is not an id of this API.</summary>
    public static (string TypeName, long Key)? TryDecode(string id)
    {
        if (id.Length > 200 || !Base64.IsValid(id))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && long.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var key)
            ? (text[..colon], key)
            : null;
    }

    /// <summary>The key of an id that must name a <paramref name="typeName"/>.</summary>
    /// <exception cref="GraphQLException">The id is malformed or names another type (<c>ID_INVALID</c>).</exception>
    public static long Decode(string id, string typeName) =>
        TryDecode(id) is { } decoded && decoded.TypeName == typeName
            ? decoded.Key
            : throw new GraphQLException($"\"{(id.Length > 60 ? id[..60] + "..." : id)}\" is not the id of a {typeName}; use an id the API returned for one.", SchemaErrorCodes.InvalidId);

    /// <summary>For list filters: the key, or null when the id names another type.</summary>
    public static object? DecodeForFilter(string typeName, string id) =>
        TryDecode(id) is { } decoded && decoded.TypeName == typeName ? decoded.Key : null;
}
