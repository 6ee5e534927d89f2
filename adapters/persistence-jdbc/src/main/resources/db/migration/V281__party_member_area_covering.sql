-- The party figures of an assessment (member check-in rate per area: bench assessment, 80,000 members) count employed
-- members by area and look each one's check-in up by id: with the id in the index, the count reads the index alone and
-- not every member's row with its encrypted ID number and mobile (H2 reads a column from the index entry when the index
-- has it). It serves what party_member_area served.
CREATE INDEX party_member_area_tally ON party_member (area_code, employed, id);
DROP INDEX party_member_area;
