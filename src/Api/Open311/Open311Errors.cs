using Platform.Workflow.Common;

namespace Platform.Api.Open311;

/// <summary>
/// A request the Open311 endpoint refuses, answered in the spec's error format
/// (<c>[{ "code": 400, "description": "…" }]</c>) with <see cref="Status"/> as the HTTP status.
/// </summary>
public sealed class Open311Exception(int status, string description) : Exception(description)
{
    public int Status { get; } = status;

    public static Open311Exception Missing(string parameter) => new(StatusCodes.Status400BadRequest, $"{parameter} is required.");

    public static Open311Exception Invalid(string parameter, string why) => new(StatusCodes.Status400BadRequest, $"{parameter}: {why}");

    public static Open311Exception NotFound(string what) => new(StatusCodes.Status404NotFound, $"{what} was not found.");
}

/// <summary>One error of the spec's format.</summary>
public sealed record Open311Error(int Code, string Description)
{
    /// <summary>The errors of a refused workflow call: a field error is 400 with the Open311 parameter's name, NOT_FOUND 404, AUTH_NOT_AUTHORIZED 403.</summary>
    public static IReadOnlyList<Open311Error> From(DomainException refused) =>
        refused.Errors.Select(e => e switch
        {
            FieldError f => new Open311Error(StatusCodes.Status400BadRequest, $"{Open311Parameters.ForField(f.Field)}: {f.Message}"),
            NotFoundError => new Open311Error(StatusCodes.Status404NotFound, e.Message),
            NotAuthorizedError => new Open311Error(StatusCodes.Status403Forbidden, e.Message),
            _ => new Open311Error(StatusCodes.Status400BadRequest, e.Message),
        }).ToList();
}
