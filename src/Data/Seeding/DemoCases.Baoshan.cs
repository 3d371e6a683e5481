using Platform.Data.Entities;
using static Platform.Data.Entities.CaseCategory;
using static Platform.Data.Entities.CaseStatus;
using static Platform.Data.Entities.Channel;
using static Platform.Data.Entities.ReceptionForm;

namespace Platform.Data.Seeding;

internal static partial class DemoCases
{
    private static readonly DemoCaseSpec[] BaoshanCases =
    [
        new(YanghangLeak, YhCun1, Resolved, 50, NeighbourDispute, Visit, OnSite, 2,
            "楼上卫生间渗水殃及楼下，邻里协商无果",
            "杨行一村居民反映，楼上住户卫生间防水层老化，长期渗水导致其家中天花板霉变脱落，双方多次协商未果，矛盾激化。")
        {
            Answer = "经杨行\"老法师\"工作室调解，楼上住户同意重做防水并赔偿楼下修复费用4500元，双方签订调解协议。",
        },
        new(YanghangInheritance, YhCun2, Closed, 130, Housing, Visit, OnSite, 3,
            "兄妹因老宅动迁款分配产生纠纷",
            "杨行二村三兄妹因父母遗留老宅的动迁补偿款分配发生争执，其中一人长期照顾老人，要求多分。")
        {
            Answer = "经工作室\"老法师\"多轮调解，兄妹就大部分款项分配达成一致，剩余争议部分经律师释法后自行协商解决。",
            Satisfaction = Satisfaction.BasicallySatisfied,
        },
        new(YanghangBoundary, YhCun1, InProgress, 20, NeighbourDispute, Outreach, HomeVisit, 2,
            "宅前菜地边界纠纷",
            "两户村民因宅前菜地边界发生争执，一方砌矮墙占用另一方约5平方米土地。")
        {
            Note = "已调取土地确权资料，约请双方到\"老法师\"工作室调解。",
        },
        new("yanghang-warehouse-wages", Yanghang, InProgress, 75, LaborWages, Visit, OnSite, 12,
            "物流仓储企业停工，拖欠员工工资",
            "12名员工集体来访，反映杨行镇某物流仓储企业停工两个月，拖欠工资及社保，企业负责人失联。")
        {
            LeaderOwner = "yanghang.leader",
            Note = "已向区人社局劳动监察大队移送线索，冻结企业账户部分资金。",
            Supervision = new(Baoshan, SupervisionLevel.Urgent, "涉及群体性欠薪，请杨行镇加快处置，每周报告进展。",
                "已垫付首月工资，企业资产处置方案报法院审查中。"),
        },
        new("yanghang-waterlogging", Yanghang, Verified, 60, UrbanConstruction, Online, Appointment, 1,
            "人行道改造后雨天积水",
            "市民反映杨行路人行道改造后标高不合理，雨天大面积积水，行人无法通行。")
        {
            Answer = "施工单位已调整排水坡度并增设雨水口，经多次降雨检验已无积水。",
        },
        new("baoshan-pension", Baoshan, Registered, 5, SocialSecurity, Letter, OnSite, 1,
            "退休人员养老金核定有异议",
            "信访人来信反映其退休时养老金核定未计入部分视同缴费年限，要求重新核定。"),
        new("yanghang-odour", YhCun2, Closed, 160, CaseCategory.Environment, Phone, HomeVisit, 1,
            "村内养殖户异味扰民",
            "村民反映邻近养殖户粪污处理不当，夏季异味严重。")
        {
            Answer = "督促养殖户建设粪污收集池并定期清运，镇环保部门定期检查。",
        },
        new("baoshan-resettlement", Baoshan, Accepted, 4, Housing, Visit, LeaderDay, 3,
            "动迁安置房交付延期",
            "3户动迁居民在领导接待日反映，安置房约定交付时间已过半年仍未交付，过渡费发放不及时。"),
        new("yanghang-renovation-waste", YhCun1, Withdrawn, 8, PropertyManagement, QrCode, FaceToFace, 1,
            "物业未及时清运装修垃圾",
            "居民扫码反映楼道口装修垃圾堆放一周未清运。")
        {
            Answer = "物业已当日清运，信访人主动撤回。",
        },
        new("yanghang-judgment", Yanghang, NotAccepted, 22, Other, Online, Appointment, 1,
            "要求撤销法院生效判决",
            "信访人网上反映对一起民间借贷案件判决结果不服，要求镇政府出面撤销判决。")
        {
            Answer = "该事项属于应当通过诉讼程序解决的事项，已引导信访人依法申请再审，不予受理。",
        },
    ];
}
