package org.shizhi.plugins.zhanjiang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shizhi.plugins.zhanjiang.Events.defaultGrader;
import static org.shizhi.plugins.zhanjiang.Events.event;
import static org.shizhi.plugins.zhanjiang.Events.graderWith;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.shared.AdminLevel;

class ThreeWhistlesGraderTest {

    private final ThreeWhistlesGrader grader = defaultGrader();

    @Nested
    class RoutineWhistle {

        @Test
        void aServiceRequestIsARoutineWhistleHandledByTheCommunity() {
            EventGrade grade = grader.grade(event(EventCategory.SERVICE_REQUEST,
                    "独居老人申请办理高龄津贴，行动不便，请网格员上门协助填表"));

            assertThat(grade.code()).isEqualTo("ROUTINE");
            assertThat(grade.label()).isEqualTo("常规哨");
            assertThat(grade.severity()).isEqualTo(1);
            assertThat(grade.handlingLevel()).isEqualTo(AdminLevel.COMMUNITY);
            assertThat(grade.reasons()).singleElement().asString()
                    .contains("SERVICE_REQUEST", "handled by the village or community");
        }

        @Test
        void aNeighbourQuarrelWithNoSignOfDifficultyStaysInTheVillage() {
            EventGrade grade = grader.grade(event(EventCategory.DISPUTE,
                    "两户邻居因楼道堆放杂物发生口角，经网格员劝说双方已和解"));

            assertThat(grade.code()).isEqualTo("ROUTINE");
            assertThat(grade.handlingLevel()).isEqualTo(AdminLevel.COMMUNITY);
        }

        @Test
        void overflowingBinsAreARoutineEnvironmentWhistle() {
            EventGrade grade = grader.grade(event(EventCategory.ENVIRONMENT,
                    "村口垃圾桶满溢未及时清运，村民要求增加清运次数"));

            assertThat(grade.code()).isEqualTo("ROUTINE");
        }
    }

    @Nested
    class KeyWhistle {

        @Test
        void unpaidWagesBlowTheKeyWhistleAtTheStreet() {
            EventGrade grade = grader.grade(event(EventCategory.DISPUTE,
                    "村内建筑工地拖欠工资三个月，十余名工人到村委会讨薪"));

            assertThat(grade.code()).isEqualTo("KEY");
            assertThat(grade.label()).isEqualTo("重点哨");
            assertThat(grade.severity()).isEqualTo(2);
            assertThat(grade.handlingLevel()).isEqualTo(AdminLevel.STREET);
            assertThat(grade.reasons()).containsExactly("mentions 拖欠工资", "mentions 讨薪");
        }

        @Test
        void aSafetyHazardIsAtLeastAKeyWhistleEvenWithoutAKeyword() {
            EventGrade grade = grader.grade(event(EventCategory.SAFETY_HAZARD,
                    "沿街商铺门前私拉电线，线头裸露"));

            assertThat(grade.code()).isEqualTo("KEY");
            assertThat(grade.handlingLevel()).isEqualTo(AdminLevel.STREET);
            assertThat(grade.reasons()).containsExactly("category SAFETY_HAZARD is at least a 重点哨");
        }

        @Test
        void aSafetyHazardNamesBothItsCategoryAndTheWordsFound() {
            EventGrade grade = grader.grade(event(EventCategory.SAFETY_HAZARD,
                    "出租屋楼道内电动车充电，堵塞消防通道，存在火灾隐患"));

            assertThat(grade.code()).isEqualTo("KEY");
            assertThat(grade.reasons()).containsExactly(
                    "category SAFETY_HAZARD is at least a 重点哨",
                    "mentions 火灾隐患", "mentions 消防", "mentions 电动车充电");
        }

        @Test
        void aDrunkenFightIsAPublicSecurityKeyWhistle() {
            EventGrade grade = grader.grade(event(EventCategory.PUBLIC_SECURITY,
                    "夜宵档两桌客人醉酒后打架，一人轻微受伤"));

            assertThat(grade.code()).isEqualTo("KEY");
            assertThat(grade.reasons()).contains("category PUBLIC_SECURITY is at least a 重点哨", "mentions 打架", "mentions 受伤");
        }

        @Test
        void aRepeatedComplaintIsAKeyWhistleWhateverItsCategory() {
            EventGrade grade = grader.grade(event(EventCategory.PUBLIC_OPINION,
                    "村民多次反映村道路灯不亮，至今未修"));

            assertThat(grade.code()).isEqualTo("KEY");
            assertThat(grade.reasons()).containsExactly("mentions 多次");
        }
    }

    @Nested
    class HardWhistle {

        @Test
        void aLandAcquisitionDisputeBlowsTheHardWhistle() {
            EventGrade grade = grader.grade(event(EventCategory.DISPUTE,
                    "村民对征地补偿款分配方案不满，多次到镇政府反映"));

            assertThat(grade.code()).isEqualTo("HARD");
            assertThat(grade.label()).isEqualTo("疑难哨");
            assertThat(grade.severity()).isEqualTo(3);
            assertThat(grade.handlingLevel()).isEqualTo(AdminLevel.DISTRICT);
            assertThat(grade.reasons()).containsExactly("mentions 征地");
        }

