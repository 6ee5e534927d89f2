package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.grid.model.Dwelling;
import org.shizhi.domain.grid.model.DwellingId;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventChannel;
import org.shizhi.domain.grid.model.EventIntake;
import org.shizhi.domain.grid.model.EventTransition;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.GridMember;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.grid.model.Reporter;
import org.shizhi.domain.grid.model.Resident;
import org.shizhi.domain.grid.model.ResidentId;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.port.out.EventWrite;
import org.shizhi.domain.grid.port.out.RegisterRepository;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.SyntheticIdentities;

/**
 * Personal data at rest, looked at where an attacker with a copy of the database would look: the raw tables, read
 * with plain JDBC. And key rotation: after a new key becomes active and the rotation ran, every stored value names
 * the new key and everything still reads, and is still found by its blind index.
 */
abstract class PersonalDataAtRestTests {

    /** Every column that holds personal data, as {@code table.column}. */
    private static final List<String> ENCRYPTED = List.of("resident.id_number", "resident.mobile", "grid_member.contact",
            "grid_event.reporter_mobile", "dispute_party.id_number", "dispute_party.mobile", "case_party.name", "case_party.id_number",
            "case_party.mobile", "party_member.id_number", "party_member.mobile", "samaritan_honouree.id_number",
            "wedding_register_entry.mobile",
            // Law
            "legal_aid_application.applicant_name", "legal_aid_application.applicant_id_number", "legal_aid_application.applicant_mobile",
            "legal_aid_lawyer.name", "petition.petitioner_name", "petition.petitioner_id_number", "petition.petitioner_mobile",
            "petition.leader", "supervision_complaint.complainant_name", "supervision_complaint.complainant_id_number",
            "supervision_complaint.complainant_mobile",
            // Consultation
            "council_member.name", "council_member.mobile", "council_topic_opinion.speaker", "stability_risk_assessment.approver",
            // Webhooks: the integration outbox's personal fields, and the signing secrets sealed the same way
            "integration_event_field.personal_value", "webhook_subscription.secret", "webhook_subscription.previous_secret");

    private final SyntheticIdentities identities = new SyntheticIdentities(4711);
    private final List<String> clearValues = new ArrayList<>();
    private final List<Resident> residents = new ArrayList<>();
    private final List<Grid> grids = new ArrayList<>();
    private final List<GridEvent> events = new ArrayList<>();
    private org.shizhi.domain.archive.model.CaseRecord archived;
    private org.shizhi.domain.party.model.PartyMember partyMember;

    abstract TestDatabase db();

