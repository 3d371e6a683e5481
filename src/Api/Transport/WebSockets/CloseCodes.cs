namespace Platform.Api.Transport.WebSockets;

/// <summary>The close codes of the <c>graphql-transport-ws</c> protocol, and the standard ones it leaves to WebSocket.</summary>
internal static class CloseCodes
{
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int ConnectionInitTimeout = 4408;
    public const int SubscriberExists = 4409;
    public const int TooManyRequests = 4429;
    public const int InternalError = 4500;
    public const int Normal = 1000;
    public const int MessageTooBig = 1009;
}
