using Microsoft.AspNetCore.Http;

namespace Platform.Identity.Accounts;

/// <summary>The texts of the account pages: Chinese first, English when the browser prefers it.</summary>
public sealed record PageText(
    string Lang,
    string SignInTitle,
    string UserName,
    string Password,
    string SignIn,
    string InvalidCredentials,
    string SignedIn,
    string SignedOut,
    string ActivateTitle,
    string ActivationCode,
    string NewPassword,
    string ConfirmPassword,
    string Activate,
    string InvalidActivation,
    string PasswordTooShort,
    string PasswordTooLong,
    string PasswordsDiffer,
    string Activated,
    string PasswordHint,
    string FormExpired)
{
    public static readonly PageText Chinese = new(
        "zh-CN", "登录", "用户名", "密码", "登录", "用户名或密码不正确。",
        "已登录。请回到您的应用继续。", "您已退出登录。",
        "激活账号", "激活码", "新密码", "确认新密码", "设置密码并激活", "用户名或激活码不正确。",
        "密码至少需要 {0} 个字符。", "密码最多 {0} 个字符。", "两次输入的密码不一致。",
        "账号已激活，请使用新密码登录。", "至少 {0} 个字符；可以使用一句容易记住的话。", "页面已过期，请重新提交。");

    public static readonly PageText English = new(
        "en", "Sign in", "User name", "Password", "Sign in", "The user name or password is incorrect.",
        "You are signed in. Return to your application to continue.", "You are signed out.",
        "Activate your account", "Activation code", "New password", "Confirm the new password", "Set the password and activate",
        "The user name or activation code is incorrect.",
        "The password must be at least {0} characters long.", "The password must be at most {0} characters long.",
        "The two passwords differ.", "The account is active: sign in with the new password.",
        "At least {0} characters; a sentence you remember works well.", "The page expired; please submit it again.");

    /// <summary>English when the request's <c>Accept-Language</c> ranks English above Chinese; Chinese otherwise.</summary>
    public static PageText For(HttpRequest request)
    {
        var ranked = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? "");
        foreach (var language in ranked)
        {
            if (language.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            {
                return Chinese;
            }

            if (language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return English;
            }
        }

        return Chinese;
    }
}
