package org.shizhi.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.shizhi.demo.DemoAreas.Community;
import org.shizhi.demo.DemoPeople.Person;
import org.shizhi.domain.grid.model.Boundary;
import org.shizhi.domain.grid.model.DwellingId;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.grid.model.OrganisationKind;
import org.shizhi.domain.grid.model.Position;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase.RegisterDwellingCommand;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase.RegisterOrganisationCommand;
import org.shizhi.domain.grid.port.in.KeepRegistersUseCase.RegisterResidentCommand;
import org.shizhi.domain.grid.port.in.ManageGridsUseCase.CreateGridCommand;
import org.shizhi.domain.grid.port.in.ManageGridsUseCase.RedrawBoundaryCommand;
import org.shizhi.domain.grid.port.in.StaffGridsUseCase.AssignMemberCommand;
import org.shizhi.domain.grid.port.in.StaffGridsUseCase.ReleaseMemberCommand;
import org.shizhi.domain.shared.Actor;

/**
 * Draws the grids of each community, staffs them and fills their registers, through the use cases and as the city's
 * system admin ({@code Actor.system(city)}), the way a city loads its grids on joining the platform:
 * <ul>
 *   <li>a total grid (社区总网格) per community, led by the community's secretary with a party instructor;</li>
 *   <li>2–4 general grids (一般网格) under it, most with a responsible grid worker, some with an assistant and an
 *       instructor (Zhanjiang puts an instructor on most grids, seed 003);</li>
 *   <li>micro-grids (微网格) under the general grids: in Chengdu on every general grid, each an estate or compound of
 *       30–100 households (seed 001); in Zhanjiang on some, and a villagers' group (村民小组) each in the villages;</li>
 *   <li>building sub-grids (分片小网格) with building heads (楼长) in 金沙湾 (seed 003: 96 buildings, 136 sub-grids, here
 *       fewer), in 冠利社区, and in two Chengdu communities whose blocks have 楼栋长;</li>
 *   <li>a few grids left without a responsible worker: never staffed, or their worker left and was released;</li>
 *   <li>dwellings (a block's unit, or a village house) with the households living there, one registered family in
 *       most of them, and the property company, shops, a school and social organisations of the community.</li>
 * </ul>
 */
final class DemoGridLoader {

    private static final String[] NUMERALS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final GridDemoServices services;
    private final DemoPeople people;
    private final RandomGenerator random;
    private final DemoCounts counts;
    private final Map<String, String> estateAddresses = new HashMap<>();

    DemoGridLoader(GridDemoServices services, DemoPeople people, RandomGenerator random, DemoCounts counts) {
        this.services = services;
        this.people = people;
        this.random = random;
        this.counts = counts;
    }

    /** A grid as the loader knows it, to report and handle events on it later. */
    static final class DemoGrid {
        final GridCode code;
        final GridTier tier;
        final String name;
        final Community community;
        final Optional<DemoGrid> parent;
        final String estate;
        long version;
        /** A micro-grid's number in its community (第3微网格; in a village, its villagers' group). */
        int number;
        Optional<String> responsibleWorker = Optional.empty();
        final List<DemoGrid> children = new ArrayList<>();
        /** Adults registered on the grid with a mobile: whom a resident's report may come from. */
        final List<Person> adults = new ArrayList<>();

        DemoGrid(GridCode code, GridTier tier, String name, Community community, Optional<DemoGrid> parent, String estate,
                 long version) {
            this.code = code;
            this.tier = tier;
            this.name = name;
            this.community = community;
            this.parent = parent;
            this.estate = estate;
            this.version = version;
        }

        /** The grid whose responsible worker answers for this one: itself, or the nearest grid above with one. */
        DemoGrid answeringGrid() {
            DemoGrid grid = this;
            while (grid.responsibleWorker.isEmpty() && grid.parent.isPresent()) {
                grid = grid.parent.get();
            }
            return grid;
        }
    }

