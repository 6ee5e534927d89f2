-- The bigrams of each event's text (TextSimilarity), made once on intake: every later intake in the community compares
-- its text with up to a hundred of them. Each is a long, 8 bytes big-endian, ascending. NULL for events stored before
-- this column; their bigrams are made from the text when read (a week on, none of them is a candidate any more).
ALTER TABLE grid_event ADD COLUMN text_bigrams BYTEA;
