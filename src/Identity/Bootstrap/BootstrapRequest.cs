namespace Platform.Identity.Bootstrap;

/// <summary>What the bootstrap command asks for: the tree, the first admin and optionally a console client.</summary>
public sealed record BootstrapRequest(UnitTree Tree, string AdminUserName, string AdminPassword, string? ClientId, IReadOnlyList<string> RedirectUris, IReadOnlyList<string> Origins);
