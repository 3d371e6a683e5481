namespace Platform.Api.Tests.Operations;

/// <summary>What an answer to bad input must never show: stack frames, exception types, source or data paths, the error page.</summary>
internal static class NoInternals
{
    public static void In(string body)
    {
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain(".cs:line", body);
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Path.GetTempPath(), body);
        Assert.DoesNotContain("/src/", body);
    }
}
