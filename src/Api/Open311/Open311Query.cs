using System.Globalization;
using Microsoft.Extensions.Primitives;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;
using Platform.Workflow.Cases;
using Platform.Workflow.Common;
using Platform.Workflow.Residents;

namespace Platform.Api.Open311;

/// <summary>The spec's parameters read into workflow inputs; a malformed one is a 400 naming it.</summary>
public static class Open311Query
{
    /// <summary>
    /// <c>requests.json</c>'s filter. <c>service_request_id</c> (comma-separated) overrides the rest,
    /// as the spec says; without dates the window is the last <see cref="Open311Options.MaxDays"/> days.
    /// </summary>
    public static PublicRequestFilter Filter(IQueryCollection query, Open311Options options, DateTime now)
    {
        var page = Number(query, Open311Parameters.Page, 1, int.MaxValue / options.MaxPageSize) ?? 1;
        var size = Number(query, Open311Parameters.PageSize, 1, options.MaxPageSize) ?? options.DefaultPageSize;
        var numbers = List(query[Open311Parameters.ServiceRequestId]);
        if (numbers.Count > PublicRequests.MaxNumbers)
        {
            throw Open311Exception.Invalid(Open311Parameters.ServiceRequestId, $"at most {PublicRequests.MaxNumbers} ids.");
        }

        if (numbers.Count > 0)
        {
            return new PublicRequestFilter { Numbers = numbers, Page = page, PageSize = size };
        }

        var span = TimeSpan.FromDays(options.MaxDays);
        var start = Date(query, Open311Parameters.StartDate);
        var end = Date(query, Open311Parameters.EndDate);
        var from = start ?? (end ?? now) - span;
        if (end is { } e && (e < from || e - from > span))
        {
            throw Open311Exception.Invalid(Open311Parameters.EndDate, $"must follow start_date by at most {options.MaxDays} days.");
        }

        return new PublicRequestFilter
        {
            Numbers = numbers,
            // Open311Services.Find names a category from the fixed list of services: no record is read.
            Categories = [.. List(query[Open311Parameters.ServiceCode]).Select(code => Open311Services.Find(code)
                ?? throw Open311Exception.Invalid(Open311Parameters.ServiceCode, $"no service '{code}'."))],
            From = from,
            To = end ?? (start is { } s ? s + span : null),
            Open = Status(List(query[Open311Parameters.Status])),
            Page = page,
            PageSize = size,
        };
    }

    /// <summary>The unit a request goes to: a unit id (<c>VW5pdDoxMg==</c>), a path or a code of a committee or township the key's client may reach.</summary>
    public static async Task<int> JurisdictionAsync(HttpContext http, Actor actor, StringValues value)
    {
        var text = Workflow.Common.Text.OrNull(value.ToString()) ?? throw Open311Exception.Missing(Open311Parameters.JurisdictionId);
        return GlobalId.DecodeKey(text, UnitType.TypeName)
            ?? await http.RequestServices.GetRequiredService<PublicRequests>().IntakeUnitAsync(actor, text, http.RequestAborted)
            ?? throw Open311Exception.Invalid(Open311Parameters.JurisdictionId, "no committee or township of that id, path or code is within reach of this key.");
    }

    /// <summary>The form as a resident's petition; the place, if any, is written into the description.</summary>
    public static SubmitPetitionInput Petition(IFormCollection form, int unitId)
    {
        // A category from the fixed list of services, not a record: nothing tenant-owned is read here.
        var category = Open311Services.Find(form[Open311Parameters.ServiceCode].ToString())
            ?? throw (string.IsNullOrEmpty(form[Open311Parameters.ServiceCode]) ? Open311Exception.Missing(Open311Parameters.ServiceCode)
                : Open311Exception.NotFound($"The service '{form[Open311Parameters.ServiceCode]}'"));
        var description = form[Open311Parameters.Description].ToString().Trim();
        return new SubmitPetitionInput
        {
            UnitId = unitId,
            Category = category,
            Channel = Channel.Online,
            Title = Workflow.Common.Text.OrNull(form[Open311Parameters.Title]) ?? Open311Text.TitleOf(description),
            Description = description + Open311Text.Place(form[Open311Parameters.AddressString], Position(form)),
            Contact = new PetitionerInput
            {
                Name = Open311Text.NameOf(form[Open311Parameters.FirstName], form[Open311Parameters.LastName]),
                Phone = Workflow.Common.Text.OrNull(form[Open311Parameters.Phone]),
            },
        };
    }

    private static (double Lat, double Long)? Position(IFormCollection form)
    {
        var lat = Coordinate(form[Open311Parameters.Latitude], Open311Parameters.Latitude, 90);
        var lon = Coordinate(form[Open311Parameters.Longitude], Open311Parameters.Longitude, 180);
        return (lat, lon) switch
        {
            ({ } a, { } o) => (a, o),
            (null, null) => null,
            _ => throw Open311Exception.Invalid(Open311Parameters.Latitude, "lat and long go together."),
        };
    }

    private static double? Coordinate(StringValues value, string name, double bound) =>
        string.IsNullOrWhiteSpace(value) ? null
            : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && Math.Abs(x) <= bound ? x
            : throw Open311Exception.Invalid(name, $"a number between -{bound} and {bound}.");

    private static bool? Status(IReadOnlyList<string> statuses)
    {
        var open = statuses.Select(s => Open311Request.IsOpen(s) ?? throw Open311Exception.Invalid(Open311Parameters.Status, "open or closed.")).Distinct().ToList();
        return open.Count == 1 ? open[0] : null;
    }

    private static List<string> List(StringValues values) =>
        [.. values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct()];

    private static int? Number(IQueryCollection query, string name, int min, int max) =>
        string.IsNullOrEmpty(query[name]) ? null
            : int.TryParse(query[name], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n
            : throw Open311Exception.Invalid(name, $"a whole number from {min} to {max}.");

    private static DateTime? Date(IQueryCollection query, string name) =>
        string.IsNullOrEmpty(query[name]) ? null
            : DateTimeOffset.TryParse(query[name], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d.UtcDateTime
            : throw Open311Exception.Invalid(name, "an ISO 8601 date and time, e.g. 2026-11-01T00:00:00+08:00.");
}
