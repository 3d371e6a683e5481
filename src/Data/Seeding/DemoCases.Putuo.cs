using Platform.Data.Entities;
using static Platform.Data.Entities.CaseCategory;
using static Platform.Data.Entities.CaseStatus;
using static Platform.Data.Entities.Channel;
using static Platform.Data.Entities.ReceptionForm;

namespace Platform.Data.Seeding;

internal static partial class DemoCases
{
    private static readonly DemoCaseSpec[] PutuoCases =
    [
        new(ZitengCracks, Ziteng, InProgress, 40, Housing, Visit, OnSite, 12,
            "紫藤苑小区多幢住宅墙体开裂，居民集体要求鉴定维修",
            "紫藤苑小区12户居民集体来访，反映自周边道路及管线施工以来，小区3幢、5幢、7幢等多幢住宅外墙、楼梯间出现明显裂缝，部分裂缝持续扩大，担心房屋安全，要求开展房屋安全鉴定、明确责任并尽快维修。")
        {
            Hops =
            [
                new(ShareKind.Escalate, Taopu, "涉及周边施工单位及多幢房屋，居委会无法协调，上报镇里统筹。"),
                new(ShareKind.Escalate, Putuo, "涉及建设、房管、施工等多部门多主体，需区级层面统筹协调。"),
            ],
            LeaderOwner = "putuo.leader",
            Note = "已委托第三方房屋安全检测机构对涉及的12幢房屋开展安全鉴定，并在小区设置裂缝监测点。",
            Supervision = new(Sh, SupervisionLevel.Key, "请普陀区加快房屋安全鉴定，及时向居民通报进展，防止矛盾激化。",
                "首批6幢房屋鉴定已完成，均未达危房标准；维修方案正在编制，已召开居民通报会。"),
        },
        new("taopu-logistics-commute", Taopu, Closed, 150, Transport, Visit, LeaderDay, 5,
            "物流园区职工上下班通勤不便，要求开通接驳公交",
            "桃浦物流园区多家企业职工在领导接待日反映，园区距最近的地铁站约3公里，无公交直达，早晚高峰打车难，职工只能步行或骑行穿越货车通道，存在安全隐患。")
        {
            Answer = "经与区交通部门、公交公司协调，新辟园区至地铁站接驳公交线路，早晚高峰加密班次，并在园区主通道增设人行护栏。",
            LeaderOwner = "taopu.leader",
        },
        new("loupu-certificates", Loupu, Verified, 95, Housing, Outreach, HomeVisit, 3,
            "老旧房屋历史遗留问题导致产证无法办理",
            "楼浦村3户村民反映，其上世纪80年代自建并经批准的房屋因原始审批材料缺失，一直无法办理不动产权证，影响子女落户和房屋修缮。")
        {
            Answer = "镇规划、房管部门联合村委会调取档案、组织四邻确认，已为其中2户补办产证，另1户材料补齐后进入办理流程。",
            Satisfaction = Satisfaction.BasicallySatisfied,
            Note = "已调取1986年村建房审批台账，找到2户原始审批记录。",
        },
        new("zhenjian-wages", Zhenjian, Closed, 120, LaborWages, Visit, OnSite, 8,
            "装修工程队拖欠农民工工资",
            "8名农民工反映，在真建村某厂房装修项目务工三个月，包工头以发包方未结算为由拖欠工资合计约18万元。")
        {
            Answer = "会同镇劳动保障所约谈发包方和包工头，督促发包方先行垫付，工资已全部发放到位。",
        },
        new(TrainingFee, Chunguang, Resolved, 45, Education, Phone, Appointment, 1,
            "校外培训机构拒不退还预付培训费",
            "春光村居民反映，为孩子在某培训机构预付一年课时费1.6万元，机构经营调整后停课，拒绝按剩余课时退费。")
        {
            Answer = "经派出所、司法所、律师事务所三所联动调解，机构同意分两期退还剩余课时费1.1万元。",
        },
        new(TaopuParking, ZitengGrid, Accepted, 6, Transport, QrCode, FaceToFace, 1,
            "小区夜间停车难，外来车辆占用消防通道",
            "居民扫码反映，紫藤苑小区夜间停车位紧张，外来车辆长期停放，部分车辆占用消防通道。"),
        new("loupu-noise", LoupuGrid, Registered, 2, CaseCategory.Environment, QrCode, FaceToFace, 1,
            "临街餐饮店夜间噪声扰民",
            "居民反映楼浦村临街一家烧烤店营业至凌晨，排风扇和顾客喧哗噪声严重影响休息。"),
        new("chunguang-roof", Chunguang, InProgress, 63, Housing, Phone, HomeVisit, 2,
            "老公房顶层屋面渗漏",
            "春光村两户顶层住户反映，每逢雨天屋面渗漏，室内墙面霉变，多次联系物业未解决。")
        {
            Note = "已列入镇旧住房修缮计划，施工单位已现场查勘，待天气条件允许后施工。",
        },
        new("putuo-relocation", Putuo, NotAccepted, 30, LandRequisition, Letter, OnSite, 1,
            "要求重新认定已终结的动迁安置补偿",
            "信访人来信要求重新核定其2009年动迁时的安置补偿面积。")
        {
            Answer = "该事项已经复查、复核终结，依据《信访工作条例》不再受理，已书面告知信访人。",
        },
        new("zhenjian-balcony", Zhenjian, Withdrawn, 25, NeighbourDispute, Visit, OnSite, 2,
            "邻居违章搭建阳台遮挡采光",
            "两户村民反映，邻居在二楼违章搭建阳台，遮挡其住房采光，协商无果。")
        {
            Answer = "经村委会组织调解，邻居同意拆除部分搭建，双方达成谅解，信访人主动撤回。",
        },
        new("taopu-parking-fee", Taopu, Registered, 18, PropertyManagement, Online, Appointment, 1,
            "物业公司擅自提高停车管理费",
            "业主网上反映，小区物业公司未经业主大会同意，将地面停车管理费由每月150元上调至300元。"),
        new("putuo-sidewalk", Putuo, Accepted, 9, UrbanConstruction, Online, Appointment, 1,
            "人行道破损、盲道被占",
            "市民网上反映，桃浦地区某道路沿线人行道砖破损松动，盲道被共享单车和商铺物品占用。"),
        new("loupu-river", Loupu, Closed, 200, CaseCategory.Environment, Outreach, HomeVisit, 4,
            "村内河道黑臭，要求整治",
            "村民反映村内一条断头河长期淤积，夏季发黑发臭，蚊虫滋生。")
        {
            Answer = "完成河道清淤、截污纳管和生态护岸改造，水质已达标，纳入河长制日常巡查。",
        },
        new("ziteng-elevator", Ziteng, Verified, 70, PropertyManagement, Visit, OnSite, 1,
            "小区电梯频繁故障",
            "紫藤苑居民反映，所住楼栋电梯一个月内多次困人，物业维保不及时。")
        {
            Answer = "督促物业更换电梯主板和门机系统，维保单位已更换，建立月度通报制度。",
        },
        new("zhenjian-homestead", Zhenjian, InProgress, 110, LandRequisition, Visit, OnSite, 1,
            "宅基地翻建审批迟迟未批",
            "村民反映其申请翻建危旧住房已近一年，审批迟迟未批，房屋漏雨无法居住。")
        {
            Satisfaction = Satisfaction.Dissatisfied,
            Reopened = true,
            Answer = "经核查，该宅基地位于规划控制范围内，暂不能翻建，已协调临时修缮。",
        },
        new(TaopuTrucksAssist, Taopu, InProgress, 28, Transport, Phone, HomeVisit, 6,
            "重型货车夜间穿行居民区",
            "居民反映，物流园区重型货车夜间穿行居民区道路，噪声和震动严重，存在安全隐患。")
        {
            Hops = [new(ShareKind.Assist, Changbai, "货车司机多来自长白新村街道的物流企业，请协同做好企业约谈。")],
            Note = "已会同交警部门在居民区路口设置限行标志，夜间加强巡查。",
        },
    ];
}