    /** Draws, staffs and registers one community; returns its grids, the total grid first. */
    List<DemoGrid> load(Community community, int indexInCity) {
        Actor admin = Actor.system(community.city());
        boolean zhanjiang = community.zhanjiang();
        boolean village = community.village();
        // Each micro-grid an estate of its own (until the community's list runs out), each estate at one address.
        List<String> estates = shuffled(DemoAreas.estates(community));
        estateAddresses.clear();
        int buildingsPerMicro = community.code().equals(DemoAreas.JINSHAWAN) ? 3
                : community.code().equals(DemoAreas.GUANLI) || community.code().equals(DemoAreas.ZONGFU)
                || community.code().equals(DemoAreas.YULIN) ? 2 : 0;

        List<DemoGrid> grids = new ArrayList<>();
        DemoGrid total = create(admin, community, GridTier.TOTAL, community.name() + "总网格", Optional.empty(), estates.getFirst());
        grids.add(total);
        // The community's secretary is its total grid's leader (总网格长).
        assign(admin, total, GridPost.RESPONSIBLE_WORKER, people.staff(zhanjiang, 1966, 1986));
        assign(admin, total, GridPost.PARTY_INSTRUCTOR, people.staff(zhanjiang, 1962, 1985));
        if (random.nextInt(100) < 35) {
            assign(admin, total, GridPost.ASSISTANT_WORKER, people.staff(zhanjiang, 1985, 1999));
        }
        if (zhanjiang) {
            // 五者同责 (seed 003): the cadres linked to the village or community sit on its total grid; every fifth
            // community still waits for its resident cadre, so the coverage indicator has something to show.
            // Not drawn from the random source, so the rest of the demo data stays as it was.
            assign(admin, total, GridPost.COUNTY_LEADER, people.staff(true, 1965, 1980));
            assign(admin, total, GridPost.TOWN_LEADER, people.staff(true, 1970, 1985));
            assign(admin, total, GridPost.DEPARTMENT_HEAD, people.staff(true, 1968, 1982));
            if (indexInCity % 5 != 3) {
                assign(admin, total, GridPost.RESIDENT_CADRE, people.staff(true, 1985, 1996));
            }
        }

        int generals = buildingsPerMicro == 3 ? 4 : 2 + random.nextInt(3);
        int micro = 0;
        int building = 0;
        for (int g = 1; g <= generals; g++) {
            DemoGrid general = create(admin, community, GridTier.GENERAL,
                    community.name() + "第" + NUMERALS[g] + "网格", Optional.of(total), estates.get((g - 1) % estates.size()));
            grids.add(general);
            // One grid per city is handed to a new worker, one loses its worker: the gap list shows it.
            boolean leaves = indexInCity == 2 && g == 1;
            boolean handover = indexInCity == 4 && g == 1;
            if (leaves || random.nextInt(100) < 98) {
                MemberId first = assign(admin, general, GridPost.RESPONSIBLE_WORKER, people.staff(zhanjiang, 1975, 1998));
                if (!leaves) {
                    train(admin, general, first);
                }
                if (leaves) {
                    var released = services.staff().release(admin, new ReleaseMemberCommand(general.code, general.version, first));
                    general.version = released.version();
                    general.responsibleWorker = Optional.empty();
                    counts.membersByPost.merge(GridPost.RESPONSIBLE_WORKER, -1, Integer::sum);
                    counts.released++;
                } else if (handover) {
                    // The new worker takes over in the same change; the one replaced is off the grid.
                    assign(admin, general, GridPost.RESPONSIBLE_WORKER, people.staff(zhanjiang, 1985, 1999));
                    counts.membersByPost.merge(GridPost.RESPONSIBLE_WORKER, -1, Integer::sum);
                    counts.handedOver++;
                }
            }
            if (random.nextInt(100) < 20) {
                assign(admin, general, GridPost.ASSISTANT_WORKER, people.staff(zhanjiang, 1980, 2000));
            }
            if (random.nextInt(100) < (zhanjiang ? 60 : 20)) {
                assign(admin, general, GridPost.PARTY_INSTRUCTOR, people.staff(zhanjiang, 1960, 1990));
            }

            int micros = microGrids(community, buildingsPerMicro);
            for (int m = 0; m < micros; m++) {
                micro++;
                String estate = estates.get((micro - 1) % estates.size());
                String microName = village ? "第" + micro + "微网格（第" + micro + "村民小组）"
                        : zhanjiang ? "第" + micro + "微网格" : "第" + micro + "微网格（" + estate + "）";
                DemoGrid microGrid = create(admin, community, GridTier.MICRO, microName, Optional.of(general), estate);
                microGrid.number = micro;
                grids.add(microGrid);
                if (random.nextInt(100) < 97) {
                    // Micro-grid workers are often residents themselves, younger or retired.
                    assign(admin, microGrid, GridPost.RESPONSIBLE_WORKER,
                            random.nextBoolean() ? people.staff(zhanjiang, 1955, 1968) : people.staff(zhanjiang, 1980, 2000));
                }
                int buildings = buildingsPerMicro == 0 ? 0 : buildingsPerMicro + random.nextInt(buildingsPerMicro == 3 ? 3 : 2);
                for (int b = 0; b < buildings; b++) {
                    building++;
                    // Large blocks are split into two sub-grids, as in 金沙湾 (96 buildings, 136 sub-grids).
                    boolean split = buildingsPerMicro == 3 && random.nextInt(100) < 35;
                    for (int half = 0; half < (split ? 2 : 1); half++) {
                        String name = building + "栋" + (split ? (half == 0 ? "1-2单元" : "3-4单元") : "");
                        DemoGrid block = create(admin, community, GridTier.BUILDING, name, Optional.of(microGrid), estate);
                        grids.add(block);
                        assign(admin, block, GridPost.BUILDING_HEAD, people.staff(zhanjiang, 1950, 1985));
                        if (random.nextInt(100) < 30) {
                            assign(admin, block, GridPost.BUILDING_HEAD, people.staff(zhanjiang, 1955, 1990)); // 副楼长
                        }
                        if (zhanjiang) {
                            // High-rise blocks, 12-36 households a unit.
                            registerBlock(admin, block, building, split ? half * 2 + 1 : 1, split ? 2 : 1 + random.nextInt(2), 12, 36);
                        } else {
                            // Six-storey blocks of two units, 8-16 households each: a micro-grid of 2-3 blocks keeps
                            // to Chengdu's 30-100 households.
                            registerBlock(admin, block, building, 1, 2, 8, 16);
                        }
                    }
                }
                if (buildings == 0) {
                    registerLeaf(admin, microGrid);
                }
            }
            if (micros == 0) {
                registerLeaf(admin, general);
            }
        }
        registerOrganisations(admin, community, grids, indexInCity);
        drawBoundaries(admin, community, grids, indexInCity);
        return grids;
    }

