using Microsoft.IdentityModel.JsonWebTokens;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Platform.Identity.Tokens;

/// <summary>
/// Refuses access tokens without <c>exp</c> (a token that never expires is a stolen key for
/// ever) and tokens whose <c>nbf</c> lies in the future, both beyond
/// <see cref="TokenLifetimeOptions.ClockSkew"/>. OpenIddict checks an <c>exp</c> only when there
/// is one, and checks no <c>nbf</c> at all. Runs after the signature is verified, so it reads
/// only tokens this server signed.
/// </summary>
public sealed class RequireTokenLifetime(TokenLifetimeOptions options) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<RequireTokenLifetime>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateExpirationDate.Descriptor.Order + 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var now = context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
        if (context.Principal?.GetExpirationDate() is null)
        {
            context.Reject(error: Errors.InvalidToken, description: "The access token has no expiration date.");
            return default;
        }

        // "nbf" is read from the token itself, whose signature the handlers before this one verified.
        if (new JsonWebTokenHandler().CanReadToken(context.Token)
            && new JsonWebToken(context.Token).TryGetPayloadValue<long>(JwtRegisteredClaimNames.Nbf, out var notBefore)
            && DateTimeOffset.FromUnixTimeSeconds(notBefore) > now.Add(options.ClockSkew))
        {
            context.Reject(error: Errors.InvalidToken, description: "The access token is not valid yet.");
        }

        return default;
    }
}
