using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;
using Platform.Data;
using Platform.Identity.Clients;

namespace Platform.Identity.Tokens;

/// <summary>
/// The client credentials grant for server-to-server integrations. The token server has already
/// authenticated the client; the token acts for the unit the client is bound to.
/// </summary>
public sealed class ClientCredentialsGrantHandler(IOpenIddictApplicationManager applications, PlatformDbContext db)
{
    public async Task<IResult> HandleAsync(OpenIddictRequest request, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken)
            ?? throw new InvalidOperationException("The token server let an unknown client through.");

        var (principal, error, description) = await ClientPrincipals.CreateAsync(
            applications, db, application, request.GetScopes(), cancellationToken);
        return principal is null ? TokenResults.Error(error!, description!) : TokenResults.SignIn(principal);
    }
}
