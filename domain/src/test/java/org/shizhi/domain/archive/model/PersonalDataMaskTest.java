package org.shizhi.domain.archive.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    @Test
    void idNumbersWithAValidCheckCharacterAndMobilesAreMaskedAnywhereInText() {
        String id = SampleCases.ID_NUMBER;
        String text = "当事人身份证" + id + "，电话+86 138-1234-5678，另一号码13912345678。";
        String masked = PersonalDataMask.text(text, List.of());
        assertThat(masked).doesNotContain(id).doesNotContain("1234-5678").doesNotContain("13912345678")
                .contains("110101********").contains("138****5678").contains("139****5678");
    }

    @Test
    void numbersThatOnlyLookLikePersonalDataStay() {
        String wrongCheck = SampleCases.ID_NUMBER.substring(0, 17) + (SampleCases.ID_NUMBER.charAt(17) == '1' ? '2' : '1');
        String text = "案号" + wrongCheck + "，金额120000000000元，座机02012345678。";
        assertThat(PersonalDataMask.text(text, List.of())).isEqualTo(text);
    }

    @Test
    void everyNumberInALongJudgmentIsMaskedWhereverItStands() {
        String id = SampleCases.ID_NUMBER;
        StringBuilder text = new StringBuilder(id).append("号");
        for (int i = 0; i < 200; i++) {
            text.append("2015年3月").append(i).append("日，被告人在某地盗窃财物价值人民币").append(1000 + i).append("元；");
        }
        text.append("联系电话13812345678，身份证号码").append(id).append("，手机+8613912345678");
        String masked = PersonalDataMask.text(text.toString(), List.of());
        assertThat(masked).as("at the start, the end and beside other numbers").doesNotContain(id)
                .doesNotContain("13812345678").doesNotContain("13912345678").contains("2015年3月199日").contains("1199元")
                .startsWith("110101********");
    }

    @Test
    void partyNamesAreMaskedInTheText() {
        assertThat(PersonalDataMask.text("欧阳娜娜与张伟协商", List.of(new Party("张伟", "申请人", Optional.empty(), Optional.empty()),
                new Party("欧阳娜娜", "被申请人", Optional.empty(), Optional.empty())))).isEqualTo("欧***与张*协商");
    }

    @Test
    void anOrganisationsNameIsNotPersonalDataAndStays() {
        List<Party> parties = List.of(new Party("张伟", "申请人", Optional.empty(), Optional.empty()),
                new Party("锦华物业管理有限公司", "被申请人", Optional.empty(), Optional.empty(), Party.Kind.ORGANISATION));
        assertThat(PersonalDataMask.text("张伟与锦华物业管理有限公司就漏水赔偿协商", parties))
                .isEqualTo("张*与锦华物业管理有限公司就漏水赔偿协商");
    }
}
