using Community.Api.Tests.GraphQL;

namespace Community.Api.Tests.Authentication;

/// <summary>One Development server with the who-am-I probe, shared by a test class (each test signs in its own subjects).</summary>
public sealed class ProbedApiServer : IDisposable
{
    public ApiServer Server { get; } = SignInServer.Start();

    public void Dispose() => Server.Dispose();
}
