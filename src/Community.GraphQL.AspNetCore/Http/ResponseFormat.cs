namespace Community.GraphQL.AspNetCore.Http;

/// <summary>How a response is sent, chosen from the request's <c>Accept</c> header.</summary>
internal enum ResponseFormat
{
    /// <summary>No format the client accepts: 406.</summary>
    None,

    /// <summary><c>application/json</c>: request errors are 200 with <c>errors</c>.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: request errors are 400.</summary>
    GraphQLResponse,

    /// <summary><c>text/event-stream</c>: GraphQL over SSE.</summary>
    EventStream,

    /// <summary><c>text/html</c>: the IDE page (GET only).</summary>
    Html,
}
