namespace Platform.Data.Entities;

/// <summary>A token signing or encryption key, stored so that every replica and restart shares it.</summary>
public sealed class SigningKey
{
    public string Id { get; set; } = "";

    /// <summary><c>sig</c> or <c>enc</c>.</summary>
    public string Use { get; set; } = "";

    /// <summary>PKCS#8 private key, base64.</summary>
    public string Key { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
