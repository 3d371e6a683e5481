namespace Platform.Identity.Administration;

/// <summary>
/// Addresses a client may register: absolute, without fragment, HTTPS — or plain HTTP on a
/// loopback host, for development. Redirect URIs are matched exactly, so they are kept as given.
/// </summary>
internal static class ClientUris
{
    private const int MaxCount = 10;

    public static List<string> RedirectUris(string field, IReadOnlyList<string>? values, bool required)
    {
        var uris = (values ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (required && uris.Count == 0)
        {
            throw AdministrationException.Invalid(field, $"'{field}' needs at least one address.");
        }

        if (uris.Count > MaxCount)
        {
            throw AdministrationException.Invalid(field, $"'{field}' may hold at most {MaxCount} addresses.");
        }

        foreach (var value in uris)
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Fragment.Length > 0 || !Allowed(uri) || value.Length > 400)
            {
                throw AdministrationException.Invalid(field, $"'{value}' is not an absolute HTTPS (or loopback HTTP) address without a fragment.");
            }
        }

        return uris;
    }

    /// <summary>Origins (<c>scheme://host[:port]</c>, nothing after); defaults to the origins of <paramref name="redirectUris"/>.</summary>
    public static List<string> Origins(IReadOnlyList<string>? values, IEnumerable<string> redirectUris)
    {
        var origins = (values ?? []).Select(v => v.Trim().TrimEnd('/')).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (origins.Count == 0)
        {
            return redirectUris.Select(r => new Uri(r).GetLeftPart(UriPartial.Authority)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }

        if (origins.Count > MaxCount)
        {
            throw AdministrationException.Invalid("allowedOrigins", $"'allowedOrigins' may hold at most {MaxCount} origins.");
        }

        foreach (var origin in origins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !Allowed(uri)
                || !string.Equals(uri.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase))
            {
                throw AdministrationException.Invalid("allowedOrigins", $"'{origin}' is not an origin such as 'https://app.example'.");
            }
        }

        return origins;
    }

    private static bool Allowed(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
}
