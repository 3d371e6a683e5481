namespace Platform.Api.Tests.GraphQL.Common.Fixtures;

public enum GadgetKind { Lever, Spring, Gear, SteamValve }