    @BeforeEach
    void fillTheRegistersGridsAndEvents() {
        db().clean();
        Database database = db().database();
        RegisterRepository registers = database.registerRepository();
        for (GridCode grid : List.of(SampleEvents.ZONGFU_1, SampleEvents.HONGXING_1, SampleEvents.JINSHAWAN_1)) {
            Dwelling home = new Dwelling(DwellingId.random(), grid, "总府路12号", 2, 1);
            registers.addDwelling(home);
            for (int i = 0; i < 4; i++) {
                Optional<PhoneNumber> mobile = i == 3 ? Optional.empty() : Optional.of(phone());
                Resident resident = new Resident(ResidentId.random(), home.id(), grid, "欧阳娜娜", idNumber(), mobile);
                registers.addResident(resident);
                residents.add(resident);
            }
        }
        Grid grid = Grid.create(SampleEvents.ZONGFU_1, GridTier.GENERAL, "第1网格", Optional.empty(), Optional.empty())
                .assign(new GridMember(MemberId.random(), GridPost.RESPONSIBLE_WORKER, "王芳", phone())).grid()
                .assign(new GridMember(MemberId.random(), GridPost.ASSISTANT_WORKER, "赵强", phone())).grid();
        database.gridRepository().add(grid);
        grids.add(grid);
        for (int i = 0; i < 3; i++) {
            EventIntake intake = new EventIntake(SampleEvents.ZONGFU_1, EventCategory.DISPUTE, "楼上漏水", EventChannel.HOTLINE_12345,
                    new Reporter("李娜", Optional.of(phone())), Optional.empty(), List.of());
            EventTransition reported = GridEvent.report(GridEventId.random(), intake, SampleEvents.LOW,
                    Deadline.after(SampleEvents.calendar(), SampleEvents.china("2025-09-26T10:00"), 5),
                    SampleEvents.china("2025-09-26T10:00"), SampleEvents.HOTLINE);
            database.gridEventRepository().save(EventWrite.of(reported));
            events.add(reported.event());
        }
        // A case record with two parties: names, ID numbers and mobiles encrypted like the registers'.
        org.shizhi.domain.archive.model.CaseRecord sample = org.shizhi.domain.archive.model.SampleCases.CEILING_LEAK;
        archived = new org.shizhi.domain.archive.model.CaseRecord(sample.id(), sample.source(), sample.externalId(), sample.city(),
                sample.area(), sample.caseType(), sample.title(), sample.facts(), sample.reasoning(), sample.outcome(),
                sample.fullText(), List.of(
                        new org.shizhi.domain.archive.model.Party("欧阳娜娜", "申请人", Optional.of(idNumber()), Optional.of(phone())),
                        new org.shizhi.domain.archive.model.Party("赵强", "被申请人", Optional.of(idNumber()), Optional.empty())),
                sample.occurredOn(), sample.closedOn(), sample.tags());
        database.caseRecordStore().addNew(List.of(archived));
        // A party member: ID number and mobile encrypted like a resident's.
        var branch = new org.shizhi.domain.party.model.PartyOrganisation(org.shizhi.domain.party.model.PartyOrganisationId.random(),
                org.shizhi.domain.party.model.OrganisationTier.COMMITTEE, "总府路社区党委", SampleEvents.ZONGFU_1.community(),
                Optional.empty(), java.util.Set.of(), java.util.Set.of());
        database.partyStorage().organisations().save(branch);
        partyMember = new org.shizhi.domain.party.model.PartyMember(org.shizhi.domain.party.model.PartyMemberId.random(), branch.id(),
                "欧阳娜娜", idNumber(java.time.LocalDate.of(1980, 5, 5)), Optional.of(phone()), true, java.time.LocalDate.of(2005, 7, 1));
        database.partyStorage().members().add(partyMember, branch.area());
    }

    @Test
    void theRawTablesHoldNoIdNumberNorMobileInClearNorTheirLastFourDigits() throws SQLException {
        List<String> leaks = new ArrayList<>();
        for (String table : List.of("resident", "grid_member", "grid_event", "case_party", "party_member")) {
            for (Map<String, Object> row : rawRows(db().database().dataSource(), table)) {
                row.forEach((column, value) -> {
                    if (value instanceof String text) {
                        for (String clear : clearValues) {
                            String lastFour = clear.substring(clear.length() - 4);
                            if (text.contains(clear) || (!isRandomByConstruction(table, column) && text.contains(lastFour))) {
                                leaks.add(table + "." + column + " holds " + (text.contains(clear) ? "a clear value" : "a last-4 run " + lastFour));
                            }
                        }
                    }
                });
            }
        }
        assertThat(leaks).as("personal data in clear in the raw tables").isEmpty();
        assertThat(storedValues(db().database().dataSource())).as("every encrypted column holds the cipher's form, naming its key")
                .isNotEmpty()
                .allMatch(v -> v.matches("v1:test-1:[A-Za-z0-9+/=]+"));
    }

