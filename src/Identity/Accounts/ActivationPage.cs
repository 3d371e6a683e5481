using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Data.Entities;

namespace Platform.Identity.Accounts;

/// <summary>
/// <c>/account/activate</c>: a person sets the first password (or a new one after a reset) with the
/// one-time code an admin gave them. A wrong code and an unknown user get the same message.
/// </summary>
public static class ActivationPage
{
    private const string ErrorId = "activate-error";
    private const string HintId = "password-hint";

    public static IResult Get(HttpContext context) =>
        Form(context, PageText.For(context.Request), context.Request.Query["username"], error: null, errorField: null);

    public static async Task<IResult> PostAsync(HttpContext context)
    {
        var text = PageText.For(context.Request);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string? userName = form["username"];
        if (!await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            return Form(context, text, userName, text.FormExpired, errorField: null, StatusCodes.Status400BadRequest);
        }

        var activation = context.RequestServices.GetRequiredService<AccountActivation>();
        var result = await activation.ActivateAsync(userName, form["code"], form["password"], form["confirm"]);
        if (result == ActivationResult.Activated)
        {
            return Results.Redirect(context.Request.PathBase + SignInSession.SignInPath + "?activated=1");
        }

        var minimum = context.RequestServices.GetRequiredService<IOptions<PlatformIdentityOptions>>().Value.PasswordMinimumLength;
        var (message, field) = result switch
        {
            ActivationResult.PasswordTooShort => (string.Format(text.PasswordTooShort, minimum), "password"),
            ActivationResult.PasswordTooLong => (string.Format(text.PasswordTooLong, AccountActivation.MaxPasswordLength), "password"),
            ActivationResult.PasswordsDiffer => (text.PasswordsDiffer, "confirm"),
            _ => (text.InvalidActivation, "code"),
        };
        return Form(context, text, userName, message, field);
    }

    private static IResult Form(HttpContext context, PageText text, string? userName, string? error, string? errorField, int status = StatusCodes.Status200OK)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var minimum = context.RequestServices.GetRequiredService<IOptions<PlatformIdentityOptions>>().Value.PasswordMinimumLength;
        string? ErrorFor(params string[] fields) => error is not null && (errorField is null || fields.Contains(errorField)) ? ErrorId : null;
        var body = string.Concat(
            error is null ? "" : AccountPage.Error(ErrorId, error),
            "<form method=\"post\" action=\"", AccountPage.Encode(context.Request.PathBase + SignInSession.ActivatePath), "\" novalidate>",
            AccountPage.Hidden(tokens.FormFieldName, tokens.RequestToken),
            AccountPage.Field("username", text.UserName, "text", "username", userName, ErrorFor("code")),
            AccountPage.Field("code", text.ActivationCode, "text", "one-time-code", errorId: ErrorFor("code")),
            AccountPage.Field("password", text.NewPassword, "password", "new-password", errorId: ErrorFor("password"),
                hintId: HintId, hint: string.Format(text.PasswordHint, minimum)),
            AccountPage.Field("confirm", text.ConfirmPassword, "password", "new-password", errorId: ErrorFor("confirm")),
            "<button type=\"submit\">", AccountPage.Encode(text.Activate), "</button></form>");
        return AccountPage.Render(context, text, text.ActivateTitle, body, status);
    }
}
