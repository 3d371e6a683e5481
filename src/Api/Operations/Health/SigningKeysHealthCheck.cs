using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Identity.Keys;

namespace Platform.Api.Operations.Health;

/// <summary>Ready only when the token keys are loaded: without them no token can be issued or validated.</summary>
internal sealed class SigningKeysHealthCheck(SigningKeyRing keys) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(keys.SigningKeys.Count > 0 && keys.EncryptionKeys.Count > 0
            ? HealthCheckResult.Healthy("The signing and encryption keys are loaded.")
            : HealthCheckResult.Unhealthy("No signing or encryption key is loaded."));
}
