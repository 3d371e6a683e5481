using Platform.Data.Entities;
using static Platform.Data.Entities.CaseCategory;
using static Platform.Data.Entities.CaseStatus;
using static Platform.Data.Entities.Channel;
using static Platform.Data.Entities.ReceptionForm;

namespace Platform.Data.Seeding;

internal static partial class DemoCases
{
    private static readonly DemoCaseSpec[] SongjiangCases =
    [
        new("shihudang-homestead", ShdCun1, Closed, 140, LandRequisition, Outreach, HomeVisit, 2,
            "宅基地置换安置房分配顺序有异议",
            "两户村民反映，宅基地置换后安置房选房顺序不公开，怀疑有人插队。")
        {
            Answer = "镇里公开选房规则和顺序号，邀请村民代表全程监督，经核查不存在插队情况。",
        },
        new("shihudang-canal", ShdCun2, InProgress, 33, CaseCategory.Environment, Phone, HomeVisit, 1,
            "农田灌溉渠淤塞影响种植",
            "村民反映村内灌溉渠多年未疏浚，淤塞严重，影响水稻灌溉。")
        {
            Note = "已列入今冬明春农田水利疏浚计划。",
        },
        new("shihudang-farm-wages", Shihudang, Verified, 55, LaborWages, Visit, OnSite, 4,
            "家庭农场拖欠季节工工资",
            "4名季节工反映，在某家庭农场采摘期务工，农场主拖欠工资。")
        {
            Answer = "经镇劳动保障所调解，农场主已全额支付工资。",
        },
        new("songjiang-bus", Songjiang, Registered, 14, Transport, Online, Appointment, 1,
            "松江南站至石湖荡公交班次少",
            "市民网上反映松江南站至石湖荡的公交线路班次少、末班车早，出行不便。"),
        new(ShihudangDrain, ShdCun1, Resolved, 25, NeighbourDispute, Visit, FaceToFace, 2,
            "相邻宅基地排水沟纠纷",
            "两户相邻村民因排水沟改道导致一方院内积水发生纠纷。")
        {
            Answer = "经乡贤工作室调解，双方同意共同出资修建共用排水沟。",
        },
        new("shihudang-insurance", Shihudang, Accepted, 7, SocialSecurity, Letter, Appointment, 1,
            "失地农民养老保险补缴",
            "信访人来信咨询征地后养老保险补缴政策，要求办理补缴。"),
        new("shihudang-old-house", ShdCun2, Registered, 20, Housing, QrCode, FaceToFace, 1,
            "农村危旧房改造补贴申请",
            "村民扫码反映其住房年久失修，申请农村危旧房改造补贴。"),
        new("songjiang-school", Songjiang, Closed, 240, Education, Letter, OnSite, 1,
            "随迁子女入学",
            "来沪务工人员来信反映子女入学积分材料审核有误。")
        {
            Answer = "区教育局重新核定积分，孩子已在就近学校入学。",
        },
        new("shihudang-farmland", Shihudang, InProgress, 50, LandRequisition, Outreach, HomeVisit, 1,
            "企业违规占用基本农田堆放建材",
            "村民反映某企业在基本农田上堆放建材，破坏耕地。")
        {
            Note = "镇规划资源所已下达整改通知，责令限期清除。",
        },
    ];
}
