using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using Platform.Data.Entities;
using Platform.Data.Tenancy;

namespace Platform.Identity.Keys;

/// <summary>
/// The RSA keys that sign (<c>sig</c>) and encrypt (<c>enc</c>) tokens, kept as <see cref="StoredKeys"/>.
/// Loaded once per process.
/// </summary>
public sealed class SigningKeyRing(SystemDbContexts contexts, TimeProvider clock, ILogger<SigningKeyRing> logger)
{
    public const string Signing = "sig";
    public const string Encryption = "enc";

    private const int KeySize = 2048;

    private readonly Lazy<IReadOnlyList<RsaSecurityKey>> signingKeys = new(() => LoadKeys(contexts, clock, logger, Signing));
    private readonly Lazy<IReadOnlyList<RsaSecurityKey>> encryptionKeys = new(() => LoadKeys(contexts, clock, logger, Encryption));

    /// <summary>Signing keys, newest first; the first one signs, the others still verify.</summary>
    public IReadOnlyList<RsaSecurityKey> SigningKeys => signingKeys.Value;

    /// <summary>Encryption keys, newest first.</summary>
    public IReadOnlyList<RsaSecurityKey> EncryptionKeys => encryptionKeys.Value;

    /// <summary>Adds the stored keys to the token server's credentials.</summary>
    public void AddTo(OpenIddictServerOptions options)
    {
        foreach (var key in SigningKeys)
        {
            options.SigningCredentials.Add(new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        }

        foreach (var key in EncryptionKeys)
        {
            options.EncryptionCredentials.Add(new EncryptingCredentials(
                key, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
        }
    }

    private static IReadOnlyList<RsaSecurityKey> LoadKeys(
        SystemDbContexts contexts, TimeProvider clock, ILogger logger, string use) =>
        StoredKeys.LoadOrCreate(contexts, clock, logger, use, now => Create(use, now)).Select(ToSecurityKey).ToList();

    private static SigningKey Create(string use, DateTime now)
    {
        using var rsa = RSA.Create(KeySize);

        // The key id is the hash of the public key: unique, and the same wherever the key is loaded.
        var id = Base64Url.EncodeToString(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()));
        return new SigningKey
        {
            Id = id,
            Use = use,
            Key = Convert.ToBase64String(rsa.ExportPkcs8PrivateKey()),
            CreatedAt = now,
        };
    }

    private static RsaSecurityKey ToSecurityKey(SigningKey stored)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(stored.Key), out _);
        return new RsaSecurityKey(rsa) { KeyId = stored.Id };
    }
}
