using System.Security.Cryptography;
using System.Text;

namespace Platform.Data.Protection;

/// <summary>
/// Encrypts personal data for its column and hashes it for equality lookups. The cipher is
/// AES-CBC with a synthetic IV (an HMAC of the plain text), so equal values encrypt equally and
/// an equality filter on the column still works; the lookup hash is an HMAC of the normalised
/// value. The keys are the process's (<see cref="Use"/>): EF Core builds the model, and with it
/// the column converters, once per process.
/// </summary>
public static class PiiCipher
{
    /// <summary>Marks a protected value; a value without it is read as written (rows from before encryption).</summary>
    public const string Prefix = "pii1:";

    private static PiiKeys? keys;

    private static PiiKeys Keys => keys ?? throw new InvalidOperationException("The PII keys are not configured (AddPlatformData sets them).");

    /// <summary>Sets the process's keys; a second, different key in the same process is refused.</summary>
    public static void Use(string base64Key)
    {
        var next = PiiKeys.From(base64Key);
        var current = Interlocked.CompareExchange(ref keys, next, null);
        if (current is not null && !current.Lookup.AsSpan().SequenceEqual(next.Lookup))
        {
            throw new InvalidOperationException("This process already protects personal data with another Pii:Key.");
        }
    }

    public static string Protect(string plain)
    {
        var bytes = Encoding.UTF8.GetBytes(plain);
        var iv = HMACSHA256.HashData(Keys.Iv, bytes)[..16];
        using var aes = Aes.Create();
        aes.Key = Keys.Cipher;
        var cipher = aes.EncryptCbc(bytes, iv);
        return Prefix + Convert.ToBase64String([.. iv, .. cipher]);
    }

    public static string Unprotect(string stored)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return stored;
        }

        var data = Convert.FromBase64String(stored[Prefix.Length..]);
        using var aes = Aes.Create();
        aes.Key = Keys.Cipher;
        return Encoding.UTF8.GetString(aes.DecryptCbc(data.AsSpan(16), data.AsSpan(0, 16)));
    }

    /// <summary>The keyed hash of a value for matching: spaces and hyphens dropped, letters upper-cased (an ID number's X).</summary>
    public static string? Hash(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var normal = new string(value.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
        return Convert.ToHexString(HMACSHA256.HashData(Keys.Lookup, Encoding.UTF8.GetBytes(normal)));
    }
}
