using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Search;

public sealed class CaseSearchResultType : ObjectGraphType<CaseSearchResult>
{
    public CaseSearchResultType()
    {
        Name = "CaseSearchResult";
        Description = "A case that contains every word of the query.";
        Field<NonNullGraphType<CaseType>>("case")
            .ResolveWith((c, x) => EntityLoaders.ById<Case>(c, x.CaseId).ValueOrPending());
        this.Property(r => r.Score).Description("How often the query's words occur in the case's title, description and notes; higher ranks first.");
        this.Property(r => r.Snippet).Description("An excerpt of the title and description around the first match, the query's words in <em>…</em> (HTML-escaped).");
    }
}
