package org.shizhi.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shizhi.domain.grid.model.EventCategory;

/**
 * What the demo's events say: short reports of hazards, requests, nuisances and opinions as grid workers, residents
 * and the 12345 hotline write them (with a few that only happen in Chengdu or in Zhanjiang), the dispute
 * descriptions of the ProMediConv dataset ({@code disputes.tsv}), and the remarks, resolutions, rejection reasons,
 * verdict comments and summons answers of their handling; each report comes with how a community that handles it
 * itself settles it. Placeholders: {@code {estate}} an estate of the community,
 * {@code {b}} a building number, {@code {road}} a road, {@code {no}} a house number.
 */
final class DemoTexts {

    static final String DISPUTES = "/org/shizhi/demo/disputes.tsv";

    private DemoTexts() {
    }

    /** A report as it comes in, and how the community dealt with it when it could. */
    record Template(String report, String resolution) {
    }

    private static Template t(String report, String resolution) {
        return new Template(report, resolution);
    }

    private static final Map<EventCategory, Template[]> COMMON = Map.of(
            EventCategory.SAFETY_HAZARD, new Template[] {
                t("{estate}{b}栋有住户把电动车推进楼道充电，电线从窗户私拉下来，存在火灾隐患。",
                        "网格员会同物业上门劝导，电动车已移至小区充电棚，飞线已拆除，并张贴安全提示。"),
                t("{estate}{b}栋1单元楼道堆放纸箱、旧家具等杂物，堵塞消防通道，多次劝说未清理。",
                        "已联系物业清理楼道杂物、疏通消防通道，并入户开展消防安全宣传。"),
                t("{road}{no}号一楼餐馆后厨的液化气罐放在过道里，软管老化，能闻到燃气味。",
                        "燃气公司已上门更换老化软管，气瓶已移入专用气瓶间，商户签订安全承诺书。"),
                t("{estate}{b}栋外墙瓷砖松动脱落，昨晚掉下一块砸在单元门口，幸好没有伤到人。",
                        "物业已在单元门口设置警示围挡，维修单位已清除松动瓷砖并修补外墙。"),
                t("{estate}内消防栓箱没有水带，打开阀门没有水，灭火器也已过期。",
                        "物业已补齐水带、恢复消防供水，并更换过期灭火器。"),
                t("{road}人行道上一个井盖缺失，只用一块木板盖着，晚上行人容易踩空。",
                        "已设置警示标志，权属单位已补装井盖。"),
                t("{estate}{b}栋顶楼住户私自在楼顶搭建彩钢棚，占用公共区域，存在安全隐患。",
                        "社区约谈住户，彩钢棚已自行拆除，楼顶通道恢复畅通。"),
                t("{estate}地下车库顶板渗水，配电箱旁边有积水，担心漏电。",
                        "物业已断电检修配电箱，做好防水处理，积水已清理。"),
                t("{road}{no}号旁边一棵大树根部腐烂、树身倾斜，正对着人行道，刮风时摇晃厉害。",
                        "已联系园林部门现场查看，对倾斜树木进行修剪加固。"),
                t("{estate}{b}栋电梯一周内两次困人，物业只是临时复位，没有彻底检修。",
                        "督促物业联系维保单位全面检修，更换老化部件，电梯已恢复正常运行。"),
                t("{road}{no}号老旧平房屋顶瓦片破损、墙体开裂，独居老人仍住在里面。",
                        "已协助老人临时搬到亲属家居住，房屋已申请危房鉴定。"),
                t("{road}{no}号门面在人行道上焊接作业，火花四溅，旁边就停着电动车。",
                        "网格员现场制止，商户已将作业移入店内并配备灭火器。"),
                t("{estate}充电棚里电动车充电无人看管，晚上有插座冒火花。",
                        "物业已更换损坏插座，加装智能充电桩和监控。"),
                t("{estate}{b}栋二楼住户在阳台上存放大量油漆和稀释剂，气味很大。",
                        "网格员上门宣传，住户已将油漆等易燃物品清出。")},
            EventCategory.SERVICE_REQUEST, new Template[] {
                t("{road}{no}号附近三盏路灯已经不亮一个多星期了，晚上老人出门不安全。",
                        "已报路灯管理所维修，三盏路灯已恢复照明。"),
                t("{estate}{b}栋独居老人行动不便，希望社区上门协助办理高龄津贴申领。",
                        "社区工作人员已上门代办高龄津贴申领，材料已提交。"),
                t("{estate}{b}栋楼道感应灯坏了，晚上上下楼看不清。",
                        "物业已更换楼道感应灯。"),
                t("{estate}{b}栋单元门禁损坏，外人可以随意进出，请协调物业维修。",
                        "已协调物业维修，单元门禁恢复正常。"),
                t("{estate}{b}栋下水道堵塞，一楼住户家里返水，物业说要业主自己处理。",
                        "社区协调物业和业主，已疏通公共排水主管，费用由维修资金列支。"),
                t("{estate}一位残疾居民需要办理残疾人证，行动不便，希望社区帮忙预约上门评定。",
                        "已联系残联预约上门评定，网格员全程陪同。"),
                t("{road}{no}号公交站候车亭座椅损坏，希望维修。",
                        "已转公交公司维修，座椅已更换。"),
                t("{estate}停水两天，事先没有通知，住户生活受影响，希望了解恢复供水的时间。",
                        "已联系供水公司，管道抢修完成并恢复供水，物业在群里发布了通知。"),
                t("希望社区在{estate}附近增设老年助餐点，方便独居老人吃饭。",
                        "社区已与附近餐饮企业合作开设老年助餐点，每周一至周六供应午餐。"),
                t("{estate}{b}栋一位80多岁的独居老人几天没有出门，邻居担心，请网格员上门看看。",
                        "网格员已上门探望，老人身体无碍，已联系其子女并纳入重点关爱名单。"),
                t("居民咨询城乡居民医保的缴费时间和办理方式，希望社区帮忙代办。",
                        "已向居民说明缴费时间和方式，并帮助其在手机上完成缴费。"),
                t("{road}{no}号附近人行道地砖破损翘起，行人容易绊倒，请求修复。",
                        "已报市政维修，破损地砖已更换。"),
                t("{estate}快递柜故障，取件码无法使用，很多包裹取不出来。",
                        "已联系快递柜运营方维修，包裹已全部取出。"),
                t("{estate}{b}栋一户低保家庭孩子开学需要办理教育救助，不清楚申请流程。",
                        "社区已指导家长准备材料，协助提交教育救助申请。")},
            EventCategory.ENVIRONMENT, new Template[] {
                t("{road}{no}号一楼餐馆油烟直排，没有安装净化设施，楼上住户窗户都不敢开。",
                        "网格员约谈商户，已安装油烟净化设施并定期清洗。"),
                t("{estate}垃圾分类点垃圾满溢，已经两天没有清运，气味很大。",
                        "已协调环卫公司加密清运频次，分类点已清理消毒。"),
                t("{estate}绿化带里有人倾倒装修建筑垃圾，堆了一大堆。",
                        "物业已清运建筑垃圾，并设置装修垃圾临时堆放点。"),
                t("{road}{no}号附近工地夜间施工到凌晨，噪声扰民，影响休息。",
                        "已联系施工单位，夜间施工已停止，施工时间调整到白天。"),
                t("{estate}{b}栋住户在楼下空地养鸡，异味和鸡叫影响邻居。",
                        "网格员上门劝导，住户已将鸡转移，空地已清理。"),
                t("{road}{no}号门口污水井冒水，污水流到人行道上。",
                        "已联系排水公司疏通管道，路面已冲洗干净。"),
                t("{estate}内遛狗不牵绳、不清理粪便，草坪和步道上到处是狗粪。",
                        "社区开展文明养犬宣传，物业在小区设置拾便袋箱并加强巡查。"),
                t("{road}沿街商铺占道经营，货物摆到人行道上，行人只能走机动车道。",
                        "已劝导商户退店经营，人行道已恢复通行。"),
                t("{road}{no}号附近共享单车乱停乱放，堵住了盲道和小区出入口。",
                        "已联系共享单车运维人员清理，划定停放区域。"),
                t("{estate}{b}栋楼下烧烤摊每天营业到凌晨两三点，油烟和吵闹声扰民。",
                        "已约谈摊主，营业时间调整到晚上十一点前，并加装油烟净化设备。"),
                t("{road}{no}号汽修店在路边喷漆作业，油漆味很重。",
                        "已督促汽修店停止露天喷漆，改在店内喷漆房作业。")},
            EventCategory.PUBLIC_SECURITY, new Template[] {
                t("{estate}近期多次发生电动车电瓶被盗，监控有死角，居民希望加强巡逻。",
                        "已联系社区民警加强夜间巡逻，物业增补监控探头。"),
                t("{estate}{b}栋有一套房屋频繁有陌生人进出，疑似群租，住户担心安全。",
                        "网格员会同社区民警上门核查，已督促房东规范出租登记。"),
                t("{road}{no}号附近晚上经常有人酒后在路边吵闹滋事。",
                        "已通报辖区派出所，夜间巡逻已覆盖该路段。"),
                t("有人在{estate}门口发放“免费领鸡蛋”传单，组织老人听保健品讲座，疑似诈骗。",
                        "社区民警已到场劝离发传单人员，社区开展防诈骗宣传。"),
                t("{road}{no}号网吧有未成年人出入，晚上十一点后还在上网。",
                        "已通报文化执法部门，网吧已整改并加强实名登记。"),
                t("{estate}门岗晚上无人值守，外来车辆和人员随意进出。",
                        "已督促物业安排夜间值守，外来车辆登记后进入。"),
                t("{estate}{b}栋住户反映放在家门口的快递多次被人拿走。",
                        "已调取监控并报警，物业在单元门口增设快递暂存柜。"),
                t("{road}有人在路边摆摊，以“扫码送礼品”为名收集居民个人信息。",
                        "网格员现场劝离，并提醒居民保护个人信息。"),
                t("{estate}{b}栋一户人家经常深夜打骂孩子，哭喊声很大，邻居担心孩子安全。",
                        "社区会同妇联、民警上门了解情况，对家长进行教育，孩子纳入关爱名单。")},
            EventCategory.PUBLIC_OPINION, new Template[] {
                t("{estate}老旧小区改造方案公示后，部分居民对拆除自行车棚有意见，希望开会再议。",
                        "社区召开居民议事会听取意见，改造方案调整为保留并翻新车棚。"),
                t("{estate}{b}栋加装电梯，高层住户支持，一二楼住户反对，意见分歧较大。",
                        "社区组织协商会，低层住户补偿方案达成一致，加装电梯进入报批。"),
                t("{estate}物业公司计划上调停车费，居民意见较大，认为没有经过业主大会表决。",
                        "社区约谈物业公司，调价暂缓，待业主大会表决后再定。"),
                t("居民对{road}菜市场拟搬迁表示担忧，担心以后买菜不方便。",
                        "已向居民解释搬迁安排，新市场开业前保留临时便民摊点。"),
                t("居民希望在{estate}增设健身器材和儿童游乐设施。",
                        "已纳入社区微更新项目，健身器材和儿童游乐设施已安装。"),
                t("{road}公交线路调整后{estate}附近的站点取消了，老人出行不便，希望恢复。",
                        "已向交通部门反映，线路调整为保留原站点。"),
                t("{estate}业委会换届，部分业主对选举程序提出质疑。",
                        "社区指导业委会重新公示选举程序和候选人名单，业主无异议。"),
                t("多名居民反映{estate}物业服务质量下降，想了解更换物业公司的程序。",
                        "社区向业主讲解更换物业的程序，并督促现物业公司限期整改。"),
                t("居民希望社区在暑假期间为双职工家庭开办儿童托管班。",
                        "社区联合志愿者开设暑期托管班，已招收学生40余名。")},
            EventCategory.OTHER, new Template[] {
                t("{estate}内有一辆无牌照的“僵尸车”停放半年多，长期占用公共车位。",
                        "已张贴限期移车通知，车主已将车辆移走。"),
                t("{estate}附近有几只流浪狗，晚上追咬路人，居民害怕。",
                        "已联系动物救助机构将流浪犬收容。"),
                t("{estate}{b}栋阳台外有一个马蜂窝，越来越大，住户不敢开窗。",
                        "已联系消防人员上门摘除马蜂窝。"),
                t("居民在{road}捡到一个钱包，内有证件和银行卡，交到社区请帮忙寻找失主。",
                        "社区通过证件信息联系到失主，钱包已交还本人。"),
                t("{estate}{b}栋楼顶水箱盖损坏，担心杂物掉进去影响用水。",
                        "物业已更换水箱盖并清洗水箱。"),
                t("居民咨询出租房屋需要到哪里办理租赁登记备案。",
                        "已告知居民办理地点和所需材料，并协助在线提交备案。")});