    /** Where a city's demo communities are laid out: the south-west corner of the first, in degrees (lon, lat). */
    private static final double[] CHENGDU_ORIGIN = {103.99, 30.60};
    private static final double[] ZHANJIANG_ORIGIN = {110.30, 21.22};
    private static final int COMMUNITIES_PER_ROW = 10;
    private static final double COMMUNITY_WIDTH = 0.016;
    private static final double COMMUNITY_HEIGHT = 0.014;

    /**
     * Gives the community's leaf grids (those no other grid lies in, the ones the registers fill) a boundary, through
     * the same use case a city admin's {@code PUT /grids/{code}/boundary} goes through, so the dashboard's map has
     * something to draw. The community gets a cell of a city-wide layout (by its index in the city, around central
     * Chengdu or Chikan, Zhanjiang), its leaves a cell each of the community's cell, and each leaf a quadrilateral
     * inside its own cell, its corners moved inwards a little: no two boundaries overlap. The shapes come from a
     * generator seeded with the community's code, not from the demo's random source, so every other demo value stays
     * as the seed makes it.
     */
    private void drawBoundaries(Actor admin, Community community, List<DemoGrid> grids, int indexInCity) {
        List<DemoGrid> leaves = grids.stream().filter(g -> g.children.isEmpty()).toList();
        if (leaves.isEmpty()) {
            return;
        }
        double[] origin = community.zhanjiang() ? ZHANJIANG_ORIGIN : CHENGDU_ORIGIN;
        double west = origin[0] + (indexInCity % COMMUNITIES_PER_ROW) * COMMUNITY_WIDTH;
        double south = origin[1] + (indexInCity / COMMUNITIES_PER_ROW) * COMMUNITY_HEIGHT;
        int columns = (int) Math.ceil(Math.sqrt(leaves.size()));
        int rows = (leaves.size() + columns - 1) / columns;
        // A tenth of the community's cell is left between communities.
        double width = COMMUNITY_WIDTH * 0.9 / columns;
        double height = COMMUNITY_HEIGHT * 0.9 / rows;
        SplittableRandom shapes = new SplittableRandom(Long.parseLong(community.code().value()));
        for (int i = 0; i < leaves.size(); i++) {
            double x = west + (i % columns) * width;
            double y = south + (i / columns) * height;
            // Each corner inside its cell's own margin (up to a quarter of the cell in): a convex ring, apart from the others.
            double mx = width / 4;
            double my = height / 4;
            List<Position> ring = new ArrayList<>(List.of(
                    position(x + shapes.nextDouble(0.02, 1) * mx, y + shapes.nextDouble(0.02, 1) * my),
                    position(x + width - shapes.nextDouble(0.02, 1) * mx, y + shapes.nextDouble(0.02, 1) * my),
                    position(x + width - shapes.nextDouble(0.02, 1) * mx, y + height - shapes.nextDouble(0.02, 1) * my),
                    position(x + shapes.nextDouble(0.02, 1) * mx, y + height - shapes.nextDouble(0.02, 1) * my)));
            ring.add(ring.getFirst());
            DemoGrid leaf = leaves.get(i);
            var redrawn = services.grids().redrawBoundary(admin,
                    new RedrawBoundaryCommand(leaf.code, leaf.version, Optional.of(new Boundary(ring))));
            leaf.version = redrawn.version();
        }
    }

