using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Platform.Identity.Tokens;

/// <summary>
/// Records every access token this process issues as valid in <see cref="TokenStatusCache"/>, so
/// that its first use at the API needs no SQL either.
/// </summary>
public sealed class TokenStatusPrimingHandler(TokenStatusCache cache) : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .UseSingletonHandler<TokenStatusPrimingHandler>()
            .SetOrder(OpenIddictServerHandlers.GenerateAccessToken.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        if (context.AccessTokenPrincipal is { } principal && principal.GetTokenId() is { } tokenId)
        {
            cache.Set(tokenId, valid: true, principal.GetAuthorizationId(), principal.GetClaim(PlatformClaims.Subject));
        }

        return default;
    }
}
