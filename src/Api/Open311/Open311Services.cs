using Platform.Data.Entities;
using Platform.Data.Events;

namespace Platform.Api.Open311;

/// <summary>
/// The services are the case categories, the same in every jurisdiction; the code is the
/// category's name on the GraphQL wire (<c>LABOR_WAGES</c>), so an app and the staff's front end
/// speak of the same thing.
/// </summary>
public static class Open311Services
{
    /// <summary>The one attribute: a title for the case, which otherwise is the description's beginning.</summary>
    public static readonly Open311Attribute Title = new(
        Variable: true, Code: "title", Datatype: "string", Required: false,
        DatatypeDescription: "至多 200 字", Order: 1, Description: "事项标题（不填则取描述的开头）");

    public static IReadOnlyList<Open311Service> All { get; } =
        [.. Enum.GetValues<CaseCategory>().Select(c => new Open311Service(
            Code(c), Name(c), $"{Name(c)}方面的信访事项，由所选单位受理。", Metadata: true, Type: "realtime", Keywords: Name(c), Group: "信访事项"))];

    public static string Code(CaseCategory category) => EnumNames.Constant(category);

    /// <summary>The category a service code names, or null.</summary>
    public static CaseCategory? Find(string? code) =>
        Enum.GetValues<CaseCategory>().Cast<CaseCategory?>().FirstOrDefault(c => Code(c!.Value) == code);

    public static Open311ServiceDefinition Definition(CaseCategory category) => new(Code(category), [Title]);

    public static string Name(CaseCategory category) => category switch
    {
        CaseCategory.UrbanConstruction => "城市建设",
        CaseCategory.Housing => "住房",
        CaseCategory.PropertyManagement => "物业管理",
        CaseCategory.LaborWages => "劳动工资",
        CaseCategory.Transport => "交通出行",
        CaseCategory.Environment => "环境保护",
        CaseCategory.Education => "教育",
        CaseCategory.SocialSecurity => "社会保障",
        CaseCategory.LandRequisition => "征地拆迁",
        CaseCategory.NeighbourDispute => "邻里纠纷",
        CaseCategory.Other => "其他",
        _ => Code(category),
    };
}
