// actor_network: who an actor (or a country's actors) dealt with, how often and in what way.
//
// The ego network of $x_ids, up to $depth steps (1 to 3): layer 0 is $x_ids; layer d is
// every actor, not in an earlier layer, that took part in a kept event together with an
// actor of layer d - 1. An event is kept when its modality is in $modalities (an empty list
// keeps all) and its period [date_start, date_end] overlaps [$date_from, $date_to] (a null
// bound is open; once a bound is given, undated events are left out, as in timeline).
// One row per pair (source in layer d - 1, target in layer d) with their kept events in
// common: how many, how many of each type, how many cooperative and how many conflictual
// (the type's class in $classes ends with 'cooperation' or 'conflict'), the first and last
// date_start. Sorted by depth, events (most first), source id, target id.
//
// An implied prior contact that REFERS_TO a stored event is that event, so it is left out.
//
// Parameters:
//   $x_ids       list<string>         actor ids (one person's ids, or every actor of a country)
//   $depth       integer              1, 2 or 3
//   $date_from   string|null          first day of the range, YYYY-MM-DD, or null
//   $date_to     string|null          last day of the range, YYYY-MM-DD, or null
//   $modalities  list<string>         keep only these modalities; an empty list keeps all
//   $classes     map<string,string>   event type -> quad class (schema/event_types.yaml)
//
// Rows: depth, source_id, source_name, target_id, target_name, target_kind, target_country,
//       events, types (list of {type, count}, by type), cooperation, conflict,
//       first_date, last_date (date_start strings, null when no event is dated)
OPTIONAL MATCH (x:Actor)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y:Actor)
WHERE x.id IN $x_ids AND NOT y.id IN $x_ids
  AND (size($modalities) = 0 OR e.modality IN $modalities)
  AND NOT (e)-[:REFERS_TO]->(:Event)
  AND ($date_from IS NULL OR e.date_end >= $date_from)
  AND ($date_to IS NULL OR e.date_start <= $date_to)
WITH collect(DISTINCT y.id) AS layer1
OPTIONAL MATCH (x:Actor)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y:Actor)
WHERE $depth >= 2 AND x.id IN layer1 AND NOT y.id IN $x_ids + layer1
  AND (size($modalities) = 0 OR e.modality IN $modalities)
  AND NOT (e)-[:REFERS_TO]->(:Event)
  AND ($date_from IS NULL OR e.date_end >= $date_from)
  AND ($date_to IS NULL OR e.date_start <= $date_to)
WITH layer1, collect(DISTINCT y.id) AS layer2
OPTIONAL MATCH (x:Actor)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y:Actor)
WHERE $depth >= 3 AND x.id IN layer2 AND NOT y.id IN $x_ids + layer1 + layer2
  AND (size($modalities) = 0 OR e.modality IN $modalities)
  AND NOT (e)-[:REFERS_TO]->(:Event)
  AND ($date_from IS NULL OR e.date_end >= $date_from)
  AND ($date_to IS NULL OR e.date_start <= $date_to)
WITH layer1, layer2, collect(DISTINCT y.id) AS layer3
WITH [$x_ids, layer1, layer2, layer3] AS layers
UNWIND range(1, $depth) AS depth
MATCH (x:Actor)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y:Actor)
WHERE x.id IN layers[depth - 1] AND y.id IN layers[depth]
  AND (size($modalities) = 0 OR e.modality IN $modalities)
  AND NOT (e)-[:REFERS_TO]->(:Event)
  AND ($date_from IS NULL OR e.date_end >= $date_from)
  AND ($date_to IS NULL OR e.date_start <= $date_to)
WITH DISTINCT depth, x, y, e
WITH depth, x, y, e.type AS type, count(e) AS n,
     min(e.date_start) AS first_date, max(e.date_start) AS last_date
ORDER BY type
WITH depth, x, y,
     collect({type: type, count: n}) AS types,
     sum(n) AS events,
     sum(CASE WHEN $classes[type] ENDS WITH 'cooperation' THEN n ELSE 0 END) AS cooperation,
     sum(CASE WHEN $classes[type] ENDS WITH 'conflict' THEN n ELSE 0 END) AS conflict,
     min(first_date) AS first_date,
     max(last_date) AS last_date
RETURN depth,
       x.id AS source_id,
       x.name AS source_name,
       y.id AS target_id,
       y.name AS target_name,
       y.kind AS target_kind,
       y.country AS target_country,
       events, types, cooperation, conflict, first_date, last_date
ORDER BY depth, events DESC, source_id, target_id
