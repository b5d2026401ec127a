using Community.Api.Authentication;
using Community.Api.Cli;
using Community.Api.Data;
using Community.Api.GraphQL;
using Community.Api.Webhooks;
using Community.Api.Realtime;

// A first argument that names a command-line verb (seed, export-schema, ...) runs that verb;
// anything else starts the server.
if (CommandLineVerbs.IsVerb(args))
{
    return await CommandLineVerbs.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCommunityDatabase(builder.Configuration);
builder.Services.AddCommunityGraphQL(builder.Configuration, builder.Environment);
builder.Services.AddCommunityRealtime(builder.Configuration);
builder.Services.AddCommunityAuthentication(builder.Configuration);
builder.Services.AddCommunityWebhooks(builder.Configuration, builder.Environment);
var app = builder.Build();
app.UseAuthentication();
app.MapGet("/health", () => Results.Ok(new { status = "Healthy" }));
app.MapCommunityGraphQL().RequireSignedInMember();
await app.RunAsync();
return 0;

/// <summary>Entry point type, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
