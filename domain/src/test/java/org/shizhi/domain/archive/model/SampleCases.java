package org.shizhi.domain.archive.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PhoneNumber;

/**
 * Seven cases in two cities (湛江 4408, 成都 5101) for the archive's contracts: the same documents every adapter
 * indexes, with the hit sets and facet counts written out by hand in {@code CaseArchiveContract}.
 */
public final class SampleCases {

    public static final AreaCode ZHANJIANG = AreaCode.of("440800");
    public static final AreaCode CHENGDU = AreaCode.of("510100");
    public static final AreaCode CHIKAN = AreaCode.of("440802");
    public static final AreaCode XIASHAN = AreaCode.of("440803");
    public static final AreaCode CHIKAN_COMMUNITY = AreaCode.of("440802001001");
    public static final AreaCode XIASHAN_STREET = AreaCode.of("440803002000");
    public static final AreaCode JINJIANG_COMMUNITY = AreaCode.of("510104001002");

    /** A valid resident ID number (check character computed, not copied). */
    public static final String ID_NUMBER = "11010119900307451" + IdNumber.checkCharacter("11010119900307451");
    public static final String MOBILE = "13812345678";

    public static final CaseRecord RENOVATION_NOISE = new CaseRecord(CaseId.ofImported(ZHANJIANG, "CK-2023-001"),
            CaseSource.HISTORICAL, Optional.of("CK-2023-001"), ZHANJIANG, CHIKAN_COMMUNITY, "邻里纠纷", "楼上装修噪音扰民纠纷",
            "住户张伟反映楼上邻居夜间装修施工，噪音扰民，多次协商未果。", "依据《噪声污染防治法》，夜间施工应当停止。",
            "双方达成调解协议，楼上住户承诺夜间不施工。", "",
            List.of(new Party("张伟", "申请人", Optional.of(new IdNumber(ID_NUMBER)), Optional.of(new PhoneNumber(MOBILE)))),
            LocalDate.of(2023, 3, 2), LocalDate.of(2023, 3, 20), List.of("噪音", "调解成功"));

    public static final CaseRecord SQUARE_DANCE = new CaseRecord(CaseId.ofGridEvent(UUID.fromString("00000000-0000-4000-8000-000000000002")),
            CaseSource.GRID_EVENT, Optional.empty(), ZHANJIANG, XIASHAN_STREET, "邻里纠纷", "广场舞噪音影响休息",
            "小区广场舞音响声音过大，影响周边居民休息。", "", "社区协调调整广场舞时间和音量。", "", List.of(),
            LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 5), List.of("噪音"));

    public static final CaseRecord CEILING_LEAK = new CaseRecord(CaseId.ofImported(ZHANJIANG, "CK-2022-117"),
            CaseSource.HISTORICAL, Optional.of("CK-2022-117"), ZHANJIANG, CHIKAN_COMMUNITY, "物业纠纷", "楼上漏水损坏天花板",
            "业主家中天花板因楼上卫生间漏水受损，要求赔偿。", "", "赤坎物业管理有限公司协助维修，楼上业主赔偿维修费用两千元。", "",
            List.of(new Party("赤坎物业管理有限公司", "协助方", Optional.empty(), Optional.empty(), Party.Kind.ORGANISATION)),
            LocalDate.of(2022, 11, 10), LocalDate.of(2023, 1, 15), List.of("漏水", "赔偿"));

    public static final CaseRecord DATA_LEAK = new CaseRecord(CaseId.ofGridEvent(UUID.fromString("00000000-0000-4000-8000-000000000004")),
            CaseSource.GRID_EVENT, Optional.empty(), ZHANJIANG, XIASHAN_STREET, "信息安全", "小区大数据平台泄露住户信息",
            "居民反映小区大数据平台泄露住户电话，联系电话" + MOBILE + "被推销骚扰。", "", "街道责令物业整改，删除违规收集的数据。", "",
            List.of(), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 20), List.of("个人信息"));

    public static final CaseRecord UNPAID_WAGES = new CaseRecord(CaseId.ofDispute(UUID.fromString("00000000-0000-4000-8000-000000000005"), 1),
            CaseSource.DISPUTE, Optional.empty(), ZHANJIANG, ZHANJIANG, "劳动争议", "农民工讨薪纠纷",
            "十二名农民工被拖欠工资共计八万元，身份证号" + ID_NUMBER + "的工人代表投诉。", "依据《保障农民工工资支付条例》。",
            "施工单位分两期支付拖欠工资。", "", List.of(), LocalDate.of(2023, 8, 8), LocalDate.of(2023, 9, 30),
            List.of("讨薪", "调解成功"));

    public static final CaseRecord BAR_NOISE = new CaseRecord(CaseId.ofImported(CHENGDU, "JJ-2024-042"),
            CaseSource.HISTORICAL, Optional.of("JJ-2024-042"), CHENGDU, JINJIANG_COMMUNITY, "邻里纠纷", "酒吧噪音扰民",
            "居民投诉楼下酒吧深夜噪音扰民。", "", "城管执法，酒吧安装隔音设施。", "", List.of(),
            LocalDate.of(2024, 5, 5), LocalDate.of(2024, 5, 30), List.of("噪音"));

    public static final CaseRecord NIGHT_WORKS = new CaseRecord(CaseId.ofImported(ZHANJIANG, "CK-2024-300"),
            CaseSource.HISTORICAL, Optional.of("CK-2024-300"), ZHANJIANG, CHIKAN_COMMUNITY, "邻里纠纷", "工地夜间施工扰民",
            "附近工地夜间施工，机械轰鸣，居民无法入睡。", "", "住建部门责令夜间停工。", "", List.of(),
            LocalDate.of(2024, 9, 9), LocalDate.of(2024, 9, 12), List.of("施工"));

    public static final List<CaseRecord> ALL = List.of(RENOVATION_NOISE, SQUARE_DANCE, CEILING_LEAK, DATA_LEAK, UNPAID_WAGES,
            BAR_NOISE, NIGHT_WORKS);

    private SampleCases() {
    }

    /** A further Zhanjiang case closed in 2025, for indexing while someone pages. */
    public static CaseRecord late(String externalId, String title) {
        return new CaseRecord(CaseId.ofImported(ZHANJIANG, externalId), CaseSource.HISTORICAL, Optional.of(externalId),
                ZHANJIANG, CHIKAN_COMMUNITY, "邻里纠纷", title, "楼道堆放杂物引发邻里矛盾。", "", "社区调解后清理。", "", List.of(),
                LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 9), List.of());
    }
}
