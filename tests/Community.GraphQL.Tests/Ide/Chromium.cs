namespace Community.GraphQL.Tests.Ide;

/// <summary>
/// Debian's Chromium and its driver (<c>apt-get install chromium chromium-driver</c>; .ci/run
/// installs them). Without them browser tests are skipped, except on CI (<c>CI=true</c>), where
/// they run and fail instead.
/// </summary>
internal static class Chromium
{
    public const string BrowserPath = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";

    /// <summary>
    /// The binary behind Debian's launcher script, started directly: the script adds Google API
    /// keys and remote extensions, which send the browser itself (not the page) to Google's servers.
    /// </summary>
    public const string BinaryPath = "/usr/lib/chromium/chromium";

    public static bool IsInstalled => File.Exists(BrowserPath) && File.Exists(BinaryPath) && File.Exists(DriverPath);

    /// <summary>Why browser tests are skipped, or null when they run (Chromium is installed, or this is CI).</summary>
    public static string? SkipReason =>
        IsInstalled || IsCi ? null : $"Browser tests need {BrowserPath} and {DriverPath}: apt-get install chromium chromium-driver.";

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