    /** Rounded to six decimals (about 0.1 m), as a surveyor's file would give them. */
    private static Position position(double lon, double lat) {
        return new Position(Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6);
    }

    private int microGrids(Community community, int buildingsPerMicro) {
        if (buildingsPerMicro > 0) {
            return 2;
        }
        int u = random.nextInt(100);
        if (community.village()) {
            return u < 60 ? 1 : 2;
        }
        if (community.zhanjiang()) {
            return u < 40 ? 0 : u < 85 ? 1 : 2;
        }
        return u < 45 ? 1 : u < 90 ? 2 : 3;
    }

    private DemoGrid create(Actor admin, Community community, GridTier tier, String name, Optional<DemoGrid> parent,
                            String estate) {
        var created = services.grids().createGrid(admin, new CreateGridCommand(community.code(), tier, name,
                parent.map(p -> p.code), Optional.empty()));
        DemoGrid grid = new DemoGrid(created.code(), tier, name, community, parent, estate, created.version());
        parent.ifPresent(p -> p.children.add(grid));
        counts.gridsByTier.merge(tier, 1, Integer::sum);
        return grid;
    }

    private MemberId assign(Actor admin, DemoGrid grid, GridPost post, DemoPeople.Staff person) {
        var assigned = services.staff().assign(admin, new AssignMemberCommand(grid.code, grid.version, post, person.name(),
                person.mobile()));
        grid.version = assigned.version();
        if (post == GridPost.RESPONSIBLE_WORKER) {
            grid.responsibleWorker = Optional.of(person.name());
        }
        counts.membersByPost.merge(post, 1, Integer::sum);
        return assigned.member();
    }

    private static final String[] COURSES = {"矛盾纠纷排查化解实务", "网格信息采集与系统操作", "消防安全与隐患排查", "群众工作方法与沟通技巧",
            "平安建设与重点人员服务管理"};

