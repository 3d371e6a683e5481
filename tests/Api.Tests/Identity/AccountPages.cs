using System.Net;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Identity;

/// <summary>Drives the account pages as a browser does: load the form, post it with its anti-forgery field.</summary>
public static class AccountPages
{
    /// <summary>Sets the password of <paramref name="userName"/> with its activation code on <c>/account/activate</c>.</summary>
    public static async Task<HttpResponseMessage> ActivateAsync(PlatformFactory factory, string userName, string code, string password, string? confirm = null)
    {
        using var flow = new CodeFlowClient(factory);
        var page = await flow.Browser.GetStringAsync("/account/activate");
        return await flow.Browser.PostAsync("/account/activate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__csrf"] = CodeFlowClient.HiddenValue(page, "__csrf"),
            ["username"] = userName,
            ["code"] = code,
            ["password"] = password,
            ["confirm"] = confirm ?? password,
        }));
    }

    /// <summary>Activates and asserts that the page sent the person on to the sign-in page.</summary>
    public static async Task ActivateOrFailAsync(PlatformFactory factory, string userName, string code, string password)
    {
        using var response = await ActivateAsync(factory, userName, code, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        Assert.Contains("/account/signin", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
