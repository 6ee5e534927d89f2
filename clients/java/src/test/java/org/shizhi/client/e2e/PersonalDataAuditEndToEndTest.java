package org.shizhi.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.client.ApiException;
import org.shizhi.client.api.AreasApi;
import org.shizhi.client.api.AuditApi;
import org.shizhi.client.api.GridsApi;
import org.shizhi.client.api.RegistersApi;
import org.shizhi.client.model.AuditAction;
import org.shizhi.client.model.AuditEntry;
import org.shizhi.client.model.GridTier;
import org.shizhi.client.model.NewArea;
import org.shizhi.client.model.NewDwelling;
import org.shizhi.client.model.NewGrid;
import org.shizhi.client.model.NewResident;
import org.shizhi.client.model.RegisterAreasRequest;
import org.shizhi.client.model.Resident;

/**
 * Who saw whose personal data, through the generated client: a grid worker with {@code PERSONAL_DATA} reads a
 * resident stating a purpose ({@code Access-Purpose}); the city's auditor lists the entries of that resident
 * ({@code record}) and finds the read, its reader and purpose; a masked read of another resident leaves none.
 * Codes 510104211xxx.
 */
class PersonalDataAuditEndToEndTest {

    private static final String COMMUNITY = "510104211001";

    @RegisterExtension
    static final PlatformUnderTest platform = PlatformUnderTest.as("510100", "510100", "CITY_ADMIN");

    private static String grid;

    @BeforeAll
    static void aCommunityWithAGrid() throws ApiException {
        new AreasApi(platform.client()).registerAreas(new RegisterAreasRequest()
                .addAreasItem(new NewArea().code("510104211000").name("端到端隐私街道"))
                .addAreasItem(new NewArea().code(COMMUNITY).name("端到端隐私社区")), null);
        grid = new GridsApi(platform.client()).createGrid(new NewGrid().community(COMMUNITY).tier(GridTier.GENERAL)
                .name("端到端隐私网格"), null).getCode();
    }

    /** A valid 18-digit ID number (GB 11643 check digit) for a person born 1990-03-07 with sequence {@code n}. */
    private static String idNumber(int n) {
        String body = "51010419900307" + String.format("%03d", n);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static UUID resident(RegistersApi keeper, int n) throws ApiException {
        UUID dwelling = keeper.registerDwelling(grid, new NewDwelling().address("隐私路" + n + "号").households(1), null).getId();
        return keeper.registerResident(dwelling, new NewResident().name("赵敏").idNumber(idNumber(n)).mobile("13612345678"), null)
                .getId();
    }

    @Test
    void aClearReadIsListedForTheResidentWithItsReaderAndPurposeAndAMaskedOneIsNot() throws ApiException {
        RegistersApi keeper = new RegistersApi(platform.clientAs("510100", COMMUNITY, "GRID_WORKER"));
        RegistersApi privileged = new RegistersApi(platform.clientAs("510100", COMMUNITY, "GRID_WORKER", "PERSONAL_DATA"));
        AuditApi auditor = new AuditApi(platform.clientAs("510100", "510100", "AUDITOR"));
        UUID seen = resident(keeper, 11);
        UUID maskedOnly = resident(keeper, 12);

        Resident clear = privileged.getResident(seen, URLEncoder.encode("核实低保申请人身份", StandardCharsets.UTF_8));
        Resident masked = keeper.getResident(maskedOnly, null);

        assertThat(clear.getMasked()).isFalse();
        assertThat(masked.getMasked()).isTrue();
        List<AuditEntry> entries = auditor.listAuditEntries(null, null, null, null, seen.toString(), null, 100).getItems();
        assertThat(entries).as("entries naming the resident read clear").hasSize(1);
        AuditEntry entry = entries.get(0);
        assertThat(entry.getAction()).isEqualTo(AuditAction.READ);
        assertThat(entry.getIds()).containsExactly(seen.toString());
        assertThat(entry.getPurpose()).isEqualTo("核实低保申请人身份");
        assertThat(entry.getRoles()).contains("GRID_WORKER");
        assertThat(auditor.listAuditEntries(null, null, null, null, maskedOnly.toString(), null, 100).getItems())
                .as("a masked read is not a disclosure").isEmpty();
        assertThat(auditor.verifyAudit().getIntact()).isTrue();
    }
}
