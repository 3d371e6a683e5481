namespace Platform.Api.GraphQL.Common.Sorting;

public enum SortDirection
{
    Ascending,
    Descending,
}
