using System.Security.Cryptography;
using System.Text;

namespace Platform.Identity.Accounts;

/// <summary>
/// One-time activation codes: 16 characters from an alphabet without look-alikes (80 bits),
/// grouped by four for reading out. Only their SHA-256 is stored; a slow hash is not needed
/// for a random secret of this size, and lockout bounds the guesses anyway.
/// </summary>
public static class ActivationCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Length = 16;

    public static string Create()
    {
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        var code = new string(chars);
        return string.Join('-', code.Chunk(4).Select(c => new string(c)));
    }

    /// <summary>The stored form: hex SHA-256 of the code without separators, upper case.</summary>
    public static string Hash(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(code))));

    /// <summary>Compares in constant time, so the answer's timing does not help guessing.</summary>
    public static bool Matches(string? code, string? storedHash) =>
        code is not null && storedHash is not null && storedHash.Length == 64
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(code)), Encoding.ASCII.GetBytes(storedHash));

    private static string Normalize(string code) =>
        new(code.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray());
}
