namespace Platform.Api.GraphQL.Common.Filtering;

/// <summary>
/// A filter or sort input over an entity. An input field of such a type, other than <c>and</c>/<c>or</c>,
/// is a nested object or list filter or a nested sort: a join or subquery that the cost analysis counts and bounds.
/// </summary>
internal interface INestableInput;