    /**
     * One to three courses the worker attended in the last two months (网格员培训), recorded by the city's admin. The
     * courses are drawn whether or not training is recorded, so that the rest of the demo is the same data either way
     * (tests rebuild it in memory from the same seed, without training).
     */
    private void train(Actor admin, DemoGrid grid, MemberId worker) {
        java.time.LocalDate today = java.time.LocalDate.now(org.shizhi.domain.shared.WorkingTime.ZONE);
        int courses = 1 + random.nextInt(3);
        for (int i = 0; i < courses; i++) {
            var course = new org.shizhi.domain.grid.port.in.RecordTrainingUseCase.RecordTraining(grid.code, worker,
                    COURSES[random.nextInt(COURSES.length)], today.minusDays(3 + random.nextInt(60)),
                    10 * (2 + random.nextInt(3)) + (random.nextInt(2) * 5));
            services.training().ifPresent(training -> training.record(admin, course));
        }
    }

    /** The dwellings of a micro-grid or a general grid without micro-grids. */
    private void registerLeaf(Actor admin, DemoGrid grid) {
        Community community = grid.community;
        if (community.village()) {
            int houses = 2 + random.nextInt(2);
            for (int i = 0; i < houses; i++) {
                String address = community.name() + (grid.tier == GridTier.MICRO ? grid.number : 1 + random.nextInt(12))
                        + "队" + (1 + random.nextInt(80)) + "号";
                dwelling(admin, grid, address, random.nextInt(100) < 80 ? 1 : 2, 95);
            }
            return;
        }
        // A compound or estate of 30-100 households (seed 001), registered by unit.
        int units = random.nextInt(100) < 40 ? 2 : 1;
        int households = 30 + random.nextInt(71);
        int block = 1 + random.nextInt(12);
        for (int u = 1; u <= units; u++) {
            int here = units == 1 ? households : u == 1 ? households / 2 : households - households / 2;
            dwelling(admin, grid, estateAddress(grid) + block + "栋" + u + "单元", here, 88);
        }
    }

    /** The units of one building sub-grid. */
    private void registerBlock(Actor admin, DemoGrid grid, int building, int firstUnit, int units, int fewest, int most) {
        for (int u = firstUnit; u < firstUnit + units; u++) {
            dwelling(admin, grid, estateAddress(grid) + building + "栋" + u + "单元", fewest + random.nextInt(most - fewest + 1), 85);
        }
    }

    /** The address of the grid's estate, the same for all its blocks: 总府路28号望江名门. */
    private String estateAddress(DemoGrid grid) {
        String address = estateAddresses.get(grid.estate);
        if (address == null) {
            address = road(grid.community) + (1 + random.nextInt(180)) + "号" + grid.estate;
            estateAddresses.put(grid.estate, address);
        }
        return address;
    }

    private <T> List<T> shuffled(T[] items) {
        List<T> list = new ArrayList<>(List.of(items));
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
        return list;
    }

    private void dwelling(Actor admin, DemoGrid grid, String address, int households, int percentWithFamily) {
        var registered = services.registers().registerDwelling(admin, new RegisterDwellingCommand(grid.code, address, households));
        counts.dwellings++;
        counts.households += households;
        if (random.nextInt(100) < percentWithFamily) {
            family(admin, grid, registered.dwelling());
            // In a block's unit of many households, a second family is often registered too.
            if (households >= 30 && random.nextInt(100) < 20) {
                family(admin, grid, registered.dwelling());
            }
        }
    }

    private void family(Actor admin, DemoGrid grid, DwellingId dwelling) {
        for (Person person : people.household(grid.community.zhanjiang(), grid.community.region(), 2004)) {
            services.registers().registerResident(admin, new RegisterResidentCommand(dwelling, person.name(), person.idNumber(),
                    person.mobile()));
            counts.residents++;
            if (person.mobile().isPresent() && person.birthDate().getYear() <= 2004) {
                grid.adults.add(person);
            }
        }
    }

