namespace Platform.Api.GraphQL.Subscriptions;

/// <summary>The root value of one delivery: the source event the subscription field resolves from.</summary>
public sealed record LiveDelivery(object Payload);
