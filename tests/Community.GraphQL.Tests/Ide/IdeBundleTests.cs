using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Community.GraphQL.AspNetCore.Ide;
using Community.GraphQL.Tests.Conformance;

namespace Community.GraphQL.Tests.Ide;

/// <summary>The bundle embedded in the assembly against the npm manifest it is built from.</summary>
public sealed class IdeBundleTests
{
    /// <summary>Fails when a version in Ide/client/package.json changed but the bundle was not rebuilt.</summary>
    [Fact]
    public void Every_pinned_package_is_bundled_at_its_pinned_version()
    {
        var manifest = Path.Combine(RepositoryPaths.Root, "src", "Community.GraphQL.AspNetCore", "Ide", "client", "package.json");
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        Assert.True(new IdeAssets().TryGet("THIRD-PARTY-NOTICES.txt", out var notices));
        var bundled = Encoding.UTF8.GetString(notices.Content.Span).Split('\n');

        foreach (var dependency in json.RootElement.GetProperty("dependencies").EnumerateObject())
        {
            var heading = $"{dependency.Name} {dependency.Value.GetString()} (";
            Assert.True(
                bundled.Any(line => line.StartsWith(heading, StringComparison.Ordinal)),
                $"The bundle has no {dependency.Name} {dependency.Value.GetString()}: rebuild it (npm ci && npm run build in Ide/client).");
        }
    }

    [Fact]
    public void The_workers_and_fonts_the_bundle_names_are_embedded()
    {
        var assets = new IdeAssets();
        Assert.True(assets.TryGet("ide.js", out var script));
        Assert.True(assets.TryGet("ide.css", out var styles));

        var workers = Regex.Matches(Encoding.UTF8.GetString(script.Content.Span), @"[a-z]+\.worker\.js").Select(m => m.Value).Distinct().ToList();
        var files = Regex.Matches(Encoding.UTF8.GetString(styles.Content.Span), @"url\((?!data:)""?\.?/?([^"")]+)""?\)").Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Equal(["editor.worker.js", "graphql.worker.js", "json.worker.js"], workers.Order());
        Assert.NotEmpty(files);
        Assert.All(workers.Concat(files), name => Assert.True(assets.TryGet(name, out _), name + " is named but not embedded"));
    }
}
