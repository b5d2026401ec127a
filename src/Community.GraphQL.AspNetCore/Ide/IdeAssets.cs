using System.IO.Compression;
using System.Security.Cryptography;

namespace Community.GraphQL.AspNetCore.Ide;

/// <summary>
/// The IDE's scripts, styles, Monaco workers, font and licence notices, built from pinned npm
/// packages (<c>Ide/client</c>) and embedded in this assembly, so the page needs no network but
/// this server. <see cref="Version"/> is a hash of the whole bundle: it names the folder the
/// files are served from, so browsers may cache them for good.
/// </summary>
internal sealed class IdeAssets
{
    /// <summary>Prefix of the bundle's manifest resource names (see the project file).</summary>
    private const string ResourcePrefix = "GraphQLIde/";

    private readonly Dictionary<string, IdeAsset> _files;

    public IdeAssets()
    {
        var assembly = typeof(IdeAssets).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (!names.Contains(ResourcePrefix + "ide.js"))
        {
            throw new InvalidOperationException("The IDE bundle is not embedded: build it with `npm ci && npm run build` in src/Community.GraphQL.AspNetCore/Ide/client.");
        }

        _files = new Dictionary<string, IdeAsset>(StringComparer.Ordinal);
        using var bundleHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var resource in names)
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var content = new byte[stream.Length];
            stream.ReadExactly(content);
            var name = resource[ResourcePrefix.Length..];
            var contentType = ContentTypeOf(name);
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12)) + "\"";
            _files[name] = new IdeAsset(name, contentType, content, contentType.StartsWith("font/", StringComparison.Ordinal) ? null : Gzip(content), etag);
            bundleHash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            bundleHash.AppendData(content);
        }

        Version = Convert.ToHexStringLower(bundleHash.GetHashAndReset().AsSpan(0, 8));
    }

    /// <summary>A short hash of every file's name and bytes.</summary>
    public string Version { get; }

    public bool TryGet(string name, out IdeAsset asset) => _files.TryGetValue(name, out asset!);

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".ttf" => "font/ttf",
        ".woff2" => "font/woff2",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };

    /// <summary>Compressed once at start: the scripts shrink to about a quarter.</summary>
    private static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }
}