    private static final Map<EventCategory, Template[]> CHENGDU_ONLY = Map.of(
            EventCategory.SAFETY_HAZARD, new Template[] {
                t("{road}{no}号火锅店在门口违规摆放燃气灶具经营，占用消防通道。",
                        "已督促火锅店撤除门口灶具，消防通道已清理。")},
            EventCategory.ENVIRONMENT, new Template[] {
                t("{road}{no}号楼下茶铺打麻将到深夜，麻将机声音很大，影响楼上住户休息。",
                        "网格员约谈茶铺老板，营业时间调整到晚上十点前，麻将机加装了隔音垫。"),
                t("{road}附近府河河面有大量漂浮垃圾，希望尽快打捞。",
                        "已联系河道保洁单位打捞，河面已清理干净。")},
            EventCategory.SERVICE_REQUEST, new Template[] {
                t("居民咨询为来蓉务工的亲属办理居住证需要哪些材料。",
                        "已告知居住证办理材料和流程，并协助网上预约。")});

    private static final Map<EventCategory, Template[]> ZHANJIANG_ONLY = Map.of(
            EventCategory.SAFETY_HAZARD, new Template[] {
                t("台风过后{estate}{b}栋楼顶广告牌支架变形，随时可能掉落，请尽快处理。",
                        "已设置警戒区域，产权单位已拆除变形的广告牌。"),
                t("{estate}{b}栋外墙防盗网锈蚀严重，台风季节有坠落风险。",
                        "已通知住户限期拆除锈蚀防盗网，物业已协助完成。"),
                t("{road}{no}号骑楼外墙批荡剥落，下面就是人行道。",
                        "已设置警示围挡，业主已请施工队修复外墙。")},
            EventCategory.ENVIRONMENT, new Template[] {
                t("{road}海鲜大排档把污水直接倒进雨水井，附近臭味很大。",
                        "已约谈商户，隔油池已安装，污水接入污水管网。"),
                t("{road}{no}号附近海鲜摊档占道经营，地面污水横流。",
                        "已劝导摊档退回市场内经营，路面已冲洗。"),
                t("台风过后{estate}内倒伏的树木和树枝一直没人清理。",
                        "已组织物业和志愿者清理倒伏树木，道路已恢复通行。")},
            EventCategory.SERVICE_REQUEST, new Template[] {
                t("居民咨询为来湛务工的亲属办理居住证需要哪些材料。",
                        "已告知居住证办理材料和流程，并协助网上预约。")});

