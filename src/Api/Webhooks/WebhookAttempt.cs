namespace Platform.Api.Webhooks;

/// <summary>What one post of a delivery came to: the receiver's status code, if it answered, and why it failed, if it did.</summary>
public sealed record WebhookAttempt(bool Succeeded, int? StatusCode, string? Error);
