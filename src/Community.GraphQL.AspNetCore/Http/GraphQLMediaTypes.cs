namespace Community.GraphQL.AspNetCore.Http;

/// <summary>The media types of GraphQL over HTTP, GraphQL over SSE and the IDE page.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";
    public const string Html = "text/html";
}