    private void registerOrganisations(Actor admin, Community community, List<DemoGrid> grids, int indexInCity) {
        boolean zhanjiang = community.zhanjiang();
        String region = community.region();
        String district = community.districtName();
        List<DemoGrid> generals = grids.stream().filter(g -> g.tier == GridTier.GENERAL).toList();
        List<DemoGrid> lowest = grids.stream().filter(g -> g.tier != GridTier.TOTAL && g.children.isEmpty()).toList();
        String road = DemoAreas.ownRoad(community);
        if (community.village()) {
            organisation(admin, grids.getFirst(), community.name() + "股份经济合作社", "N2", region, OrganisationKind.OTHER,
                    community.name() + "村委会");
        } else if (random.nextInt(100) < 75) {
            DemoGrid grid = people.pick(generals);
            String estate = grid.estate.startsWith("金沙湾") ? "金沙湾" : grid.estate.substring(0, 2);
            String city = zhanjiang ? "湛江" : "成都";
            organisation(admin, grid, city + estate + (random.nextBoolean() ? "物业服务有限公司" : "物业管理有限公司"), "91", region,
                    OrganisationKind.ENTERPRISE, estateAddress(grid) + "物业服务中心");
        }
        int shops = 1 + (random.nextInt(100) < 45 ? 1 : 0);
        for (int i = 0; i < shops; i++) {
            DemoGrid grid = people.pick(lowest);
            organisation(admin, grid, district + shopName(zhanjiang, grid), "92", region, OrganisationKind.INDIVIDUAL_BUSINESS,
                    road(community) + (1 + random.nextInt(200)) + "号" + (random.nextBoolean() ? "附" + (1 + random.nextInt(12)) + "号" : ""));
        }
        if (indexInCity % 4 == 0 && !community.village()) {
            organisation(admin, people.pick(generals), district + community.shortName() + (random.nextBoolean() ? "小学" : "幼儿园"), "12",
                    region, OrganisationKind.PUBLIC_INSTITUTION, road + (1 + random.nextInt(120)) + "号");
        }
        if (community.code().equals(DemoAreas.GUANLI)) {
            organisation(admin, generals.getFirst(), community.districtName() + "冠利社区和家邻里服务中心", "52", region,
                    OrganisationKind.SOCIAL_ORGANISATION, road + "18号");
        } else if (random.nextInt(100) < 20) {
            organisation(admin, people.pick(generals), district + community.shortName() + "社区志愿服务中心", "52", region,
                    OrganisationKind.SOCIAL_ORGANISATION, road + (1 + random.nextInt(120)) + "号");
        }
    }

    private String shopName(boolean zhanjiang, DemoGrid grid) {
        String surname = people.surname(zhanjiang);
        String[] chengdu = {surname + "记冒菜店", surname + "记面馆", "老" + surname + "家抄手店", grid.estate + "便民超市",
            surname + "姐串串香店", "鲜果汇水果店", surname + "师傅五金店", "好邻居便利店", surname + "氏茶铺", grid.estate + "药房"};
        String[] zhanjiangShops = {surname + "记肠粉店", surname + "记糖水铺", "老" + surname + "白切鸡店", grid.estate + "便民超市",
            "海味干货行", surname + "氏牛杂店", surname + "记五金店", "好邻居便利店", grid.estate + "药房", surname + "记海鲜档"};
        return people.pick(zhanjiang ? zhanjiangShops : chengdu);
    }

    private void organisation(Actor admin, DemoGrid grid, String name, String authorityAndKind, String region,
                              OrganisationKind kind, String address) {
        services.registers().registerOrganisation(admin, new RegisterOrganisationCommand(grid.code, name,
                people.creditCode(authorityAndKind, region), kind, address));
        counts.organisations++;
    }

    private String road(Community community) {
        return random.nextInt(100) < 60 ? DemoAreas.ownRoad(community) : people.pick(DemoAreas.districtRoads(community));
    }

    /** What was loaded, counted as it was loaded; never a name, an ID number or a mobile. */
    static final class DemoCounts {
        final Map<GridTier, Integer> gridsByTier = new EnumMap<>(GridTier.class);
        final Map<GridPost, Integer> membersByPost = new EnumMap<>(GridPost.class);
        int released;
        int handedOver;
        int dwellings;
        long households;
        int residents;
        int organisations;

        void add(DemoCounts other) {
            other.gridsByTier.forEach((tier, n) -> gridsByTier.merge(tier, n, Integer::sum));
            other.membersByPost.forEach((post, n) -> membersByPost.merge(post, n, Integer::sum));
            released += other.released;
            handedOver += other.handedOver;
            dwellings += other.dwellings;
            households += other.households;
            residents += other.residents;
            organisations += other.organisations;
        }
    }
}
