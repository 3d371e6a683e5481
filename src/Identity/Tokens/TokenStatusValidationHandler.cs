using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Platform.Identity.Tokens;

/// <summary>
/// Refuses an access token at the API once it was revoked — by the revocation endpoint, by a
/// reused refresh token revoking its chain, or by deactivating its account or client
/// (<see cref="TokenStatusCheck"/>).
/// </summary>
public sealed class TokenStatusValidationHandler(TokenStatusCheck status)
    : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<TokenStatusValidationHandler>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateExpirationDate.Descriptor.Order + 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (context.IsRejected || context.Principal is null)
        {
            return;
        }

        if (!await status.IsValidAsync(context.Principal.GetTokenId(), context.CancellationToken))
        {
            context.Reject(Errors.InvalidToken, "The access token is no longer valid.");
        }
    }
}
