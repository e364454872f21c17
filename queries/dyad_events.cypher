// dyad_events: every event between two sides, of any type, oldest first.
//
// Events with one participant in $a_ids and another, different participant in $b_ids (any
// roles: a call, a statement addressed to the other side, sanctions one imposes on the
// other), restricted to $modalities. Sorted by date_start (undated last), then event id.
// Each row carries the articles that report it (the sources to cite: earliest published
// first, then by id) and all its participants sorted by name, then role. This is what
// `graphkit report dyad` is built from.
//
// An implied prior contact that REFERS_TO a stored event is that event, so it is left out.
//
// Parameters:
//   $a_ids       list<string>  actor ids of the first side (see graphkit.query.refs)
//   $b_ids       list<string>  actor ids of the second side
//   $modalities  list<string>  keep only these modalities; an empty list keeps all
//
// Rows: event_id, type, subtype, date, date_precision, date_start, date_end, modality,
//       evidence, articles (list of {id, title, outlet, url, published}),
//       participants (list of {name, country, role})
MATCH (x:Actor)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y:Actor)
WHERE x.id IN $a_ids AND y.id IN $b_ids AND x.id <> y.id
  AND (size($modalities) = 0 OR e.modality IN $modalities)
  AND NOT (e)-[:REFERS_TO]->(:Event)
WITH DISTINCT e
MATCH (p:Actor)-[r:PARTICIPATED_IN]->(e)
WITH e, p, r
ORDER BY p.name, r.role, p.id
WITH e, collect({name: p.name, country: p.country, role: r.role}) AS participants
RETURN e.id AS event_id,
       e.type AS type,
       e.subtype AS subtype,
       e.date AS date,
       e.date_precision AS date_precision,
       e.date_start AS date_start,
       e.date_end AS date_end,
       e.modality AS modality,
       e.evidence AS evidence,
       COLLECT { MATCH (e)-[:MENTIONED_IN]->(article:Article)
                 WITH article ORDER BY article.published, article.id
                 RETURN article {.id, .title, .outlet, .url, .published} } AS articles,
       participants
ORDER BY e.date_start, e.id
