using System.Security.Cryptography;
using System.Text;

namespace Platform.Data.Protection;

/// <summary>
/// The keys that protect petitioners' ID numbers and phones at rest, derived from one secret
/// (<c>Pii:Key</c>): one for the cipher, one for its synthetic IV and one for the lookup hash, so
/// that neither the hash nor the IV says anything the cipher key would.
/// </summary>
public sealed class PiiKeys
{
    /// <summary>
    /// The development key, published here and in README: Development, Testing and the design-time
    /// tools use it when <c>Pii:Key</c> is not set. Every other environment refuses to start without a key.
    /// </summary>
    public const string DevelopmentKey = "ZGV2ZWxvcG1lbnQtb25seS1waWkta2V5LWRvLW5vdC11c2U=";

    private PiiKeys(byte[] secret)
    {
        Cipher = Derive(secret, "cipher");
        Iv = Derive(secret, "iv");
        Lookup = Derive(secret, "lookup");
    }

    public byte[] Cipher { get; }

    public byte[] Iv { get; }

    public byte[] Lookup { get; }

    /// <summary>The keys of a base64 secret of at least 32 bytes.</summary>
    public static PiiKeys From(string base64)
    {
        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("Pii:Key must be base64 (e.g. `openssl rand -base64 32`).");
        }

        return secret.Length >= 32
            ? new PiiKeys(secret)
            : throw new InvalidOperationException("Pii:Key must hold at least 32 bytes (e.g. `openssl rand -base64 32`).");
    }

    private static byte[] Derive(byte[] secret, string purpose) =>
        HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("platform.pii." + purpose));
}
