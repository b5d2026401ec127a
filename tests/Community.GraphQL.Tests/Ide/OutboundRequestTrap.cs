using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Community.GraphQL.Tests.Ide;

/// <summary>
/// The browser's proxy: every request that is not for 127.0.0.1 (Chromium never proxies
/// loopback) arrives here instead of the network. It is refused, and its request line is kept,
/// so a test can both block the outside world and prove nothing tried to reach it.
/// </summary>
internal sealed class OutboundRequestTrap : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly Task _accepting;

    public OutboundRequestTrap()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The proxy address to give the browser.</summary>
    public string Address => "http://" + _listener.LocalEndpoint;

    /// <summary>The request lines seen, e.g. <c>CONNECT cdn.example:443 HTTP/1.1</c>.</summary>
    public IReadOnlyCollection<string> Requests => _requests.ToArray();

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = RefuseAsync(client);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped.
        }
    }

    private async Task RefuseAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                timeout.CancelAfter(TimeSpan.FromSeconds(10));
                var line = await reader.ReadLineAsync(timeout.Token);
                _requests.Enqueue(line ?? "(connection without a request)");
                await stream.WriteAsync("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), timeout.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
            {
                _requests.Enqueue("(connection without a request)");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
