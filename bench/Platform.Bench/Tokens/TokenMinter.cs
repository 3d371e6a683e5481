using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Platform.Identity;

namespace Platform.Bench.Tokens;

/// <summary>
/// Mints access tokens for demo accounts with the signing key stored in the database, shaped as
/// the token server issues them (RS256, <c>typ: at+jwt</c>, the claims of DESIGN §7), because in
/// Production the token endpoint takes neither the password grant nor plain HTTP. The app checks
/// them as it checks its own (signature, issuer, audience, lifetime, and the token's entry in the
/// store, which the minter writes as the token server would), and so does the baseline.
/// </summary>
internal sealed class TokenMinter : IDisposable
{
    /// <summary>The issuer both servers are configured with (<c>Identity:Issuer</c>).</summary>
    public const string Issuer = "http://127.0.0.1/";

    private readonly RSA key;
    private readonly string keyId;
    private readonly string database;

    private TokenMinter(string database, RSA key, string keyId)
    {
        this.database = database;
        this.key = key;
        this.keyId = keyId;
    }

    /// <summary>Reads the newest signing key; the app creates the keys on its first start (the generator did that).</summary>
    public static TokenMinter For(string database)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id", "Key" FROM "SigningKeys" WHERE "Use" = 'sig' ORDER BY "CreatedAt" DESC LIMIT 1""";
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidOperationException($"{database} has no signing key: generate it with the bench, or start the app on it once.");
        }

        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(reader.GetString(1)), out _);
        return new TokenMinter(database, rsa, reader.GetString(0));
    }

    /// <summary>A token for the demo account <paramref name="userName"/>, valid for an hour.</summary>
    public string For(string userName, string clientId = "demo-frontend")
    {
        var (subject, name, unitId, unitPath, roles) = ReadAccount(userName);
        var issuedAt = DateTimeOffset.UtcNow;
        var now = issuedAt.ToUnixTimeSeconds();
        var tokenId = StoreEntry(subject, issuedAt);
        var header = new Dictionary<string, object> { ["alg"] = "RS256", ["kid"] = keyId, ["typ"] = "at+jwt" };
        var payload = new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["exp"] = now + 3600,
            ["iat"] = now,
            ["aud"] = PlatformClaims.Audience,
            ["scope"] = string.Join(' ', PlatformRoles.ScopesOf(roles)),
            ["jti"] = Guid.NewGuid().ToString(),
            ["oi_tkn_id"] = tokenId,
            ["sub"] = subject,
            ["name"] = name,
            ["unit_id"] = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["unit_path"] = unitPath,
            ["role"] = roles.Count == 1 ? roles[0] : roles,
            ["oi_prst"] = clientId,
            ["client_id"] = clientId,
        };
        var signed = $"{Encode(header)}.{Encode(payload)}";
        var signature = key.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signed}.{Base64Url.EncodeToString(signature)}";
    }

    public void Dispose() => key.Dispose();

    /// <summary>The token's entry in OpenIddict's store, valid, as the token server writes one for every token it issues.</summary>
    private string StoreEntry(string subject, DateTimeOffset issuedAt)
    {
        var id = Guid.NewGuid().ToString();
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO "OpenIddictTokens" ("Id", "ConcurrencyToken", "CreationDate", "ExpirationDate", "Status", "Subject", "Type")
            VALUES ($id, $concurrency, $created, $expires, 'valid', $subject, 'access_token')
            """;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$concurrency", Guid.NewGuid().ToString());
        command.Parameters.AddWithValue("$created", issuedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$expires", issuedAt.UtcDateTime.AddHours(1).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$subject", subject);
        command.ExecuteNonQuery();
        return id;
    }

    private (string Subject, string Name, int UnitId, string UnitPath, List<string> Roles) ReadAccount(string userName)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT u."Id", u."DisplayName", u."UnitId", n."Path", r."Name"
            FROM "AspNetUsers" AS u
            JOIN "Units" AS n ON n."Id" = u."UnitId"
            JOIN "AspNetUserRoles" AS ur ON ur."UserId" = u."Id"
            JOIN "AspNetRoles" AS r ON r."Id" = ur."RoleId"
            WHERE u."UserName" = $name
            """;
        command.Parameters.AddWithValue("$name", userName);
        using var reader = command.ExecuteReader();
        (string, string, int, string)? account = null;
        var roles = new List<string>();
        while (reader.Read())
        {
            account ??= (reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3));
            roles.Add(reader.GetString(4));
        }

        var (subject, name, unitId, unitPath) = account ?? throw new InvalidOperationException($"No demo account '{userName}' in {database}.");
        return (subject, name, unitId, unitPath, roles);
    }

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static string Encode(object value) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(value));
}
