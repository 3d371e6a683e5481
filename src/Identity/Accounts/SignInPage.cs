using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Identity.Accounts;

/// <summary>
/// <c>/account/signin</c>: the form a person signs in with during the authorization code flow.
/// Every failure gets the one message of <see cref="PageText.InvalidCredentials"/>, tied to both fields.
/// </summary>
public static class SignInPage
{
    private const string ErrorId = "signin-error";

    public static IResult Get(HttpContext context)
    {
        var text = PageText.For(context.Request);
        var query = context.Request.Query;
        var notice = query.ContainsKey("signedOut") ? text.SignedOut : query.ContainsKey("activated") ? text.Activated : null;
        return Form(context, text, query["ReturnUrl"], userName: null, error: null, notice);
    }

    public static async Task<IResult> PostAsync(HttpContext context)
    {
        var text = PageText.For(context.Request);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string? returnUrl = form["ReturnUrl"];
        string? userName = form["username"];
        if (!await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            return Form(context, text, returnUrl, userName, text.FormExpired, notice: null, StatusCodes.Status400BadRequest);
        }

        var user = await context.RequestServices.GetRequiredService<CredentialCheck>().CheckAsync(userName, form["password"]);
        if (user is null)
        {
            return Form(context, text, returnUrl, userName, text.InvalidCredentials, notice: null);
        }

        await context.SignInAsync(SignInSession.Scheme, SignInSession.PrincipalFor(user));
        return SignInSession.IsReturnUrl(context, returnUrl)
            ? Results.Redirect(returnUrl!)
            : AccountPage.Render(context, text, text.SignInTitle, AccountPage.Notice(text.SignedIn));
    }

    private static IResult Form(
        HttpContext context, PageText text, string? returnUrl, string? userName, string? error, string? notice, int status = StatusCodes.Status200OK)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var errorId = error is null ? null : ErrorId;
        var body = string.Concat(
            notice is null ? "" : AccountPage.Notice(notice),
            error is null ? "" : AccountPage.Error(ErrorId, error),
            "<form method=\"post\" action=\"", AccountPage.Encode(context.Request.PathBase + SignInSession.SignInPath), "\" novalidate>",
            AccountPage.Hidden(tokens.FormFieldName, tokens.RequestToken),
            AccountPage.Hidden("ReturnUrl", SignInSession.IsReturnUrl(context, returnUrl) ? returnUrl : null),
            AccountPage.Field("username", text.UserName, "text", "username", userName, errorId),
            AccountPage.Field("password", text.Password, "password", "current-password", errorId: errorId),
            "<button type=\"submit\">", AccountPage.Encode(text.SignIn), "</button></form>");
        return AccountPage.Render(context, text, text.SignInTitle, body, status);
    }
}
