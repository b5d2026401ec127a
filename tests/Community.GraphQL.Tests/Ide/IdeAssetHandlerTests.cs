using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Community.GraphQL.AspNetCore;
using Community.GraphQL.Tests.Transport;

namespace Community.GraphQL.Tests.Ide;

/// <summary>The IDE's files as the server serves them: from the assembly, under the bundle's version, cached for good.</summary>
public sealed partial class IdeAssetHandlerTests
{
    [Fact]
    public async Task The_page_names_files_the_server_serves_with_long_cache_headers()
    {
        await using var server = await StartAsync(enableIde: true);
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        var script = await ScriptPathAsync(client, server.Address);

        using var response = await client.GetAsync(new Uri(server.Address, script));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Contains("MonacoEnvironment", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_client_that_accepts_gzip_gets_the_same_file_compressed()
    {
        await using var server = await StartAsync(enableIde: true);
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        var script = new Uri(server.Address, await ScriptPathAsync(client, server.Address));
        var plain = await client.GetByteArrayAsync(script);

        using var request = new HttpRequestMessage(HttpMethod.Get, script);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await client.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.True(compressed.Length < plain.Length / 2, $"{compressed.Length} bytes compressed, {plain.Length} plain");
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var decompressed = new MemoryStream();
        await gzip.CopyToAsync(decompressed);
        Assert.Equal(plain, decompressed.ToArray());
    }

    [Fact]
    public async Task A_file_under_another_version_is_404()
    {
        await using var server = await StartAsync(enableIde: true);
        using var client = new HttpClient();
        var script = await ScriptPathAsync(client, server.Address);
        var otherVersion = VersionPattern().Replace(script, "/ide/0000000000000000/");

        using var response = await client.GetAsync(new Uri(server.Address, otherVersion));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_files_are_not_served_when_the_ide_is_off()
    {
        string script;
        await using (var on = await StartAsync(enableIde: true))
        {
            using var probe = new HttpClient();
            script = await ScriptPathAsync(probe, on.Address);
        }

        await using var off = await StartAsync(enableIde: false);
        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri(off.Address, script));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_licences_of_the_bundled_packages_are_served_beside_them()
    {
        await using var server = await StartAsync(enableIde: true);
        using var client = new HttpClient();
        var script = await ScriptPathAsync(client, server.Address);

        var notices = await client.GetStringAsync(new Uri(server.Address, script.Replace("ide.js", "THIRD-PARTY-NOTICES.txt", StringComparison.Ordinal)));

        Assert.Matches(@"(?m)^graphiql 5\.4\.0 \(MIT\)$", notices);
        Assert.Matches(@"(?m)^react \d+\.\d+\.\d+ \(MIT\)$", notices);
        Assert.Matches(@"(?m)^monaco-editor \d+\.\d+\.\d+ \(MIT\)$", notices);
        Assert.Contains("Permission is hereby granted", notices);
    }

    private static Task<TransportTestServer> StartAsync(bool enableIde)
        => TransportTestServer.StartAsync(new FakeRequestExecutor(), (GraphQLServerOptions o) => o.EnableIde = enableIde, environment: "Production");

    /// <summary>The script the IDE page loads, e.g. <c>/graphql/ide/0123abcd/ide.js</c>.</summary>
    private static async Task<string> ScriptPathAsync(HttpClient client, Uri endpoint)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, endpoint);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var match = ScriptPattern().Match(html);
        Assert.True(match.Success, "The IDE page names no script: " + html);
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<script type=\"module\" src=\"([^\"]+)\"")]
    private static partial Regex ScriptPattern();

    [GeneratedRegex("/ide/[0-9a-f]+/")]
    private static partial Regex VersionPattern();
}
