using System.Net.Http.Headers;
using Community.GraphQL.AspNetCore;
using Community.GraphQL.Execution;
using Community.GraphQL.Subscriptions;
using Community.GraphQL.Tests.Transport;
using Community.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;
using OpenQA.Selenium.Support.UI;

namespace Community.GraphQL.Tests.Ide;

/// <summary>
/// The IDE page in real headless Chromium with no network but the server: the editor loads from
/// the server's own files, a query typed in it runs, a subscription streams over the socket.
/// </summary>
public sealed class GraphiQLBrowserTests : IAsyncLifetime
{
    private const string Sdl = """
        type Query { hello(name: String = "world"): String! }
        type Subscription { messages: String! }
        """;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly InMemoryEventBus _bus = new();
    private TransportTestServer _server = null!;

    public async Task InitializeAsync()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query.hello", ctx => "Hello, " + ctx.Argument<string>("name") + "!")
            .Subscribe("Subscription.messages", ctx => ReadAsync(_bus, ctx))
            .Resolve("Subscription.messages", ctx => (string)ctx.Parent!)
            .Build();
        _server = await TransportTestServer.StartAsync(
            new RequestExecutor(schema),
            o => o.EnableIde = true,
            services =>
            {
                services.AddSingleton(_bus);
                services.AddInMemoryEventBus();
            },
            environment: "Production");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [ChromiumFact]
    public async Task The_ide_runs_a_query_and_a_subscription_with_nothing_but_the_server()
    {
        await using var browser = ChromiumSession.Start();
        var driver = browser.Driver;

        driver.Navigate().GoToUrl(_server.Address);
        var queryEditor = Wait(driver, By.CssSelector(".graphiql-query-editor .monaco-editor .view-lines"));

        TypeOperation(driver, queryEditor, "query Greeting { hello(name: \"Chromium\") }", "Greeting");
        driver.FindElement(By.CssSelector(".graphiql-execute-button")).Click();
        Assert.Contains("\"hello\": \"Hello, Chromium!\"", WaitForResult(driver, "Hello, Chromium!"));

        TypeOperation(driver, queryEditor, "subscription Messages { messages }", "Messages");
        driver.FindElement(By.CssSelector(".graphiql-execute-button")).Click();
        await WaitForSubscriberAsync(browser);
        await _bus.PublishAsync("messages", "Sent by the server");
        Assert.Contains("\"messages\": \"Sent by the server\"", WaitForResult(driver, "Sent by the server"));

        var requested = browser.TakeRequestedUrls();
        Assert.Contains(requested, url => url.StartsWith(_server.WebSocketAddress.ToString(), StringComparison.Ordinal));
        Assert.Contains(requested, url => url.Contains("/graphql/ide/", StringComparison.Ordinal) && url.EndsWith(".worker.js", StringComparison.Ordinal));
        // Of what the page sent over the network, nothing was for another host (data: and chrome:
        // URLs, the page's embedded fonts and the browser's own pages, never leave the process), and
        // no worker came from a blob. The proxy also catches the browser's own housekeeping (update
        // checks, search preconnects), which is not the page's doing: it is shown, not counted.
        var leaving = requested
            .Select(url => new Uri(url))
            .Where(uri => uri.Scheme is "http" or "https" or "ws" or "wss" && uri.Host != "127.0.0.1")
            .ToList();
        Assert.True(leaving.Count == 0, $"The page asked for {string.Join(", ", leaving)}; the proxy refused {string.Join(", ", browser.OutboundRequests)}");
        Assert.DoesNotContain(requested, url => url.StartsWith("blob:", StringComparison.Ordinal));
        Assert.DoesNotContain(browser.TakeConsoleMessages(), m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_page_is_served_with_a_policy_that_allows_only_this_server()
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, _server.Address);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await client.SendAsync(request);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("worker-src 'self';", policy);
        Assert.Contains($"connect-src 'self' ws://{_server.Address.Authority};", policy);
        Assert.DoesNotContain("http", policy);
        Assert.DoesNotContain("blob:", policy);
    }

    /// <summary>
    /// Replaces the editor's text by typing, as a user would, then waits until GraphiQL has parsed
    /// it (it does so shortly after the last key): the tab takes the operation's name. Running
    /// before that would run the previous text.
    /// </summary>
    private static void TypeOperation(IWebDriver driver, IWebElement editor, string query, string operationName)
    {
        new Actions(driver)
            .Click(editor)
            .KeyDown(Keys.Control).SendKeys("a").KeyUp(Keys.Control)
            .SendKeys(Keys.Delete)
            .SendKeys(query)
            .SendKeys(Keys.Escape)
            .Perform();
        Wait(driver, By.XPath($"//*[contains(@class, 'graphiql-tab')][normalize-space(.) = '{operationName}']"));
        var typed = editor.Text.Replace('\u00a0', ' ');
        Assert.True(typed == query, $"Typed \"{query}\", the editor holds \"{typed}\"");
    }

    /// <summary>The result pane's text once it shows <paramref name="expected"/>.</summary>
    private static string WaitForResult(IWebDriver driver, string expected)
    {
        string text = "";
        var wait = new WebDriverWait(driver, Patience);
        try
        {
            wait.Until(d =>
            {
                text = d.FindElement(By.CssSelector(".graphiql-response .monaco-editor .view-lines")).Text.Replace('\u00a0', ' ');
                return text.Contains(expected, StringComparison.Ordinal);
            });
        }
        catch (WebDriverTimeoutException)
        {
            Assert.Fail($"The result pane never showed \"{expected}\"; it shows: {text}");
        }

        return text;
    }

    private static IWebElement Wait(IWebDriver driver, By selector)
    {
        var wait = new WebDriverWait(driver, Patience);
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException));
        try
        {
            return wait.Until(d => d.FindElement(selector));
        }
        catch (WebDriverTimeoutException)
        {
            Assert.Fail($"{selector} never appeared; the page shows: {driver.FindElement(By.TagName("body")).Text}");
            throw;
        }
    }

    private async Task WaitForSubscriberAsync(ChromiumSession browser)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (_bus.SubscriberCount("messages") == 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("The IDE's subscription never reached the server. " + Describe(browser));
            }

            await Task.Delay(50);
        }
    }

    /// <summary>What the editors hold and what the console said, for a failure message.</summary>
    private static string Describe(ChromiumSession browser)
    {
        var editors = browser.Driver.ExecuteScript("return globalThis.__MONACO?.editor.getModels().map(m => m.uri.toString() + ': ' + m.getValue()).join('\\n')");
        return $"Editors:\n{editors}\nConsole:\n{string.Join("\n", browser.TakeConsoleMessages())}";
    }

    private static async IAsyncEnumerable<string> ReadAsync(IEventBus bus, IResolverContext context)
    {
        await using var stream = await bus.SubscribeAsync<string>("messages", context.CancellationToken);
        await foreach (var message in stream.WithCancellation(context.CancellationToken))
        {
            yield return message;
        }
    }
}
