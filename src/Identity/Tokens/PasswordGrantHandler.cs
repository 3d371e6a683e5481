using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Platform.Data;
using Platform.Data.Entities;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Tokens;

/// <summary>
/// The resource-owner password grant, for development and tests only (the server does not
/// enable it elsewhere). Failed attempts count towards the account lockout.
/// </summary>
public sealed class PasswordGrantHandler(
    UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, PlatformDbContext db)
{
    public async Task<IResult> HandleAsync(OpenIddictRequest request, CancellationToken cancellationToken)
    {
        var user = string.IsNullOrEmpty(request.Username) ? null : await users.FindByNameAsync(request.Username);
        if (user is null)
        {
            return InvalidCredentials();
        }

        var result = await signIn.CheckPasswordSignInAsync(user, request.Password ?? "", lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return TokenResults.Error(Errors.InvalidGrant, "The account is locked after repeated failed sign-ins; try again later.");
        }

        if (!result.Succeeded)
        {
            return InvalidCredentials();
        }

        var roles = await users.GetRolesAsync(user);
        var scopes = AccessTokenPrincipal.GrantScopes(request.GetScopes(), PlatformRoles.ScopesOf(roles));
        if (scopes is null)
        {
            return TokenResults.Error(Errors.InvalidScope, "The account's roles do not allow the requested scopes.");
        }

        var unitPath = await db.Units.AsNoTracking()
            .Where(u => u.Id == user.UnitId)
            .Select(u => u.Path)
            .SingleAsync(cancellationToken);

        return TokenResults.SignIn(AccessTokenPrincipal.Create(user.Id, user.DisplayName, user.UnitId, unitPath, roles, scopes));
    }

    private static IResult InvalidCredentials() =>
        TokenResults.Error(Errors.InvalidGrant, "The user name or password is incorrect.");
}
