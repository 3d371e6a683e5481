using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Api.Tests.Infrastructure;
using Platform.Data;
using Platform.Data.Tenancy;

namespace Platform.Api.Tests.Acceptance;

/// <summary>
/// Signs access tokens with the host's real signing key, read from its <c>SigningKeys</c> table,
/// so that a token can differ from a genuine one in exactly one respect (lifetime, audience).
/// </summary>
public sealed class TokenForge
{
    private readonly SigningCredentials credentials;

    private TokenForge(SigningCredentials credentials) => this.credentials = credentials;

    /// <summary>Reads the newest signing key of <paramref name="factory"/>'s database.</summary>
    public static async Task<TokenForge> ForAsync(PlatformFactory factory)
    {
        using var db = factory.Services.GetRequiredService<SystemDbContexts>().Unscoped();
        var stored = await db.SigningKeys.AsNoTracking()
            .Where(k => k.Use == "sig")
            .OrderByDescending(k => k.CreatedAt)
            .FirstAsync();

        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(stored.Key), out _);
        var key = new RsaSecurityKey(rsa) { KeyId = stored.Id };
        return new TokenForge(new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
    }

    /// <summary>
    /// A token with every payload claim of <paramref name="genuine"/>, issued an hour before
    /// <paramref name="expires"/>, with the claims in <paramref name="overrides"/> replaced and
    /// those named in <paramref name="omit"/> left out.
    /// </summary>
    public string Forge(
        string genuine, DateTimeOffset expires, IReadOnlyDictionary<string, object>? overrides = null, IEnumerable<string>? omit = null)
    {
        var claims = new Dictionary<string, object>();
        foreach (var claim in Jwt.Payload(genuine).EnumerateObject())
        {
            claims[claim.Name] = ToClaimValue(claim.Value);
        }

        var issuedAt = expires.AddHours(-1).ToUnixTimeSeconds();
        claims[JwtRegisteredClaimNames.Iat] = issuedAt;
        claims[JwtRegisteredClaimNames.Nbf] = issuedAt;
        claims[JwtRegisteredClaimNames.Exp] = expires.ToUnixTimeSeconds();
        foreach (var (name, value) in overrides ?? new Dictionary<string, object>())
        {
            claims[name] = value;
        }

        foreach (var name in omit ?? [])
        {
            claims.Remove(name);
        }

        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = credentials,
            TokenType = Jwt.Header(genuine).GetProperty("typ").GetString(),
        });
    }

    private static object ToClaimValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetInt64(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(ToClaimValue).ToList(),
        _ => throw new NotSupportedException($"A claim of kind {value.ValueKind} is not expected in an access token."),
    };
}
