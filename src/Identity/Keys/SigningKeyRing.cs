using System.Buffers.Text;
using System.Data;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Tenancy;

namespace Platform.Identity.Keys;

/// <summary>
/// The RSA keys that sign (<c>sig</c>) and encrypt (<c>enc</c>) tokens. They live in the
/// <c>SigningKeys</c> table, so that restarts and every replica on one database use the same
/// keys; the first process that finds none creates them. Loaded once per process.
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
        SystemDbContexts contexts, TimeProvider clock, ILogger logger, string use)
    {
        using var db = contexts.Unscoped();
        var stored = Stored(db, use);
        if (stored.Count == 0)
        {
            try
            {
                // The execution strategy retries the whole transaction when SQL Server picks it
                // as a deadlock victim; the retry then reads the winner's key.
                stored = db.Database.CreateExecutionStrategy().Execute(() => InsertIfMissing(db, clock, logger, use));
            }
            catch (DbUpdateException)
            {
                // Another replica inserted its key between our read and our insert.
                db.ChangeTracker.Clear();
                stored = Stored(db, use);
                if (stored.Count == 0)
                {
                    throw;
                }
            }
        }

        return stored.Select(ToSecurityKey).ToList();
    }

    private static List<SigningKey> InsertIfMissing(PlatformDbContext db, TimeProvider clock, ILogger logger, string use)
    {
        db.ChangeTracker.Clear();

        // Serializable: replicas starting together on an empty table take turns here (SQLite
        // begins the transaction IMMEDIATE), and only the first one inserts.
        using var transaction = db.Database.BeginTransaction(IsolationLevel.Serializable);
        var stored = Stored(db, use);
        if (stored.Count > 0)
        {
            return stored;
        }

        var key = Create(use, clock.GetUtcNow().UtcDateTime);
        db.SigningKeys.Add(key);
        db.SaveChanges();
        transaction.Commit();
        logger.LogInformation("Created the {Use} key {KeyId}", use, key.Id);
        return [key];
    }

    private static List<SigningKey> Stored(PlatformDbContext db, string use) =>
        db.SigningKeys.AsNoTracking()
            .Where(k => k.Use == use)
            .OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Id)
            .ToList();

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
