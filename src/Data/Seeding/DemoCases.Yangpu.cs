using Platform.Data.Entities;
using static Platform.Data.Entities.CaseCategory;
using static Platform.Data.Entities.CaseStatus;
using static Platform.Data.Entities.Channel;
using static Platform.Data.Entities.ReceptionForm;

namespace Platform.Data.Seeding;

internal static partial class DemoCases
{
    private static readonly DemoCaseSpec[] YangpuCases =
    [
        new(YangpuReferralPending, Changbai, Registered, 3, LaborWages, Visit, OnSite, 1,
            "在桃浦镇物流园区务工被拖欠工资",
            "长白新村街道居民来访反映，其在普陀区桃浦镇某物流园区从事分拣工作，用工单位拖欠两个月工资约1.2万元。")
        {
            Hops = [new(ShareKind.Refer, Taopu, "用工单位及务工地点均在普陀区桃浦镇，按属地原则转桃浦镇办理。")],
        },
        new(YangpuReferralAccepted, Antu, InProgress, 30, Education, Phone, Appointment, 1,
            "普陀区培训机构预付费无法退还",
            "安图新村居民反映，在普陀区某培训机构预付课时费8000元，机构停业后无法退费。")
        {
            Hops =
            [
                new(ShareKind.Refer, Putuo, "培训机构注册地和经营地均在普陀区，转普陀区办理。", ShareStatus.Accepted)
                {
                    ResponseReason = "同意接收，交桃浦镇属地办理。",
                },
                new(ShareKind.Assign, Taopu, "机构位于桃浦镇，交办桃浦镇属地处置。"),
            ],
            Note = "已联系机构负责人，核实学员名单及剩余课时。",
        },
        new("jiefang228-bikes", Jiefang228, Closed, 210, Transport, Outreach, HomeVisit, 6,
            "旧改后非机动车停放和充电难",
            "228街坊居民代表反映，街坊改造后非机动车停放点不足，居民私拉电线充电存在火灾隐患。")
        {
            Answer = "在街坊内新建两处非机动车集中停放充电棚，共设充电端口120个，并开展消防安全宣传。",
        },
        new("antu-wall-leak", AntuGrid, Resolved, 35, Housing, QrCode, FaceToFace, 1,
            "外墙渗水导致室内墙面霉变",
            "安图新村居民扫码反映，所住楼栋外墙开裂渗水，室内墙面大面积霉变。")
        {
            Answer = "利用住宅专项维修资金完成外墙防水修缮。",
        },
        new("changbai-care", Changbai, Verified, 90, SocialSecurity, Visit, OnSite, 1,
            "独居老人申请长护险评估迟迟未安排",
            "独居老人家属反映，申请长期护理保险评估已一个多月，未安排上门评估。")
        {
            Answer = "已协调评估机构上门评估，老人评定为四级，护理服务已上门。",
        },
        new("yangpu-fumes", Yangpu, InProgress, 40, CaseCategory.Environment, Letter, Appointment, 3,
            "沿街商铺油烟扰民",
            "3户居民来信反映，楼下沿街餐饮商铺油烟直排，夏季无法开窗。")
        {
            Note = "区生态环境部门已现场检测，责令商铺加装油烟净化装置。",
        },
        new("jiefang228-corridor", Jiefang228, Registered, 1, Other, QrCode, FaceToFace, 1,
            "楼道堆物存在消防隐患",
            "居民反映楼道内长期堆放杂物和电瓶车，存在消防隐患。"),
        new("antu-dog", Antu, Withdrawn, 15, NeighbourDispute, Visit, OnSite, 1,
            "邻居饲养宠物犬噪声纠纷",
            "居民反映邻居饲养的宠物犬夜间吠叫，影响休息。")
        {
            Answer = "经居委会协调，邻居承诺加强看管，信访人撤回。",
        },
        new("yangpu-platform", Yangpu, NotAccepted, 12, Other, Online, Appointment, 1,
            "网络平台消费纠纷",
            "信访人网上反映在某网络平台购物后商家拒绝退货。")
        {
            Answer = "该事项属于市场监管部门投诉举报受理范围，已告知信访人通过12315渠道反映。",
        },
        new("antu-elevator", Antu, Accepted, 14, PropertyManagement, Visit, FaceToFace, 2,
            "加装电梯意见分歧",
            "安图新村某楼栋居民反映，加装电梯一楼住户反对，工程停滞。"),
        new("changbai-waterlogging", Changbai, Closed, 180, UrbanConstruction, Phone, HomeVisit, 1,
            "小区道路雨天积水",
            "居民反映小区主干道地势低洼，雨天积水没过脚踝。")
        {
            Answer = "结合美丽家园工程翻修道路并改造排水管网。",
            Satisfaction = Satisfaction.BasicallySatisfied,
        },
    ];
}
