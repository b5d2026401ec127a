using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types;

/// <summary>Builds schemas that are expected to fail and returns their error messages.</summary>
internal static class SchemaErrors
{
    public static IReadOnlyList<string> Of(string sdl) => Of(SchemaBuilder.FromSdl(sdl));

    public static IReadOnlyList<string> Of(SchemaBuilder builder)
        => Assert.Throws<SchemaValidationException>(() => builder.Build()).Errors;

    /// <summary>Asserts that the SDL builds, with a query root added when it has none.</summary>
    public static Schema Valid(string sdl) => SchemaBuilder.BuildFromSdl(sdl);
}