    @Test
    void theBlindIndexFindsAResidentAndKeepsAnIdNumberOncePerCity() {
        Resident first = residents.getFirst();
        JdbcRegisterRepository registers = (JdbcRegisterRepository) db().database().registerRepository();

        assertThat(registers.findResident(SampleEvents.CHENGDU, first.idNumber())).contains(first);
        assertThat(registers.findResident(SampleEvents.JINSHAWAN, first.idNumber())).as("another city").isEmpty();
        Resident again = new Resident(ResidentId.random(), first.dwelling(), first.grid(), "张伟", first.idNumber(), Optional.empty());
        assertThatThrownBy(() -> registers.addResident(again)).isInstanceOf(ConflictException.class);
    }

    @Test
    void afterANewKeyAndARotationEveryValueNamesTheNewKeyAndEverythingStillReads() throws SQLException {
        PersonalDataKeys rotatedKeys = db().keys().withNewActiveKey("test-2");
        try (Database rotated = db().openAnother(rotatedKeys)) {
            // Written under the new key before the rotation: a rotation leaves these alone.
            Dwelling home = new Dwelling(DwellingId.random(), SampleEvents.ZONGFU_2, "总府路14号", 1, 1);
            rotated.registerRepository().addDwelling(home);
            Resident newcomer = new Resident(ResidentId.random(), home.id(), home.grid(), "陈刚", idNumber(), Optional.of(phone()));
            rotated.registerRepository().addResident(newcomer);
            residents.add(newcomer);
            // ID numbers, mobiles, members' contacts, reporters' mobiles; the case parties' names, ID numbers and mobile;
            // the party member's ID number and mobile; the reporters' names and mobiles of the three events' integration events
            long oldValues = 12 + 9 + 2 + 3 + 2 + 2 + 1 + 2 + 6;
            assertThat(rotated.personalDataByKey()).isEqualTo(Map.of("test-1", oldValues, "test-2", 2L));

            assertThat(rotated.rotatePersonalData(5)).as("every value the old key wrote, in batches of 5").isEqualTo(oldValues);

            assertThat(rotated.personalDataByKey()).isEqualTo(Map.of("test-2", oldValues + 2));
            assertThat(storedValues(rotated.dataSource())).allMatch(v -> v.startsWith("v1:test-2:"));
            assertThat(rotated.rotatePersonalData()).as("nothing left to rotate").isZero();
            JdbcRegisterRepository registers = (JdbcRegisterRepository) rotated.registerRepository();
            for (Resident resident : residents) {
                assertThat(registers.findResident(resident.id())).contains(resident);
                assertThat(registers.findResident(resident.grid().community(), resident.idNumber()))
                        .as("found by the blind index of the ID number").contains(resident);
            }
            assertThatThrownBy(() -> registers.addResident(new Resident(ResidentId.random(), home.id(), home.grid(), "张伟",
                    residents.getFirst().idNumber(), Optional.empty())))
                    .as("an ID number rotated from the old key is still unique in the city").isInstanceOf(ConflictException.class);
            assertThat(rotated.gridRepository().find(grids.getFirst().code())).contains(grids.getFirst());
            for (GridEvent event : events) {
                assertThat(rotated.gridEventRepository().find(event.id())).contains(event);
            }
            assertThat(rotated.caseRecordStore().find(archived.id())).as("the case's parties read back").contains(archived);
            assertThat(rotated.partyStorage().members().find(partyMember.id())).as("the party member reads back").contains(partyMember);
            assertThatThrownBy(() -> db().database().registerRepository().findResident(newcomer.id()))
                    .as("a value written with a key the reader does not have names that key")
                    .hasMessageContaining("key 'test-2', which is not configured");
        }
    }

