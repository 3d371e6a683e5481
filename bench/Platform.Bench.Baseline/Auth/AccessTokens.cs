using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Bench.Baseline.Data;

namespace Platform.Bench.Baseline.Auth;

/// <summary>
/// Checks the bearer token as the app's validation does — RS256 signature with the signing keys
/// of the database, issuer, audience <c>platform-api</c>, token type <c>at+jwt</c>, lifetime — with
/// the same library underneath, so that both servers pay for it on every request.
/// </summary>
public sealed class AccessTokens
{
    private readonly JsonWebTokenHandler handler = new();
    private readonly TokenValidationParameters parameters;

    public AccessTokens(BaselineOptions options)
    {
        parameters = new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = "platform-api",
            ValidTypes = ["at+jwt"],
            IssuerSigningKeys = ReadKeys(options.Database),
            ValidateLifetime = true,
        };
    }

    /// <summary>The caller's tenant, or null when the request carries no valid token.</summary>
    public async Task<Tenant?> AuthenticateAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return null;
        }

        var result = await handler.ValidateTokenAsync(header["Bearer ".Length..], parameters);
        if (!result.IsValid
            || Claim(result, "unit_path") is not string path
            || !int.TryParse(Claim(result, "unit_id") as string, out var unitId))
        {
            return null;
        }

        var scopes = (Claim(result, "scope") as string ?? "").Split(' ');
        return new Tenant(path, unitId, scopes.Contains("pii.read"));
    }

    private static object? Claim(TokenValidationResult result, string name) =>
        result.Claims.TryGetValue(name, out var value) ? value : null;

    private static List<SecurityKey> ReadKeys(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id", "Key" FROM "SigningKeys" WHERE "Use" = 'sig' ORDER BY "CreatedAt" DESC""";
        using var reader = command.ExecuteReader();
        var keys = new List<SecurityKey>();
        while (reader.Read())
        {
            var rsa = RSA.Create();
            rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(reader.GetString(1)), out _);
            keys.Add(new RsaSecurityKey(rsa) { KeyId = reader.GetString(0) });
        }

        return keys;
    }
}
