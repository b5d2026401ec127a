using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Community.GraphQL.Tests.Ide;

/// <summary>
/// Headless Chromium driven through chromedriver, with a profile of its own and no way out but
/// 127.0.0.1: names other than 127.0.0.1 do not resolve, and whatever is not loopback goes to
/// an <see cref="OutboundRequestTrap"/>. Records the page's network requests and console.
/// </summary>
internal sealed class ChromiumSession : IAsyncDisposable
{
    private readonly DirectoryInfo _profile;
    private readonly OutboundRequestTrap _trap;

    private ChromiumSession(ChromeDriver driver, DirectoryInfo profile, OutboundRequestTrap trap)
    {
        Driver = driver;
        _profile = profile;
        _trap = trap;
    }

    public ChromeDriver Driver { get; }

    /// <summary>Requests, the page's or the browser's own, that tried to leave 127.0.0.1 (refused by the proxy).</summary>
    public IReadOnlyCollection<string> OutboundRequests => _trap.Requests;

    public static ChromiumSession Start()
    {
        Assert.True(Chromium.IsInstalled, $"Chromium is missing: {Chromium.SkipReason ?? "apt-get install chromium chromium-driver"}");
        var profile = Directory.CreateTempSubdirectory("community-chromium-");
        var trap = new OutboundRequestTrap();
        var options = new ChromeOptions { BinaryLocation = Chromium.BinaryPath };
        options.AddArguments(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-default-apps",
            "--disable-client-side-phishing-detection",
            "--disable-domain-reliability",
            "--disable-breakpad",
            "--disable-search-engine-choice-screen",
            "--no-default-browser-check",
            "--no-pings",
            "--metrics-recording-only",
            "--disable-features=Translate,OptimizationHints,MediaRouter,NetworkTimeServiceQuerying,AutofillServerCommunication,PrivacySandboxSettings4",
            "--window-size=1400,900",
            "--user-data-dir=" + profile.FullName,
            "--proxy-server=" + trap.Address,
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        options.SetLoggingPreference("performance", LogLevel.All);
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Chromium.DriverPath)!, Path.GetFileName(Chromium.DriverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromMinutes(2));
        return new ChromiumSession(driver, profile, trap);
    }

    /// <summary>URLs of every request and WebSocket the page made since the last call (Chrome's performance log).</summary>
    public IReadOnlyList<string> TakeRequestedUrls()
    {
        var urls = new List<string>();
        foreach (var entry in Driver.Manage().Logs.GetLog("performance"))
        {
            using var json = JsonDocument.Parse(entry.Message);
            var message = json.RootElement.GetProperty("message");
            var method = message.GetProperty("method").GetString();
            var parameters = message.GetProperty("params");
            if (method == "Network.requestWillBeSent")
            {
                urls.Add(parameters.GetProperty("request").GetProperty("url").GetString()!);
            }
            else if (method == "Network.webSocketCreated")
            {
                urls.Add(parameters.GetProperty("url").GetString()!);
            }
        }

        return urls;
    }

    /// <summary>The console messages since the last call.</summary>
    public IReadOnlyList<string> TakeConsoleMessages()
        => Driver.Manage().Logs.GetLog(LogType.Browser).Select(e => $"{e.Level}: {e.Message}").ToList();

    public async ValueTask DisposeAsync()
    {
        try
        {
            Driver.Quit();
        }
        finally
        {
            Driver.Dispose();
            await _trap.DisposeAsync();
            try
            {
                _profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still be writing its profile as it exits; the temp folder is only litter.
            }
        }
    }
}