    /** The report templates of a category for a city (the common ones and the city's own). */
    static List<Template> templates(EventCategory category, boolean zhanjiang) {
        List<Template> all = new ArrayList<>(List.of(COMMON.getOrDefault(category, new Template[0])));
        all.addAll(List.of((zhanjiang ? ZHANJIANG_ONLY : CHENGDU_ONLY).getOrDefault(category, new Template[0])));
        return all;
    }

    /** A dispute as the dataset describes it. */
    record Dispute(String type, String description) {
    }

    /** The dispute descriptions of {@code disputes.tsv} (ProMediConv, Apache-2.0), in file order. */
    static List<Dispute> disputes() {
        List<Dispute> result = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(DemoTexts.class.getResourceAsStream(DISPUTES), DISPUTES), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                result.add(new Dispute(line.substring(0, tab), line.substring(tab + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    static final String[] ACCEPT_REMARKS = {
        "已受理，安排网格员现场核实。", "已受理，转社区综治中心办理。", "已受理，联系物业共同处理。", "已受理。", ""};

    static final String[] CALL_REMARKS = {
        "社区协调无果，提请街道呼叫。", "涉及多个部门职责，报街道统筹处置。", "需要执法部门介入，请街道吹哨。",
        "社区力量无法解决，申请街道协调。"};

    static final String[] REJECTION_REASONS = {
        "经网格员现场核实，反映的情况不存在。",
        "属于业主与物业公司之间的合同纠纷，已告知当事人通过业主大会或诉讼途径解决。",
        "反映地点不在本社区辖区，已告知反映人向所属社区反映。",
        "属于个人之间的债务纠纷，已引导当事人申请人民调解或向法院起诉。",
        "该问题上月已处理完毕，现场复查无新情况。",
        "反映人无法提供具体地址，多次回拨无人接听，无法核实。"};

    /** How a community settles a dispute it can settle itself. */
    static final String[] DISPUTE_RESOLUTIONS = {
        "经社区人民调解委员会调解，双方达成一致，签订调解协议。",
        "网格员和社区调解员多次上门做工作，双方各退一步，矛盾已化解。",
        "社区组织双方当面协商，在法律顾问见证下达成和解。"};

    static final String[] STREET_RESOLUTIONS = {
        "街道综合执法队到场处置，现场已整改到位。",
        "街道召集相关方现场协调，已明确整改责任并完成整改。",
        "街道矛盾纠纷调解中心组织调解，双方达成协议。",
        "街道安排专人督办，问题已解决，社区负责回访。"};

    static final String[] DEPARTMENT_RESOLUTIONS = {
        "已到场处置，完成整改并拍照留档。",
        "已依法责令整改，复查合格。",
        "已会同街道、社区现场处理，问题已解决。",
        "已立案处理，当事人已整改到位。"};

    static final String[] SATISFIED_COMMENTS = {
        "处理及时，很满意。", "网格员态度很好，问题已经解决。", "基本解决了，希望以后多巡查。",
        "比较满意，就是时间长了一点。", "感谢社区，问题解决了。", "满意。"};

    static final String[] DISSATISFIED_COMMENTS = {
        "问题没有根本解决，过几天又恢复原样。", "只是口头答应，没有实际整改。",
        "对处理结果不满意，要求重新处理。", "来看了一下就走了，问题依旧。"};

    static final String[] ON_TIME_NOTES = {
        "已派员到场，明确整改责任和时限。", "已到场核查，现场拍照取证。", "电话回复，已安排专人对接。", "已书面回复处置方案。"};

    static final String[] LATE_NOTES = {
        "因另有紧急任务，延迟到场。", "值班人员未及时接收通知，现已到场。", "报到延误，已到场对接。"};

    /** The functions of a district's departments an event of the category is dispatched or summoned to. */
    static String[] departmentFunctions(EventCategory category, String text) {
        return switch (category) {
            case DISPUTE -> text.contains("工伤") || text.contains("工资") || text.contains("受伤") && text.contains("厂")
                    ? new String[] {"hrss", "judicial"} : new String[] {"judicial", "police"};
            case SAFETY_HAZARD -> new String[] {"fire", "housing", "emergency", "urban"};
            case SERVICE_REQUEST -> new String[] {"civil", "urban", "water", "housing"};
            case ENVIRONMENT -> new String[] {"urban", "eco", "market"};
            case PUBLIC_SECURITY -> new String[] {"police"};
            case PUBLIC_OPINION -> new String[] {"housing", "civil", "transport"};
            case OTHER -> new String[] {"urban", "police"};
        };
    }

    /** What a district department is called: 锦江区住建局, 赤坎公安分局. */
    static String departmentLabel(String districtName, String function) {
        String district = districtName.endsWith("区") || districtName.endsWith("县") || districtName.endsWith("市")
                ? districtName.substring(0, districtName.length() - 1) : districtName;
        return switch (function) {
            case "judicial" -> districtName + "司法局";
            case "police" -> district + "公安分局";
            case "hrss" -> districtName + "人社局";
            case "fire" -> districtName + "消防救援大队";
            case "housing" -> districtName + "住建局";
            case "emergency" -> districtName + "应急管理局";
            case "urban" -> districtName + "综合行政执法局";
            case "civil" -> districtName + "民政局";
            case "water" -> districtName + "水务局";
            case "eco" -> districtName + "生态环境分局";
            case "market" -> districtName + "市场监管局";
            case "transport" -> districtName + "交通运输局";
            default -> districtName + function;
        };
    }
}