    @Test
    void theRotationKnowsEveryColumnThatHoldsPersonalData() {
        assertThat(PersonalDataRotation.COLUMNS).extracting(PersonalDataRotation.Column::associatedData)
                .containsExactlyInAnyOrderElementsOf(ENCRYPTED)
                .contains(JdbcRegisterRepository.ID_NUMBER, JdbcRegisterRepository.MOBILE, JdbcGridRepository.CONTACT,
                        GridEventRows.REPORTER_MOBILE, JdbcDisputeRepository.PARTY_ID_NUMBER, JdbcDisputeRepository.PARTY_MOBILE,
                        JdbcCaseRecordStore.PARTY_NAME, JdbcCaseRecordStore.PARTY_ID_NUMBER, JdbcCaseRecordStore.PARTY_MOBILE,
                        JdbcPartyStorage.ID_NUMBER, JdbcPartyStorage.MOBILE, JdbcCampaigns.HONOUREE_ID_NUMBER,
                        JdbcCampaigns.FOLK_MASTER_MOBILE, JdbcCouncilRepository.MEMBER_NAME, JdbcCouncilRepository.MEMBER_MOBILE,
                        JdbcTopicRepository.SPEAKER, JdbcLegalAidRepository.APPLICANT_NAME, JdbcLegalAidRepository.LAWYER_NAME,
                        JdbcPetitionRepository.PETITIONER_NAME, JdbcPetitionRepository.LEADER, JdbcSupervisionRepository.COMPLAINANT_NAME,
                        JdbcStabilityRiskRepository.APPROVER, JdbcWebhooks.PERSONAL_VALUE, JdbcWebhooks.SECRET, JdbcWebhooks.PREVIOUS_SECRET)
                .containsAll(PersonalDataRotation.SEALED_BY_V210);
    }

