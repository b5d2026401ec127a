using System.CommandLine;

namespace Community.Api.Cli;

/// <summary>The host's command-line verbs; each verb lives in its own file and is listed here.</summary>
internal static class CommandLineVerbs
{
    private static RootCommand CreateRoot()
    {
        var root = new RootCommand("Community Graph: a headless community API over GraphQL.");
        root.Subcommands.Add(SeedCommand.Create());
        root.Subcommands.Add(ExportSchemaCommand.Create());
        root.Subcommands.Add(TokenCommand.Create());
        return root;
    }

    public static bool IsVerb(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return false;
        }

        return CreateRoot().Subcommands.Any(c => c.Name == args[0]);
    }

    public static Task<int> RunAsync(string[] args) => CreateRoot().Parse(args).InvokeAsync();
}
