package org.shizhi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * Made-up people and organisations for the demo: common Chinese names by region and generation, families that hang
 * together (a couple a few years apart, children born to them, a grandparent), and identity numbers that are valid
 * but belong to nobody the platform knows: resident ID numbers (GB 11643, the check character from
 * {@link IdNumber#checkCharacter}), mobiles, unified social credit codes (GB 32100, the check character from
 * {@link UnifiedSocialCreditCode#checkCharacter}, the organisation-code part with its own GB 11714 check).
 *
 * <p>Every draw comes from the one {@link RandomGenerator} given, in a fixed order, so a seed gives the same people.
 * ID numbers and credit codes are unique across generators of different stations; mobiles within one generator
 * (across generators a repeat is possible, as in life, with a chance of 1 in 3·10^9 per pair).
 */
final class DemoPeople {

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1940, 1, 1);
    static final LocalDate LATEST_BIRTH = LocalDate.of(2010, 12, 31);

    /** Sichuan surnames, most common first (苟 and 税 are typically Sichuanese). */
    private static final String[] CHENGDU_SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "罗", "何", "徐", "胡", "邓", "曾", "谢", "冯", "唐", "彭",
        "蒋", "袁", "朱", "曹", "杜", "廖", "郑", "钟", "任", "范", "肖", "田", "邱", "付", "严", "余", "雷", "苟", "税", "文",
        "向", "鲜", "蒲", "卿"};
    /** Western Guangdong (雷州半岛) surnames, most common first. */
    private static final String[] ZHANJIANG_SURNAMES = {
        "陈", "李", "黄", "林", "梁", "吴", "张", "何", "杨", "庞", "莫", "邓", "王", "谢", "钟", "詹", "许", "苏", "揭", "冯",
        "全", "叶", "洪", "蔡", "郑", "周", "温", "符", "麦", "杜", "曾", "戚", "宋", "柯"};

    private static final String[] MALE_OLD = {
        "建国", "国强", "德明", "志刚", "永富", "家福", "文华", "振华", "国庆", "学文", "世荣", "长生", "树林", "春生",
        "玉林", "宝山", "金福", "明德", "光荣", "卫东", "建华", "福生", "汉章", "德全", "炳坤", "有才", "德贵", "荣华"};
    private static final String[] FEMALE_OLD = {
        "秀英", "桂兰", "淑珍", "玉兰", "凤英", "桂英", "秀兰", "素芬", "玉珍", "翠华", "美华", "桂芳", "秀珍", "惠芳",
        "玉梅", "淑芬", "丽华", "金凤", "月娥", "秀云", "兰芳", "桂珍", "素华", "玉英"};
    private static final String[] MALE_MID = {
        "伟", "强", "军", "勇", "斌", "涛", "磊", "杰", "鹏", "波", "刚", "辉", "明", "超", "俊", "峰", "浩", "晓东",
        "志强", "建军", "海涛", "小龙", "文杰", "宏伟", "永强", "国栋", "智勇", "春雷", "剑", "毅", "亮", "建平", "华明"};
    private static final String[] FEMALE_MID = {
        "敏", "静", "丽", "燕", "芳", "红", "娟", "艳", "霞", "玲", "婷", "莉", "琳", "慧", "晓燕", "丽娟", "海燕",
        "春梅", "雪梅", "晓红", "小琴", "佳", "丹", "蓉", "倩", "秀梅", "红梅", "晓梅", "利平", "雪"};
    private static final String[] MALE_YOUNG = {
        "子轩", "浩然", "宇航", "俊杰", "梓豪", "思远", "一鸣", "皓轩", "博文", "嘉豪", "宇轩", "天佑", "明轩", "泽宇",
        "家乐", "睿", "锦程", "文博", "志豪", "晨阳", "奕辰", "俊熙", "浩宇", "子墨", "昊天", "嘉俊"};
    private static final String[] FEMALE_YOUNG = {
        "欣怡", "梓涵", "诗涵", "雨桐", "可馨", "梦琪", "佳怡", "思琪", "一诺", "若曦", "紫涵", "雨欣", "婧琪", "晓彤",
        "馨月", "悦", "子琪", "嘉欣", "雅婷", "欣妍", "芷晴", "语桐", "佳琪", "思彤"};

    /** Mobile number segments in use (China Mobile, Unicom, Telecom). */
    private static final String[] MOBILE_PREFIXES = {
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "157",
        "158", "159", "166", "173", "176", "177", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191",
        "198", "199"};

    /** Counties people of the two cities often come from: 南充南部县, 阆中, 广安邻水, 绵阳三台; 雷州, 吴川, 徐闻, 广西桂平. */
    private static final String[] CHENGDU_MIGRANT_REGIONS = {"511321", "511381", "511623", "510722", "511304", "510681"};
    private static final String[] ZHANJIANG_MIGRANT_REGIONS = {"440882", "440883", "440825", "440881", "450881", "440923"};

    private final RandomGenerator random;
    private final int station;
    private final Set<String> idNumbers = new HashSet<>();
    private final Set<String> mobiles = new HashSet<>();
    private final Set<String> creditCodes = new HashSet<>();

    /**
     * @param station 0–99: the first two digits of the sequence of every ID number this generator issues (in real
     *                numbers, the police station's); generators with different stations never issue the same number
     */
    DemoPeople(RandomGenerator random, int station) {
        if (station < 0 || station > 99) {
            throw new IllegalArgumentException("a station is 0 to 99, got " + station);
        }
        this.random = random;
        this.station = station;
    }

    enum Sex { MALE, FEMALE }

    /** One made-up person: name, sex, birth date, the ID number issued for them and perhaps a mobile. */
    record Person(String name, Sex sex, LocalDate birthDate, IdNumber idNumber, Optional<PhoneNumber> mobile) {
        String surname() {
            return name.substring(0, 1);
        }
    }

    /** A name for a person of the city, sex and birth year. */
    String name(boolean zhanjiang, Sex sex, int birthYear) {
        return surname(zhanjiang) + givenName(sex, birthYear);
    }

    String surname(boolean zhanjiang) {
        String[] surnames = zhanjiang ? ZHANJIANG_SURNAMES : CHENGDU_SURNAMES;
        // Roughly Zipf-like: the first surnames are far more common than the last.
        double u = random.nextDouble();
        int index = (int) Math.floor(surnames.length * u * u);
        return surnames[Math.min(index, surnames.length - 1)];
    }

    String givenName(Sex sex, int birthYear) {
        String[] names;
        if (birthYear < 1965) {
            names = sex == Sex.MALE ? MALE_OLD : FEMALE_OLD;
        } else if (birthYear < 1990) {
            names = sex == Sex.MALE ? MALE_MID : FEMALE_MID;
        } else {
            names = sex == Sex.MALE ? MALE_YOUNG : FEMALE_YOUNG;
        }
        return pick(names);
    }

    Sex sex() {
        return random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    }

    /** A staff member (grid worker, instructor, building head): an adult with a mobile. */
    Staff staff(boolean zhanjiang, int earliestYear, int latestYear) {
        Sex sex = random.nextInt(100) < 58 ? Sex.FEMALE : Sex.MALE; // most community workers are women
        int year = earliestYear + random.nextInt(latestYear - earliestYear + 1);
        return new Staff(name(zhanjiang, sex, year), mobile());
    }

    record Staff(String name, PhoneNumber mobile) {
    }

    /**
     * A household as the population register sees it: 1–6 people who live together, born 1940–2010. The region of
     * the ID numbers is the district for people born there, or a county people of the city often come from.
     */
    List<Person> household(boolean zhanjiang, String localRegion, int latestAdultYear) {
        String[] migrantRegions = zhanjiang ? ZHANJIANG_MIGRANT_REGIONS : CHENGDU_MIGRANT_REGIONS;
        String familyRegion = random.nextInt(100) < 75 ? localRegion : pick(migrantRegions);
        List<Person> people = new ArrayList<>(6);
        int kind = random.nextInt(100);
        Sex headSex = random.nextInt(100) < 70 ? Sex.MALE : Sex.FEMALE;
        String familyName = surname(zhanjiang);
        if (kind < 12) {
            // An older person living alone (空巢老人).
            int year = between(1940, 1958);
            people.add(person(familyName, sex(), year, familyRegion, 55));
        } else if (kind < 27) {
            // An older couple.
            int year = between(1942, 1962);
            people.add(person(familyName, Sex.MALE, year, familyRegion, 70));
            people.add(person(surname(zhanjiang), Sex.FEMALE, clampYear(year + between(-1, 4)), familyRegion, 60));
        } else if (kind < 35) {
            // A single adult, often a tenant.
            int year = between(1975, Math.min(2002, latestAdultYear));
            people.add(person(familyName, sex(), year, random.nextInt(100) < 50 ? localRegion : pick(migrantRegions), 98));
        } else if (kind < 45) {
            // A young couple without children.
            int year = between(1988, Math.min(2000, latestAdultYear));
            people.add(person(familyName, headSex, year, familyRegion, 99));
            people.add(person(surname(zhanjiang), opposite(headSex), clampYear(year + between(-3, 3)), familyRegion, 99));
        } else {
            // A couple with children, and in one household of three a grandparent living with them (三代同堂).
            int year = between(1965, 1990);
            people.add(person(familyName, headSex, year, familyRegion, 97));
            people.add(person(surname(zhanjiang), opposite(headSex), clampYear(year + between(-4, 3)), familyRegion, 95));
            int children = random.nextInt(100) < 55 ? 1 : 2;
            int childYear = year + between(23, 33);
            for (int i = 0; i < children && childYear <= LATEST_BIRTH.getYear(); i++) {
                Sex childSex = sex();
                people.add(person(headSex == Sex.MALE ? familyName : people.get(1).surname(), childSex, childYear, localRegion,
                        childYear <= 2006 ? 90 : 0));
                childYear += between(2, 6);
            }
            if (random.nextInt(100) < 30) {
                int elderYear = Math.max(EARLIEST_BIRTH.getYear(), year - between(24, 32));
                Sex elderSex = random.nextInt(100) < 65 ? Sex.FEMALE : Sex.MALE;
                // A widowed father shares the family name; a mother has her own.
                people.add(person(elderSex == Sex.MALE ? familyName : surname(zhanjiang), elderSex, elderYear, familyRegion, 50));
            }
        }
        return people;
    }

    private Person person(String surname, Sex sex, int year, String region, int percentWithMobile) {
        LocalDate birth = LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        if (birth.isAfter(LATEST_BIRTH)) {
            birth = LATEST_BIRTH;
        }
        String name = surname + givenName(sex, year);
        Optional<PhoneNumber> mobile = random.nextInt(100) < percentWithMobile ? Optional.of(mobile()) : Optional.empty();
        return new Person(name, sex, birth, idNumber(region, birth, sex), mobile);
    }

    /**
     * A valid ID number: region, birth date, a 3-digit sequence and the check character. The sequence's first two
     * digits are the issuing police station's ({@link #DemoPeople(RandomGenerator, int) station}), so that the people
     * of different communities never share a number; its last digit is odd for a man and even for a woman, as GB
     * 11643 has it. Never the same twice from one generator.
     */
    IdNumber idNumber(String region, LocalDate birth, Sex sex) {
        LocalDate day = birth;
        for (int attempt = 0; attempt < 400; attempt++) {
            String date = String.format("%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
            int last = random.nextInt(5) * 2 + (sex == Sex.MALE ? 1 : 0);
            for (int i = 0; i < 5; i++) {
                String first17 = region + date + String.format("%02d%d", station, (last + 2 * i) % 10);
                if (idNumbers.add(first17)) {
                    return new IdNumber(first17 + IdNumber.checkCharacter(first17));
                }
            }
            // Five people of one sex born on one day at one station: the next one was born a day later.
            day = day.plusDays(1).isAfter(LATEST_BIRTH) ? day.minusDays(attempt + 1) : day.plusDays(1);
        }
        throw new IllegalStateException("no free ID number left around one birth date");
    }

    /** A valid mainland mobile, never the same twice in one load. */
    PhoneNumber mobile() {
        while (true) {
            String number = pick(MOBILE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
            if (mobiles.add(number)) {
                return new PhoneNumber(number);
            }
        }
    }

    /**
     * A valid unified social credit code: registration authority and kind ({@code 91} company, {@code 92} individual
     * business, {@code 52} private non-enterprise unit, {@code 12} public institution, {@code N2} rural collective),
     * the 6-digit district, the 9-character organisation code (8 characters and its GB 11714 check) and the check
     * character. The station's two digits are part of the organisation code, so generators of different stations
     * never issue the same code; one generator never issues a code twice.
     */
    UnifiedSocialCreditCode creditCode(String authorityAndKind, String region) {
        while (true) {
            StringBuilder organisation = new StringBuilder(9);
            if (authorityAndKind.startsWith("9")) {
                // Codes issued since 2015 to companies and individual businesses start MA.
                organisation.append("MA").append(String.format("%02d", station));
                while (organisation.length() < 8) {
                    organisation.append(UnifiedSocialCreditCode.ALPHABET.charAt(random.nextInt(UnifiedSocialCreditCode.ALPHABET.length())));
                }
            } else {
                organisation.append(String.format("%02d%06d", station, random.nextInt(1_000_000)));
            }
            organisation.append(organisationCodeCheck(organisation));
            String first17 = authorityAndKind + region + organisation;
            String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
            if (creditCodes.add(code)) {
                return new UnifiedSocialCreditCode(code);
            }
        }
    }

    /** GB 11714 check of an organisation code's 8 characters: weights 3 7 9 10 5 8 4 2, mod 11, X for 10. */
    static char organisationCodeCheck(CharSequence eight) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = eight.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    int between(int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static int clampYear(int year) {
        return Math.max(EARLIEST_BIRTH.getYear(), Math.min(LATEST_BIRTH.getYear(), year));
    }

    private static Sex opposite(Sex sex) {
        return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    }
}
