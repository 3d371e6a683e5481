using GraphQL.Types;

namespace Platform.Api.Tests.GraphQL.Common.Fixtures;

public sealed class GadgetKindEnum : EnumerationGraphType<GadgetKind>
{
}
