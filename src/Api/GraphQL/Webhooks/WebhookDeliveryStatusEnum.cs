using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Webhooks;

public sealed class WebhookDeliveryStatusEnum : ConstantCaseEnum<WebhookDeliveryStatus>
{
    public WebhookDeliveryStatusEnum()
    {
        Name = "WebhookDeliveryStatus";
        Description = "Where a webhook delivery stands: PENDING (attempted again at nextAttemptAt), SUCCEEDED, FAILED (every attempt failed).";
    }
}
