// claim_check: is an article's "first ... since X" claim what the graph says?
//
// Each claim is an implied prior contact (modality $implied_prior: "the first call since
// September 2022") mentioned in the article $article_id. The claim is about a current
// contact: the asserted event of the same type and participant key (actor_key) that the
// article also reports, dated after the implied period (the one reported in the claim's
// own sentence first, else the latest); the claim holds until that event's date_start, or
// the article's publication date when there is none. The counted types are $types when
// given, else calls and meetings both for a claim of contact of no kind (subtype
// $any_contact: "the first contact since May", "the first talks since May"), else the
// claim's own type ("the first call since May"). Then:
//   contacts_between  asserted or implied prior events of the counted types whose
//                     participants include the claim's (actor_key contained in theirs),
//                     starting after the implied period and before `until`, oldest first
//                     (an implied one that REFERS_TO a stored event is that event: left
//                     out, so a later article's "first call since July" never stands
//                     between a July claim's own call and its period);
//   prior_event_id    the latest asserted event of a counted type with those
//                     participants whose whole date lies within the implied period;
//   status            'contradicted' when contacts_between is not empty, else 'confirmed'
//                     when the graph holds the prior contact, else 'unverified';
//                     'undated' when neither a current event nor a publication date is known.
//
// Parameters:
//   $article_id  string        the article's id (graphkit ingest prints it; see Article.id)
//   $types       list<string>  event types that count as the prior contact and contacts in
//                              between (CALL, MEET); an empty list counts the claim's own
//                              (calls and meetings for a claim of contact of no kind)
//   $happened    list<string>  the modalities of what happened (asserted, implied_prior),
//                              passed by the query layer
//   $asserted    string        the modality of what a text says happened ('asserted'),
//                              passed by the query layer
//   $implied_prior string      the modality of an implied prior contact ('implied_prior'),
//                              passed by the query layer
//   $any_contact string        the subtype of a claim of contact of no kind ('contact'),
//   $contact_types list<string> and the types it counts (CALL, MEET), passed by the query layer
//
// Rows: claim_event_id, type, since, since_precision, evidence, start, participants (the
//       claim's: list of {name, country, role}, by name, role, actor id: who "the two"
//       are), event_id, event_date, until, prior_event_id, prior_date, status,
//       contacts_between (list of {event_id, type, date, date_precision, evidence}),
//       sorted by start, then claim_event_id
MATCH (i:Event {modality: $implied_prior})-[mi:MENTIONED_IN]->(a:Article {id: $article_id})
WHERE i.date_start IS NOT NULL
WITH i, mi, a, CASE WHEN size($types) > 0 THEN $types
                    WHEN i.subtype = $any_contact THEN $contact_types
                    ELSE [i.type] END AS counted
OPTIONAL MATCH (c:Event {modality: $asserted})-[mc:MENTIONED_IN]->(a)
WHERE c.type = i.type AND c.actor_key = i.actor_key AND c.date_start > i.date_end
WITH i, mi, a, counted, c, mc
ORDER BY CASE WHEN mc.start = mi.start THEN 0 ELSE 1 END, c.date_start DESC, c.id
WITH i, mi, a, counted, collect(c)[0] AS anchor
WITH i, mi, counted, anchor, coalesce(anchor.date_start, a.published) AS until
OPTIONAL MATCH (p:Event {modality: $asserted})
WHERE p.type IN counted AND all(x IN i.actor_key WHERE x IN p.actor_key)
  AND p.date_start >= i.date_start AND p.date_end <= i.date_end
WITH i, mi, counted, anchor, until, p
ORDER BY p.date_start DESC, p.id
WITH i, mi, counted, anchor, until, collect(p)[0] AS prior
OPTIONAL MATCH (b:Event)
WHERE b.modality IN $happened
  AND b.type IN counted
  AND all(x IN i.actor_key WHERE x IN b.actor_key)
  AND b.date_start > i.date_end AND b.date_start < until
  AND NOT (b)-[:REFERS_TO]->(:Event)
WITH i, mi, anchor, until, prior, b
ORDER BY b.date_start, b.id
WITH i, mi, anchor, until, prior,
     [x IN collect(b) | {event_id: x.id, type: x.type, date: x.date,
                         date_precision: x.date_precision, evidence: x.evidence}] AS between
OPTIONAL MATCH (p:Actor)-[r:PARTICIPATED_IN]->(i)
WITH i, mi, anchor, until, prior, between, p, r
ORDER BY p.name, r.role, p.id
WITH i, mi, anchor, until, prior, between,
     [x IN collect(CASE WHEN p IS NULL THEN null
                        ELSE {name: p.name, country: p.country, role: r.role} END)
      WHERE x IS NOT NULL] AS participants
RETURN i.id AS claim_event_id,
       i.type AS type,
       i.date AS since,
       i.date_precision AS since_precision,
       mi.evidence AS evidence,
       mi.start AS start,
       participants,
       anchor.id AS event_id,
       anchor.date AS event_date,
       until,
       prior.id AS prior_event_id,
       prior.date AS prior_date,
       CASE WHEN until IS NULL THEN 'undated'
            WHEN size(between) > 0 THEN 'contradicted'
            WHEN prior IS NULL THEN 'unverified'
            ELSE 'confirmed' END AS status,
       between AS contacts_between
ORDER BY start, claim_event_id
