namespace Platform.Api.Tests.Support;

public sealed record TestNode(int Id);
