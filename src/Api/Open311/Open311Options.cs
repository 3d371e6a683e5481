namespace Platform.Api.Open311;

/// <summary>Configuration section <c>Open311</c>: the listing's bounds and what discovery says.</summary>
public sealed class Open311Options
{
    public const string Section = "Open311";

    /// <summary>Requests per page of <c>requests.json</c> when <c>page_size</c> is not given.</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>The largest <c>page_size</c>; more is a 400, not a silent cap.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Without dates the listing covers this many days up to now; a wider <c>start_date</c>–<c>end_date</c> span is a 400 (the spec's 90 days).</summary>
    public int MaxDays { get; set; } = 90;

    /// <summary>Who answers questions about the endpoint (discovery's <c>contact</c>).</summary>
    public string Contact { get; set; } = "信访办 (the district petition office)";

    /// <summary>Where an app gets a key (discovery's <c>key_service</c>).</summary>
    public string KeyService { get; set; } = "A unit's admin registers a confidential client with petitions.submit; the key is client_id:client_secret.";
}
