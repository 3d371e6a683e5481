namespace Platform.Identity.Administration;

/// <summary>
/// A rule an administration act refused to break; nothing was changed. The GraphQL face turns it
/// into the matching payload error (the rules cannot see the Api's error types).
/// </summary>
public sealed class AdministrationException : Exception
{
    private AdministrationException(AdminErrorKind kind, string message, string? field, string? currentStatus, string? subject = null)
        : base(message)
    {
        Kind = kind;
        Field = field;
        CurrentStatus = currentStatus;
        Subject = subject;
    }

    public AdminErrorKind Kind { get; }

    /// <summary>The input field, for <see cref="AdminErrorKind.Validation"/>.</summary>
    public string? Field { get; }

    /// <summary>The subject's state, for <see cref="AdminErrorKind.InvalidState"/> (e.g. <c>DEACTIVATED</c>).</summary>
    public string? CurrentStatus { get; }

    /// <summary>What was not found (<see cref="AdminErrorKind.NotFound"/>) or the refused action (<see cref="AdminErrorKind.InvalidState"/>).</summary>
    public string? Subject { get; }

    public static AdministrationException Invalid(string field, string message) => new(AdminErrorKind.Validation, message, field, null);

    public static AdministrationException NotFound(string what) => new(AdminErrorKind.NotFound, $"{what} was not found.", null, null, what);

    public static AdministrationException NotAuthorized(string message) => new(AdminErrorKind.NotAuthorized, message, null, null);

    public static AdministrationException InvalidState(string action, string currentStatus) =>
        new(AdminErrorKind.InvalidState, $"Cannot {action}: the current status is {currentStatus}.", null, currentStatus, action);
}
