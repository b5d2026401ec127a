using System.Reflection;
using System.Text.RegularExpressions;

namespace Community.Domain.Persistence;

/// <summary>Reads one provider's embedded schema scripts, <c>NNNN_description.sql</c>, in version order.</summary>
internal static partial class SchemaScripts
{
    public static List<SchemaMigration> Load(string resourcePrefix)
    {
        var assembly = typeof(SchemaScripts).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal))
            .Select(n => Parse(assembly, n, resourcePrefix))
            .OrderBy(m => m.Version)
            .ToList();
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration versions must run 1, 2, 3... without gaps; found {migrations[i].Version} at position {i + 1}.");
            }
        }

        return migrations;
    }

    private static SchemaMigration Parse(Assembly assembly, string resourceName, string resourcePrefix)
    {
        var fileName = resourceName[resourcePrefix.Length..];
        var match = FileName().Match(fileName);
        if (!match.Success)
        {
            throw new InvalidOperationException($"Migration '{fileName}' must be named NNNN_description.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new SchemaMigration(int.Parse(match.Groups["version"].Value), match.Groups["name"].Value, reader.ReadToEnd());
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileName();
}
