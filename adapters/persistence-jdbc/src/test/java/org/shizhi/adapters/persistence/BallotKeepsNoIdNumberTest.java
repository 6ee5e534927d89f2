package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.campaign.model.Ballot;
import org.shizhi.domain.campaign.model.Nomination;
import org.shizhi.domain.campaign.model.Period;
import org.shizhi.domain.campaign.model.SampleCampaigns;
import org.shizhi.domain.campaign.model.VotingRound;
import org.shizhi.domain.shared.IdNumber;

/** The ballot row holds a keyed hash of the voter, never the ID number or anything of it. */
class BallotKeepsNoIdNumberTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Test
    void aBallotStoresOnlyTheVotersKeyedHash() throws Exception {
        var store = db.database().safetyStarRepository();
        VotingRound round = SampleCampaigns.round(SampleCampaigns.ZONGFU, new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)));
        store.open(round);
        Nomination n = SampleCampaigns.nomination(round.id(), "张平安");
        store.nominate(n);
        IdNumber voter = new IdNumber("11010519491231002X");
        store.cast(new Ballot(round.id(), n.id(), voter, SampleCampaigns.NOW));
        try (Connection c = db.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM safety_star_ballot")) {
            assertThat(rs.next()).isTrue();
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(rs.getString(i)).append('|');
            }
            assertThat(row.toString()).as("neither the number nor its birth date or serial are in the ballot")
                    .doesNotContain(voter.value()).doesNotContain("19491231").doesNotContain("002X");
            assertThat(rs.getString("voter_mark")).matches("[0-9a-f]{64}");
        }
    }
}
