namespace Platform.Api.Open311;

/// <summary>The names of the spec's request parameters, and which workflow input field each one fills.</summary>
public static class Open311Parameters
{
    public const string ApiKey = "api_key";
    public const string JurisdictionId = "jurisdiction_id";
    public const string ServiceCode = "service_code";
    public const string ServiceRequestId = "service_request_id";
    public const string Description = "description";
    public const string Title = "attribute[title]";
    public const string Latitude = "lat";
    public const string Longitude = "long";
    public const string AddressString = "address_string";
    public const string FirstName = "first_name";
    public const string LastName = "last_name";
    public const string Phone = "phone";
    public const string DeviceId = "device_id";
    public const string StartDate = "start_date";
    public const string EndDate = "end_date";
    public const string Status = "status";
    public const string Page = "page";
    public const string PageSize = "page_size";

    /// <summary>The parameter a workflow validation error speaks of, so that the caller knows what to fix.</summary>
    public static string ForField(string field) => field switch
    {
        "unitId" => JurisdictionId,
        "title" => Title,
        "description" => Description,
        "petitioners[0].name" => $"{LastName}/{FirstName}",
        "petitioners[0].phone" => Phone,
        _ => field,
    };
}
