-- newsgraph schema, version 6: events that last longer than a day (a month, a year) indexed by their last
-- day, so that a date-window filter (newsgraph.query.events.date_overlap) finds them without scanning every
-- earlier event; one-day events are found through events_days (0001).

CREATE INDEX events_spans ON events (last_day, first_day) WHERE first_day < last_day;
