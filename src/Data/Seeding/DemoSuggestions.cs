using static Platform.Data.Entities.SuggestionChannel;
using static Platform.Data.Entities.SuggestionStatus;

namespace Platform.Data.Seeding;

/// <summary>The demo suggestions per campaign, drawn from the 桃浦 2023 urban construction campaign.</summary>
internal static class DemoSuggestions
{
    private const string Park = "口袋公园";
    private const string Bridge = "桥下空间";
    private const string Wall = "边角空白墙";
    private const string Parking = "临时停车";

    public static readonly DemoSuggestionSpec[] Taopu =
    [
        new(Park, Online, Adopted, 110, "真建路与武威路交叉口有一块闲置绿地，建议改造为口袋公园，增设座椅和儿童游乐设施。",
            "建议已采纳，已纳入本年度口袋公园建设计划。", 100, "口袋公园已建成开放，设置座椅12组、儿童游乐区1处。"),
        new(Park, Questionnaire, Adopted, 105, "口袋公园建设时请考虑老年人需求，增加健身器材和无障碍通道。",
            "建议已采纳，在设计中增加适老化健身器材和无障碍坡道。", 100, "健身器材与无障碍坡道已随口袋公园一并建成。"),
        new(Park, Forum, PartlyAdopted, 100, "建议在口袋公园内设置宠物活动区和宠物便便箱。",
            "部分采纳：设置宠物便便箱，宠物活动区因面积有限暂不设置。", 100, "已设置宠物便便箱4个。"),
        new(Park, Online, Adopted, 96, "建议口袋公园夜间增加照明，方便居民晚间散步，同时保障安全。",
            "建议已采纳，增设太阳能庭院灯。", 60, "庭院灯已完成基础施工，灯具安装中。"),
        new(Park, Visit, NotAdopted, 92, "建议把口袋公园建成停车场，解决停车难。",
            "该地块规划用途为公共绿地，不宜改为停车场；周边停车问题另行研究。"),
        new(Bridge, Online, Adopted, 90, "中环高架桥下空间长期闲置、堆放杂物，建议改造为篮球场和健身步道。",
            "建议已采纳，桥下空间将分期改造为运动场地。", 40, "一期篮球场已完成方案设计，正在施工招标。", 20),
        new(Bridge, Survey, PartlyAdopted, 88, "建议桥下空间设置非机动车停放点和快递自提柜。",
            "部分采纳：设置非机动车停放点，快递柜因安全管理要求暂不设置。", 80, "非机动车停放点已划线启用。"),
        new(Bridge, Forum, UnderReview, 30, "桥下空间可以引入便民集市，早上卖菜、晚上作为夜市。"),
        new(Bridge, Online, NotAdopted, 84, "建议在桥下空间建设室内羽毛球馆。",
            "桥下净空高度不足，不满足羽毛球场地要求，暂不采纳，感谢您的建议。"),
        new(Bridge, Questionnaire, Submitted, 6, "桥下照明不足，晚上行人经过不安全，建议增加照明和监控。"),
        new(Wall, Online, Adopted, 80, "沿街有多处空白围墙，建议邀请美院学生绘制桃浦历史主题墙绘。",
            "建议已采纳，联合高校开展\"桃浦记忆\"主题墙绘。", 100, "已完成墙绘3处，共计约600平方米。"),
        new(Wall, Forum, Adopted, 76, "墙绘内容可以加入垃圾分类和安全用电等宣传内容。",
            "建议已采纳，在部分墙绘中融入垃圾分类宣传。", 100, "已在紫藤苑周边墙绘中加入垃圾分类元素。"),
        new(Wall, Visit, PartlyAdopted, 70, "建议在空白墙面设置垂直绿化，种植爬藤植物。",
            "部分采纳：在条件具备的两处墙面试点垂直绿化。", 50, "试点墙面种植槽已安装，植物生长期养护中。"),
        new(Wall, Survey, UnderReview, 25, "建议在小区围墙上设置社区公告栏和便民信息屏。", Anonymous: true),
        new(Wall, Online, Submitted, 3, "桃浦路沿线有一段围墙破损脱落，建议修缮后再做美化。"),
        new(Parking, Online, Adopted, 74, "老旧小区周边夜间停车难，建议利用周边道路夜间划设临时停车位。",
            "建议已采纳，会同交警部门在3条支路划设夜间限时停车位。", 100, "已划设夜间临时停车位86个，19:00至次日7:00开放。"),
        new(Parking, Questionnaire, Adopted, 68, "建议附近商场、写字楼停车库夜间向周边居民错峰开放。",
            "建议已采纳，协调2家单位开展错峰共享停车。", 70, "已有1家单位签约开放车位60个，另1家协商中。"),
        new(Parking, Forum, NotAdopted, 60, "建议在小区绿地上铺设植草砖改建停车位。",
            "小区绿化率须符合规定，毁绿建停车位不予采纳；将通过错峰共享停车缓解。"),
        new(Parking, Visit, UnderReview, 20, "建议临时停车位设置短时免费，超时收费，提高周转率。"),
        new(Parking, Online, Submitted, 2, "建议在物流园区周边设置货车临时停车场，避免货车占道停放。"),
        new(Park, Survey, UnderReview, 15, "建议在楼浦村河道边建设滨水口袋公园和步道。"),
        new(Parking, Questionnaire, PartlyAdopted, 50, "建议开发停车小程序，实时显示周边空余车位。",
            "部分采纳：接入区级智慧停车平台，暂不单独开发小程序。", 30, "已有2处公共停车场接入平台。"),
    ];

    public static readonly DemoSuggestionSpec[] Shihudang =
    [
        new("健身步道", Questionnaire, Adopted, 280, "建议沿村内河道建设健身步道。", "建议已采纳。", 100, "健身步道1.2公里已建成。"),
        new("河道护栏", Visit, Adopted, 275, "村内河道部分路段无护栏，老人小孩经过危险。", "建议已采纳。", 100, "已加装护栏800米。"),
        new("公共活动场地", Forum, PartlyAdopted, 270, "建议建设村民文化广场和舞台。", "部分采纳：利用闲置仓库改建村民活动室。", 100, "村民活动室已投入使用。"),
        new("路灯", Online, NotAdopted, 260, "建议所有田间道路安装路灯。", "田间道路夜间通行量小，暂不全面安装，主要路口已有照明。"),
    ];
}
