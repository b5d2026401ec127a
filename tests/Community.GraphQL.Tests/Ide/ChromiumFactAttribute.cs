namespace Community.GraphQL.Tests.Ide;

/// <summary>A test that drives Chromium: skipped with the reason shown when <see cref="Chromium.SkipReason"/> says so.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute() => Skip = Chromium.SkipReason;
}
