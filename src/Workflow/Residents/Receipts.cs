using System.Security.Cryptography;
using System.Text;

namespace Platform.Workflow.Residents;

/// <summary>
/// Receipt codes: 20 characters of Crockford base32 (100 random bits) in groups of five, e.g.
/// <c>7KQ2M-X9D4A-PV3NC-8HT6W</c>. Only their SHA-256 is stored, so the database cannot give one away;
/// 100 bits cannot be guessed, and lookups are rate-limited besides.
/// </summary>
public static class Receipts
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 20;

    public static string New()
    {
        var code = new StringBuilder(Length + 3);
        for (var i = 0; i < Length; i++)
        {
            if (i > 0 && i % 5 == 0)
            {
                code.Append('-');
            }

            code.Append(Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]);
        }

        return code.ToString();
    }

    /// <summary>The stored form of a code as a resident may type it: case, spaces and hyphens do not matter, O reads as 0, I and L as 1.</summary>
    public static string? Hash(string? code)
    {
        var normal = new string((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-')
            .Select(c => char.ToUpperInvariant(c) switch { 'O' => '0', 'I' or 'L' => '1', var u => u })
            .ToArray());
        return normal.Length != Length || normal.Any(c => !Alphabet.Contains(c))
            ? null
            : Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(normal)));
    }
}
