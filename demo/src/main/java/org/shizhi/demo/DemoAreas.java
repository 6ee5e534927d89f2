package org.shizhi.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.shizhi.domain.grid.model.Position;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;

/**
 * The places of the demo: the communities of {@code areas.csv} with their street, district and city, the roads and
 * estates their addresses use, where their districts lie, and the functional departments of each district.
 */
final class DemoAreas {

    static final String AREAS = "/org/shizhi/demo/areas.csv";
    static final AreaCode CHENGDU = AreaCode.of("510100");
    static final AreaCode ZHANJIANG = AreaCode.of("440800");

    /** Zhanjiang's 金沙湾社区 (赤坎区沙湾街道): 96 buildings in 136 sub-grids with building heads (seed 003). */
    static final AreaCode JINSHAWAN = AreaCode.of("440802005002");
    /** Lianjiang's 冠利社区, where the 和家工作室 brings owners, property company and grid workers together (seed 003). */
    static final AreaCode GUANLI = AreaCode.of("440881003002");
    /** Chengdu's 总府路社区 and 玉林社区, whose micro-grids have building heads (楼栋长) for their blocks. */
    static final AreaCode ZONGFU = AreaCode.of("510104022001");
    static final AreaCode YULIN = AreaCode.of("510107005002");

    private DemoAreas() {
    }

    /** A community (社区) or village (村) of the demo with the areas above it. */
    record Community(AreaCode code, String name, AreaCode street, String streetName, AreaCode district, String districtName,
                     AreaCode city) {

        boolean village() {
            return name.endsWith("村");
        }

        boolean zhanjiang() {
            return city.equals(ZHANJIANG);
        }

        /** The name without 社区 or 村: 总府路社区 → 总府路. */
        String shortName() {
            if (name.endsWith("社区")) {
                return name.substring(0, name.length() - 2);
            }
            return village() ? name.substring(0, name.length() - 1) : name;
        }

        /** The 6-digit district code, also the region of ID numbers issued there. */
        String region() {
            return district.value().substring(0, 6);
        }
    }

