-- newsgraph schema, version 11: whether a report's date is carried from another mention of the act in its
-- article ("the raid" in a sentence that dates nothing, dated by the earlier sentence that told the raid:
-- newsgraph.extract.event_coref_dates) rather than stated by its own sentence. Merging trusts a carried
-- date less (newsgraph.resolve.events.stated_same_day): the event's date from a report's own sentence
-- replaces a carried one. Reports stored before this version count as stated, as they were merged.

ALTER TABLE event_reports ADD COLUMN date_carried INTEGER NOT NULL DEFAULT 0;
