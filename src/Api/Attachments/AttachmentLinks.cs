using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Attachments;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Tenancy;
using Platform.Identity.Keys;
using Platform.Workflow.Attachments;

namespace Platform.Api.Attachments;

/// <summary>
/// Short-lived download links, <c>/attachments/{id}?expires=…&amp;sig=…</c>: an HMAC-SHA256 of the
/// attachment's key and the expiry with a key kept in the database (<see cref="StoredKeys"/>, use
/// <c>link</c>), so that every replica verifies what any replica issued. A link is issued only from
/// a row the reader was just shown, so whoever holds it was allowed to see the file when it was issued.
/// </summary>
public sealed class AttachmentLinks(
    SystemDbContexts contexts, TimeProvider time, IClock clock, IOptions<AttachmentOptions> options, ILogger<AttachmentLinks> logger)
{
    public const string KeyUse = "link";
    public const string PathPrefix = "/attachments/";

    private readonly Lazy<IReadOnlyList<byte[]>> keys = new(() => StoredKeys
        .LoadOrCreate(contexts, time, logger, KeyUse, Create)
        .Select(k => Convert.FromBase64String(k.Key))
        .ToList());

    /// <summary>The link to the attachment with key <paramref name="attachmentId"/>, valid for <c>Attachments:LinkLifetime</c>.</summary>
    public string Issue(int attachmentId)
    {
        var expires = new DateTimeOffset(clock.UtcNow.Add(options.Value.LinkLifetime)).ToUnixTimeSeconds();
        var signature = Base64Url.EncodeToString(Sign(keys.Value[0], attachmentId, expires));
        return $"{PathPrefix}{Uri.EscapeDataString(GlobalId.Encode(AttachmentType.TypeName, attachmentId))}?expires={expires}&sig={signature}";
    }

    /// <summary>The attachment's key if the link's signature is one of ours and it has not expired.</summary>
    public LinkCheck Verify(string id, string? expires, string? sig)
    {
        if (GlobalId.DecodeKey(id, AttachmentType.TypeName) is not { } key
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt)
            || string.IsNullOrEmpty(sig) || !Base64Url.IsValid(sig))
        {
            return LinkCheck.Invalid;
        }

        var given = Base64Url.DecodeFromChars(sig);
        if (!keys.Value.Any(k => CryptographicOperations.FixedTimeEquals(Sign(k, key, expiresAt), given)))
        {
            return LinkCheck.Invalid;
        }

        return new DateTimeOffset(clock.UtcNow).ToUnixTimeSeconds() < expiresAt ? LinkCheck.Valid(key) : LinkCheck.Expired;
    }

    private static byte[] Sign(byte[] key, int attachmentId, long expires) =>
        HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(FormattableString.Invariant($"attachment:{attachmentId}:{expires}")));

    private static SigningKey Create(DateTime now)
    {
        var secret = RandomNumberGenerator.GetBytes(32);
        return new SigningKey
        {
            // The id is the hash of the key: unique, and says nothing of it.
            Id = Base64Url.EncodeToString(SHA256.HashData(secret)),
            Use = KeyUse,
            Key = Convert.ToBase64String(secret),
            CreatedAt = now,
        };
    }
}
