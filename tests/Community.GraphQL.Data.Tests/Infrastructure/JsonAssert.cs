using System.Text.Json;

namespace Community.GraphQL.Data.Tests.Infrastructure;

public static class JsonAssert
{
    /// <summary>Fails with the errors when the response has any.</summary>
    public static void NoErrors(JsonElement response)
    {
        if (response.TryGetProperty("errors", out var errors))
        {
            Assert.Fail("Unexpected errors: " + errors.GetRawText());
        }
    }

    public static string ErrorCode(JsonElement response) =>
        response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    public static long[] Ids(JsonElement response, string field = "articles", string list = "nodes") =>
        response.GetProperty("data").GetProperty(field).GetProperty(list).EnumerateArray().Select(n => long.Parse(n.GetProperty("id").GetRawText())).ToArray();
}
