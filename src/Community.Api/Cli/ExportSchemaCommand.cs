using System.CommandLine;
using Community.Api.Schema;
using Community.GraphQL.Types;

namespace Community.Api.Cli;

/// <summary>
/// <c>export-schema [--output path]</c>: prints the API's schema as SDL, to standard output or to a
/// file (the repository keeps it in <c>schema/schema.graphql</c>, and a test fails when it drifts).
/// </summary>
internal static class ExportSchemaCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--output")
        {
            Description = "The file to write (for example schema/schema.graphql); standard output when omitted.",
        };
        var command = new Command("export-schema", "Print the GraphQL schema as SDL.") { output };
        command.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var sdl = PrintSchema();
            var path = result.GetValue(output);
            if (path is null)
            {
                Console.Out.Write(sdl);
            }
            else
            {
                await File.WriteAllTextAsync(path, sdl, cancellationToken);
                Console.Error.WriteLine($"Wrote {Path.GetFullPath(path)}");
            }

            return 0;
        });
        return command;
    }

    /// <summary>The SDL that <c>GET /graphql?sdl</c> serves, ending with a newline.</summary>
    public static string PrintSchema() =>
        SchemaPrinter.Print(CommunitySchema.Create(CommunityData.Create(new byte[32]))).TrimEnd('\n') + "\n";
}
