// timeline: the events of an actor or of a country's actors, oldest first.
//
// Events where any actor of $x_ids takes part, in any role. The date range is inclusive
// and matches on overlap: an event is kept when its period [date_start, date_end]
// overlaps [$date_from, $date_to] (so "2022-09", a month, is in a range ending
// 2022-09-15). A null bound is open; once a bound is given, undated events are left out.
// Sorted by date_start (undated last), then event id. Each row lists all the event's
// participants sorted by name, then role. With $with_ids, only the events between the two
// sides: one participant in $x_ids and another, different one in $with_ids ("every
// Russia-Azerbaijan event this month"). An implied prior contact that REFERS_TO a stored
// event is that event (listed with its own date and report), so it is left out.
//
// Parameters:
//   $x_ids      list<string>  actor ids (one person's ids, or every actor of a country)
//   $date_from  string|null   first day of the range, YYYY-MM-DD, or null for no lower bound
//   $date_to    string|null   last day of the range, YYYY-MM-DD, or null for no upper bound
//   $types      list<string>  event types to keep (CALL, MEET, ...); an empty list keeps all
//   $sources    list<string>  keep events coded by one of these (graphkit, gdelt, icews,
//                             polecat); an empty list keeps all
//   $with_ids   list<string>|null  the other side's actor ids (a person's, or a country's
//                             actors), or null for every event of $x_ids
//   $offset     integer       rows to skip (0 for the first page)
//   $limit      integer|null  the most rows to return after those (null for all)
//
// Rows: event_id, type, subtype, date, date_precision, date_start, date_end, modality,
//       evidence, article_id, article_title, article_outlet, article_url,
//       article_published (the earliest published article reporting it, then smallest
//       id), participants (list of {name, country, role}), sources (who coded the event:
//       graphkit and/or gdelt, icews, polecat; an event written before events had sources
//       is graphkit's)
//
// Read from the timeline index (graphkit.store.neo4j_index): each actor's TIMELINE_ENTRY
// entries are in the order of their key (the actor's prefix, date_start with undated
// last, event id), so the events starting in the range are one ordered seek, of which a
// page needs the first $offset + $limit; those that began before $date_from and run into
// the range are found by span_key, a short seek per how far a period reaches (a month,
// a year, longer). Each actor's rows are then merged.
UNWIND $x_ids AS x
WITH DISTINCT toString(size(x)) + ':' + x + '|' AS actor_key
CALL {
  WITH actor_key
  MATCH ()-[t:TIMELINE_ENTRY]->(e:Event)
  WHERE t.key >= actor_key + coalesce($date_from, '')
    AND t.key < actor_key + CASE WHEN $date_to IS NOT NULL THEN $date_to + '}'
                                 WHEN $date_from IS NOT NULL THEN '~'
                                 ELSE '~~' END
    AND (size($types) = 0 OR e.type IN $types)
    AND ($date_from IS NULL OR e.date_end >= $date_from)
    AND ($date_to IS NULL OR e.date_start <= $date_to)
    AND (size($sources) = 0
         OR any(s IN coalesce(e.sources, ['graphkit']) WHERE s IN $sources))
    AND NOT (e)-[:REFERS_TO]->(:Event)
    AND ($with_ids IS NULL OR EXISTS {
           MATCH (y:Actor)-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(z:Actor)
           WHERE y.id IN $x_ids AND z.id IN $with_ids AND y.id <> z.id })
  RETURN e
  ORDER BY t.key
  LIMIT $offset + coalesce($limit, 4294967295)
  UNION
  WITH actor_key
  UNWIND CASE WHEN $date_from IS NULL THEN []
              ELSE [['M', toString(date($date_from) - duration({days: 31}))],
                    ['Y', toString(date($date_from) - duration({days: 366}))],
                    ['L', '']] END AS reach
  MATCH ()-[t:TIMELINE_ENTRY]->(e:Event)
  WHERE t.span_key >= actor_key + reach[0] + reach[1]
    AND t.span_key < actor_key + reach[0] + $date_from
    AND (size($types) = 0 OR e.type IN $types)
    AND e.date_end >= $date_from
    AND ($date_to IS NULL OR e.date_start <= $date_to)
    AND (size($sources) = 0
         OR any(s IN coalesce(e.sources, ['graphkit']) WHERE s IN $sources))
    AND NOT (e)-[:REFERS_TO]->(:Event)
    AND ($with_ids IS NULL OR EXISTS {
           MATCH (y:Actor)-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(z:Actor)
           WHERE y.id IN $x_ids AND z.id IN $with_ids AND y.id <> z.id })
  RETURN e
}
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
       article.title AS article_title,
       article.outlet AS article_outlet,
       article.url AS article_url,
       article.published AS article_published,
       participants,
       coalesce(e.sources, ['graphkit']) AS sources
ORDER BY e.date_start, e.id