    /** The communities of both demo cities, in code order, each with its street, district and city. */
    static List<Community> communities() {
        Map<AreaCode, String> names = new LinkedHashMap<>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(DemoAreas.class.getResourceAsStream(AREAS), AREAS), StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                names.put(AreaCode.of(row.get("code")), row.get("name"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Community> communities = new ArrayList<>();
        names.forEach((code, name) -> {
            if (code.level() != AdminLevel.COMMUNITY) {
                return;
            }
            AreaCode street = code.parent().orElseThrow();
            AreaCode district = street.parent().orElseThrow();
            communities.add(new Community(code, name, street, names.getOrDefault(street, street.value()), district,
                    names.getOrDefault(district, district.value()), code.cityCode()));
        });
        communities.sort((a, b) -> a.code().compareTo(b.code()));
        return communities;
    }

    /** Main roads of each district, real names, for addresses that do not take the community's own street. */
    private static final Map<String, String[]> DISTRICT_ROADS = Map.ofEntries(
            Map.entry("510104", new String[] {"红星路二段", "东大街", "天仙桥北路", "水井街", "一环路东五段", "书院南街", "牛市口路", "成龙大道"}),
            Map.entry("510105", new String[] {"人民中路二段", "蜀都大道", "青华路", "同仁路", "八宝街", "清江东路", "光华大道"}),
            Map.entry("510106", new String[] {"一环路北三段", "沙湾路", "抚琴西路", "营门口路", "蜀汉路", "五块石路", "二环路北一段"}),
            Map.entry("510107", new String[] {"武侯祠大街", "玉林北路", "桐梓林北路", "科华北路", "红牌楼路", "佳灵路", "簇桥路"}),
            Map.entry("510108", new String[] {"建设北路", "府青路二段", "双林路", "猛追湾街", "二仙桥东三路", "万年场路", "保和路"}),
            Map.entry("440802", new String[] {"中山二路", "北桥路", "南方路", "海滨大道北", "寸金路", "九二一路", "民主路", "南桥路"}),
            Map.entry("440803", new String[] {"人民大道南", "解放西路", "椹川大道中", "友谊路", "逸仙路", "海滨大道南", "东新路"}),
            Map.entry("440804", new String[] {"南调路", "麻斜街", "坡头大道", "官渡路", "龙头大道"}),
            Map.entry("440811", new String[] {"瑞云路", "麻章大道", "湖光路", "金园路", "东山大道"}),
            Map.entry("440823", new String[] {"黄略大道", "遂城大道"}),
            Map.entry("440881", new String[] {"中山路", "人民大道", "九洲江大道", "南门路"}));

    private static final String[] CHENGDU_ESTATES = {
        "锦华苑", "望江名门", "东篱苑", "金桂园", "蜀都花园", "芙蓉小区", "银杏苑", "和平院落", "建工宿舍", "电力小区", "红星院落",
        "锦绣花园", "紫荆苑", "府河苑", "新华公寓", "东升院落", "双林小区", "翠竹苑", "清水河小区", "玉林小区", "城市花园",
        "川棉宿舍", "交大花园", "桂花巷院落", "幸福里", "梧桐苑"};
    private static final String[] ZHANJIANG_ESTATES = {
        "海景花园", "椰林苑", "南国花园", "海滨新村", "金海岸花园", "滨江苑", "宝满小区", "海逸园", "绿华园", "荔湾小区",
        "海悦名苑", "嘉洲花园", "国贸新村", "南方小区", "霞海新村", "观海园", "紫荆花园", "龙潮新村", "港湾花园", "椰城小区"};

    /** Estates (小区、院落) for the names of micro-grids and the addresses in them. */
    static String[] estates(Community community) {
        if (community.code().equals(JINSHAWAN)) {
            return new String[] {"金沙湾观海园", "金沙湾海景苑", "金沙湾星海小区", "金沙湾滨海花园"};
        }
        if (community.code().equals(GUANLI)) {
            return new String[] {"和家小区", "冠利花园", "九洲江畔"};
        }
        return community.zhanjiang() ? ZHANJIANG_ESTATES : CHENGDU_ESTATES;
    }

    /** The community's own street: 总府路社区 → 总府路, 晨辉社区 → 晨辉路 (a made-up but plausible name). */
    static String ownRoad(Community community) {
        String base = community.shortName();
        if (base.contains("大道") || base.endsWith("路") || base.endsWith("街") || base.endsWith("巷") || base.endsWith("大道") || base.endsWith("巷子")) {
            return base;
        }
        // A stable suffix per community, so that its addresses agree with each other.
        String[] suffixes = {"路", "街", "北路", "东街", "南路", "西街"};
        return base + suffixes[Math.floorMod(community.code().value().hashCode(), suffixes.length)];
    }

    static String[] districtRoads(Community community) {
        return DISTRICT_ROADS.getOrDefault(community.region(), new String[] {ownRoad(community)});
    }

    /** Roughly the centre of each district, WGS-84. */
    private static final Map<String, double[]> CENTRES = Map.ofEntries(
            Map.entry("510104", new double[] {104.0830, 30.6570}), Map.entry("510105", new double[] {104.0620, 30.6740}),
            Map.entry("510106", new double[] {104.0520, 30.6920}), Map.entry("510107", new double[] {104.0430, 30.6420}),
            Map.entry("510108", new double[] {104.1010, 30.6600}), Map.entry("440802", new double[] {110.3650, 21.2660}),
            Map.entry("440803", new double[] {110.3980, 21.1920}), Map.entry("440804", new double[] {110.4550, 21.2450}),
            Map.entry("440811", new double[] {110.3340, 21.2630}), Map.entry("440823", new double[] {110.2550, 21.3770}),
            Map.entry("440881", new double[] {110.2860, 21.6110}));

    /** A point somewhere in the community's district. */
    static Position somewhereIn(Community community, double u, double v) {
        double[] centre = CENTRES.getOrDefault(community.region(),
                community.zhanjiang() ? new double[] {110.3594, 21.2707} : new double[] {104.0665, 30.5723});
        double lon = centre[0] + (u - 0.5) * 0.04;
        double lat = centre[1] + (v - 0.5) * 0.03;
        return new Position(Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6);
    }

    /** The district's name in pinyin, the first part of its departments' codes ({@code jinjiang-housing}). */
    private static final Map<String, String> DISTRICT_PINYIN = Map.ofEntries(
            Map.entry("510104", "jinjiang"), Map.entry("510105", "qingyang"), Map.entry("510106", "jinniu"),
            Map.entry("510107", "wuhou"), Map.entry("510108", "chenghua"), Map.entry("440802", "chikan"),
            Map.entry("440803", "xiashan"), Map.entry("440804", "potou"), Map.entry("440811", "mazhang"),
            Map.entry("440823", "suixi"), Map.entry("440881", "lianjiang"));

    static String districtPinyin(Community community) {
        return DISTRICT_PINYIN.getOrDefault(community.region(), "d" + community.region());
    }
}
