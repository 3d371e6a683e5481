using Platform.Api.GraphQL.Common.Paging;

namespace Platform.Api.GraphQL.Search;

/// <summary><c>SearchCasesConnection</c>, named after its field as HotChocolate names connections.</summary>
public sealed class SearchCasesConnectionType() : ConnectionType<CaseSearchResultType>("SearchCases");