        @Test
        void aHomesteadBoundaryDisputeBlowsTheHardWhistle() {
            EventGrade grade = grader.grade(event(EventCategory.DISPUTE,
                    "两户村民因宅基地界址争执多年，村委会调解未果"));

            assertThat(grade.code()).isEqualTo("HARD");
            assertThat(grade.reasons()).containsExactly("mentions 宅基地");
        }

        @Test
        void aPetitionBacklogDisputeBlowsTheHardWhistle() {
            EventGrade grade = grader.grade(event(EventCategory.DISPUTE,
                    "村民因排水沟改道积怨多年，已列为信访积案"));

            assertThat(grade.code()).isEqualTo("HARD");
            assertThat(grade.reasons()).contains(
                    "mentions 信访", "mentions 积案",
                    "a DISPUTE that mentions 信访 is a petition backlog (信访积案), a 疑难哨",
                    "a DISPUTE that mentions 积案 is a petition backlog (信访积案), a 疑难哨");
        }

        @Test
        void aHardWordOutranksTheSafetyHazardFloor() {
            EventGrade grade = grader.grade(event(EventCategory.SAFETY_HAZARD,
                    "老旧危房外墙部分坍塌，砸坏停放车辆，仍有住户居住"));

            assertThat(grade.code()).isEqualTo("HARD");
            assertThat(grade.handlingLevel()).isEqualTo(AdminLevel.DISTRICT);
            assertThat(grade.reasons()).containsExactly("mentions 坍塌");
        }

        @Test
        void aCrowdGatheringOverDemolitionIsHard() {
            EventGrade grade = grader.grade(event(EventCategory.PUBLIC_SECURITY,
                    "旧村改造拆迁安置未谈妥，数十名群众聚集在项目部门口"));

            assertThat(grade.code()).isEqualTo("HARD");
            assertThat(grade.reasons()).containsExactly("mentions 聚集", "mentions 拆迁");
        }
    }

    @Nested
    class ConfiguredKeywords {

        private final ThreeWhistlesGrader configured = graderWith(Map.of(
                ZhanjiangPlugin.HARD_KEYWORDS, "鱼塘承包, 海堤",
                ZhanjiangPlugin.KEY_KEYWORDS, "台风"));

        @Test
        void configuredHardKeywordsReplaceTheDefaults() {
            assertThat(configured.hardKeywords()).containsExactly("鱼塘承包", "海堤");

            EventGrade landAcquisition = configured.grade(event(EventCategory.DISPUTE, "村民对征地补偿款分配方案不满"));
            EventGrade fishPond = configured.grade(event(EventCategory.DISPUTE, "鱼塘承包到期，村民与承包户就续租价格争执不下"));

            assertThat(landAcquisition.code()).as("征地 is no longer a hard word").isEqualTo("ROUTINE");
            assertThat(fishPond.code()).isEqualTo("HARD");
            assertThat(fishPond.reasons()).containsExactly("mentions 鱼塘承包");
        }

        @Test
        void configuredKeyKeywordsReplaceTheDefaults() {
            assertThat(configured.keyKeywords()).containsExactly("台风");

            EventGrade wages = configured.grade(event(EventCategory.DISPUTE, "工地拖欠工人工资，工人到村委会讨薪"));
            EventGrade typhoon = configured.grade(event(EventCategory.OTHER, "台风来临前仍有三艘渔船未回港避风"));

            assertThat(wages.code()).as("讨薪 is no longer a key word").isEqualTo("ROUTINE");
            assertThat(typhoon.code()).isEqualTo("KEY");
            assertThat(typhoon.reasons()).containsExactly("mentions 台风");
        }

        @Test
        void settingOneListLeavesTheOtherAtItsDefault() {
            ThreeWhistlesGrader onlyHardSet = graderWith(Map.of(ZhanjiangPlugin.HARD_KEYWORDS, "海堤"));

            assertThat(onlyHardSet.keyKeywords()).contains("欠薪", "安全隐患");
            assertThat(onlyHardSet.grade(event(EventCategory.DISPUTE, "工人讨薪")).code()).isEqualTo("KEY");
        }

        @Test
        void aPetitionBacklogDisputeIsHardEvenWhenTheCityDropsPetitionWordsFromItsList() {
            EventGrade grade = configured.grade(event(EventCategory.DISPUTE, "村民因排水沟改道积怨多年，已列为信访积案"));

            assertThat(grade.code()).isEqualTo("HARD");
            assertThat(grade.reasons()).containsExactly(
                    "a DISPUTE that mentions 信访 is a petition backlog (信访积案), a 疑难哨",
                    "a DISPUTE that mentions 积案 is a petition backlog (信访积案), a 疑难哨");
        }

        @Test
        void thePetitionBacklogRuleIsForDisputesOnly() {
            EventGrade grade = configured.grade(event(EventCategory.SERVICE_REQUEST, "村民咨询信访事项的网上办理流程"));

            assertThat(grade.code()).isEqualTo("ROUTINE");
        }

        @Test
        void blankItemsInAConfiguredListAreIgnored() {
            ThreeWhistlesGrader withBlanks = graderWith(Map.of(ZhanjiangPlugin.HARD_KEYWORDS, " 海堤 , ,鱼塘承包,"));

            assertThat(withBlanks.hardKeywords()).containsExactly("海堤", "鱼塘承包");
            assertThat(withBlanks.grade(event(EventCategory.OTHER, "一段海堤出现裂缝")).code()).isEqualTo("HARD");
        }
    }
}