    @Test
    void councilMembersAndSpeakersAreStoredOnlyEncryptedAndReadBack() throws SQLException {
        Database database = db().database();
        PhoneNumber mobile = phone();
        var member = new org.shizhi.domain.consultation.model.Member("欧阳娜娜", Optional.of(mobile), "居民代表",
                java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2028, 12, 31));
        var council = org.shizhi.domain.consultation.model.Council.form(org.shizhi.domain.consultation.model.CouncilId.random(),
                new org.shizhi.domain.consultation.model.Council.Charter(SampleEvents.ZONGFU, org.shizhi.domain.consultation.model.CouncilKind.RESIDENTS_COUNCIL,
                        "总府街居民议事会", null, List.of(member)));
        database.councilRepository().save(council);
        var meeting = new org.shizhi.domain.consultation.model.Meeting(org.shizhi.domain.consultation.model.MeetingId.random(), council.id(),
                council.area(), org.shizhi.domain.consultation.model.MeetingMode.OFFLINE, java.time.LocalDate.of(2025, 9, 20), "会议室", 20);
        database.councilRepository().addMeeting(meeting);
        var topic = org.shizhi.domain.consultation.model.Topic.raise(org.shizhi.domain.consultation.model.TopicId.random(), meeting,
                new org.shizhi.domain.consultation.model.Topic.Raise(meeting.id(), "加装电梯", "说明", false), SampleEvents.china("2025-09-20T10:00"));
        database.topicRepository().save(topic);
        var heard = topic.hear("司马相如", "居民", "支持", SampleEvents.china("2025-09-20T10:05"));
        database.topicRepository().save(heard);
        List<String> leaks = new ArrayList<>();
        for (String table : List.of("council_member", "council_topic_opinion")) {
            for (Map<String, Object> row : rawRows(database.dataSource(), table)) {
                row.forEach((column, value) -> {
                    if (value instanceof String text && (text.contains("欧阳") || text.contains("司马") || text.contains(mobile.value()))) {
                        leaks.add(table + "." + column);
                    }
                });
            }
        }
        assertThat(leaks).as("members' names and mobiles, speakers' names in clear").isEmpty();
        assertThat(database.councilRepository().find(council.id())).contains(council);
        assertThat(database.topicRepository().find(topic.id())).contains(heard);
    }

    @Test
    void theLawAndConsultationNamesApplicantsPetitionersLeadersComplainantsLawyersApproversAreStoredOnlyEncryptedAndReadBack()
            throws SQLException {
        Database database = db().database();
        var person = new org.shizhi.domain.law.model.Person("欧阳娜娜", Optional.of(idNumber()), Optional.of(phone()));
        var application = org.shizhi.domain.law.model.LegalAidApplication.receive(org.shizhi.domain.law.model.LegalAidId.random(),
                new org.shizhi.domain.law.model.LegalAidApplication.Intake(SampleEvents.ZONGFU_1.community(), person, "拖欠工资",
                        org.shizhi.domain.law.model.LegalAidCategory.LABOUR_REMUNERATION, List.of("低保证"), java.time.LocalDate.of(2025, 9, 26)),
                Deadline.after(SampleEvents.calendar(), SampleEvents.china("2025-09-26T10:00"), 7), SampleEvents.china("2025-09-26T10:00"));
        database.legalAidRepository().save(application);
        var centre = new org.shizhi.domain.law.model.LegalAidCentre("jinjiang-legal-aid", org.shizhi.domain.shared.AreaCode.of("510104"),
                "锦江区法律援助中心", List.of(new org.shizhi.domain.law.model.Lawyer("lawyer-sima", "司马律师", 3)));
        database.legalAidRepository().saveCentre(centre);
        var petition = org.shizhi.domain.law.model.Petition.receive(org.shizhi.domain.law.model.PetitionId.random(),
                new org.shizhi.domain.law.model.Petition.Intake(SampleEvents.ZONGFU_1.community(), person, "夜间施工噪音",
                        org.shizhi.domain.law.model.PetitionChannel.ONLINE, "住建局", Optional.empty()),
                Deadline.after(SampleEvents.calendar(), SampleEvents.china("2025-09-26T10:00"), 15), SampleEvents.china("2025-09-26T10:00"));
        database.petitionRepository().save(petition);
        var led = petition.assignLeader("诸葛副书记");
        database.petitionRepository().save(led);
        var complaint = org.shizhi.domain.law.model.SupervisionComplaint.file(org.shizhi.domain.law.model.ComplaintId.random(),
                new org.shizhi.domain.law.model.SupervisionComplaint.Intake(SampleEvents.ZONGFU, "城管局", "暂扣工具未出具清单", person),
                Deadline.after(SampleEvents.calendar(), SampleEvents.china("2025-09-26T10:00"), 30), SampleEvents.china("2025-09-26T10:00"));
        database.supervisionRepository().save(complaint);
        var topicId = org.shizhi.domain.consultation.model.TopicId.random();
        var medium = org.shizhi.domain.consultation.model.StabilityRiskAssessment.record(org.shizhi.domain.consultation.model.AssessmentId.random(),
                SampleEvents.ZONGFU_1.community(), new org.shizhi.domain.consultation.model.StabilityRiskAssessment.Findings(topicId, "加装电梯",
                        new org.shizhi.domain.consultation.model.RiskScores(90, 80, 85, 70),
                        List.of(new org.shizhi.domain.consultation.model.Risk("低层住户反对", "补偿")), List.of("入户走访"),
                        org.shizhi.domain.consultation.model.StabilityRiskLevel.MEDIUM), SampleEvents.china("2025-09-26T10:00"));
        database.stabilityRiskRepository().save(medium);
        var approved = medium.approveMitigation("分期施工", "上官书记");
        database.stabilityRiskRepository().save(approved);

        List<String> leaks = new ArrayList<>();
        for (String table : List.of("legal_aid_application", "legal_aid_lawyer", "petition", "supervision_complaint", "stability_risk_assessment")) {
            for (Map<String, Object> row : rawRows(database.dataSource(), table)) {
                row.forEach((column, value) -> {
                    if (value instanceof String text && (text.contains("欧阳") || text.contains("司马") || text.contains("诸葛")
                            || text.contains("上官"))) {
                        leaks.add(table + "." + column);
                    }
                });
            }
        }
        assertThat(leaks).as("applicants', petitioners', complainants', leaders', lawyers' and approvers' names in clear").isEmpty();
        assertThat(database.legalAidRepository().find(application.id())).contains(application);
        assertThat(database.legalAidRepository().centre(centre.code())).contains(centre);
        assertThat(database.petitionRepository().find(petition.id())).contains(led);
        assertThat(database.supervisionRepository().find(complaint.id())).contains(complaint);
        assertThat(database.stabilityRiskRepository().find(medium.id())).contains(approved);
    }

    @Test
    void namesStoredInClearBeforeV210AreEncryptedAsTheDatabaseOpens() throws SQLException {
        Database database = db().database();
        var received = org.shizhi.domain.law.model.Petition.receive(org.shizhi.domain.law.model.PetitionId.random(),
                new org.shizhi.domain.law.model.Petition.Intake(SampleEvents.ZONGFU_1.community(),
                        new org.shizhi.domain.law.model.Person("欧阳娜娜", Optional.empty(), Optional.empty()), "夜间施工噪音",
                        org.shizhi.domain.law.model.PetitionChannel.VISIT, "住建局", Optional.empty()),
                Deadline.after(SampleEvents.calendar(), SampleEvents.china("2025-09-26T10:00"), 15), SampleEvents.china("2025-09-26T10:00"));
        database.petitionRepository().save(received);
        var petition = received.assignLeader("诸葛副书记");
        database.petitionRepository().save(petition);
        // As a database from before V210 holds them after the migration: in clear, marked.
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE petition SET petitioner_name = 'clear:欧阳娜娜', leader = 'clear:诸葛副书记'");
        }
        try (Database reopened = db().openAnother(db().keys())) {
            assertThat(rawRows(reopened.dataSource(), "petition")).singleElement()
                    .satisfies(row -> assertThat(List.of(row.get("petitioner_name"), row.get("leader"))).allMatch(v -> ((String) v)
                            .matches("v1:test-1:[A-Za-z0-9+/=]+")));
            assertThat(reopened.petitionRepository().find(petition.id())).contains(petition);
        }
    }

    /** UUIDs and the blind index: hex digits made at random, where a run of 4 digits is chance, not a leak. */
    private static boolean isRandomByConstruction(String table, String column) {
        return column.equals("id") || column.endsWith("_id") || column.equals("id_number_index");
    }

    private IdNumber idNumber() {
        IdNumber id = identities.idNumber();
        clearValues.add(id.value());
        return id;
    }

    private IdNumber idNumber(java.time.LocalDate birthDate) {
        IdNumber id = identities.idNumber("510104", birthDate);
        clearValues.add(id.value());
        return id;
    }

    private PhoneNumber phone() {
        PhoneNumber phone = identities.phoneNumber();
        clearValues.add(phone.value());
        return phone;
    }

    private static List<String> storedValues(DataSource dataSource) throws SQLException {
        List<String> values = new ArrayList<>();
        for (String column : ENCRYPTED) {
            String[] parts = column.split("\\.");
            for (Map<String, Object> row : rawRows(dataSource, parts[0])) {
                if (row.get(parts[1]) != null) {
                    values.add((String) row.get(parts[1]));
                }
            }
        }
        return values;
    }

    /** Every row of the table with every column as the driver gives it: text columns as strings. */
    private static List<Map<String, Object>> rawRows(DataSource dataSource, String table) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    int type = meta.getColumnType(i);
                    boolean text = type == Types.VARCHAR || type == Types.CHAR || type == Types.CLOB || type == Types.LONGVARCHAR
                            || type == Types.NVARCHAR || type == Types.NCHAR;
                    // Everything else (numbers, instants, UUIDs) is read as its text too: nothing escapes the scan. Bytes are
                    // read as the text they would hold (a byte[]'s toString is an identity hash, whose hex digits once
                    // matched a random mobile's last four by chance).
                    Object value = rs.getObject(i);
                    row.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), value == null ? null : text ? rs.getString(i)
                            : value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : value.toString());
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
