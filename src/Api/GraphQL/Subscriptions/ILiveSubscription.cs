using Platform.Api.Live;

namespace Platform.Api.GraphQL.Subscriptions;

/// <summary>
/// What one subscription listens for, recorded when its document is first executed. For each
/// change it decides, through the subscriber's tenant-filtered context, whether the subscriber
/// hears of it: the returned <see cref="LiveDelivery"/> is the root value the document is then
/// executed with, or null to send nothing.
/// </summary>
public interface ILiveSubscription
{
    Task<LiveDelivery?> MatchAsync(IServiceProvider services, LiveNotice notice, CancellationToken ct);
}
