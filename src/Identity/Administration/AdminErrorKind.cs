namespace Platform.Identity.Administration;

/// <summary>The kinds of refusal of the administration rules; the GraphQL face maps each to a payload error.</summary>
public enum AdminErrorKind { Validation, NotFound, NotAuthorized, InvalidState }
