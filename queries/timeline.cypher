// timeline: the events of an actor or of a country's actors, oldest first.
//
// Events where any actor of $x_ids takes part, in any role. The date range is inclusive
// and matches on overlap: an event is kept when its period [date_start, date_end]
// overlaps [$date_from, $date_to] (so "2022-09", a month, is in a range ending
// 2022-09-15). A null bound is open; once a bound is given, undated events are left out.
// Sorted by date_start (undated last), then event id. Each row lists all the event's
// participants sorted by name, then role.
//
// Parameters:
//   $x_ids      list<string>  actor ids (one person's ids, or every actor of a country)
//   $date_from  string|null   first day of the range, YYYY-MM-DD, or null for no lower bound
//   $date_to    string|null   last day of the range, YYYY-MM-DD, or null for no upper bound
//   $types      list<string>  event types to keep (CALL, MEET, ...); an empty list keeps all
//   $sources    list<string>  keep events coded by one of these (graphkit, gdelt, icews,
//                             polecat); an empty list keeps all
//   $offset     integer       rows to skip (0 for the first page)
//   $limit      integer|null  the most rows to return after those (null for all)
//
// Rows: event_id, type, subtype, date, date_precision, date_start, date_end, modality,
//       evidence, article_id (the earliest published article reporting it, then smallest
//       id), participants (list of {name, country, role}), sources (who coded the event:
//       graphkit and/or gdelt, icews, polecat; an event written before events had sources
//       is graphkit's)
MATCH (x:Actor)-[:PARTICIPATED_IN]->(e:Event)
WHERE x.id IN $x_ids
  AND (size($types) = 0 OR e.type IN $types)
  AND ($date_from IS NULL OR e.date_end >= $date_from)
  AND ($date_to IS NULL OR e.date_start <= $date_to)
  AND (size($sources) = 0
       OR any(s IN coalesce(e.sources, ['graphkit']) WHERE s IN $sources))
WITH DISTINCT e
ORDER BY e.date_start, e.id
SKIP $offset
LIMIT coalesce($limit, 4294967295)
MATCH (p:Actor)-[r:PARTICIPATED_IN]->(e)
WITH e, p, r
ORDER BY p.name, r.role, p.id
WITH e, collect({name: p.name, country: p.country, role: r.role}) AS participants
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(article:Article)
WITH e, participants, article
ORDER BY article.published, article.id
WITH e, participants, collect(article)[0] AS article
RETURN e.id AS event_id,
       e.type AS type,
       e.subtype AS subtype,
       e.date AS date,
       e.date_precision AS date_precision,
       e.date_start AS date_start,
       e.date_end AS date_end,
       e.modality AS modality,
       e.evidence AS evidence,
       article.id AS article_id,
       participants,
       coalesce(e.sources, ['graphkit']) AS sources
ORDER BY e.date_start, e.id
