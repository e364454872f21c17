// dyad_summary: what happened between two sides, counted by type per period, with the
// balance of cooperation and conflict.
//
// Events of any type with one participant in $a_ids and another, different participant in
// $b_ids (any roles), restricted to $modalities. An event falls in the period of its
// date_start: 'YYYY-MM' with $by = 'month', 'YYYY' with $by = 'year'; an event known only
// to the year stays in its year ('2023') even by month, which sorts before that year's
// months. Undated events form one period, null, sorted last.
// Each event type's class comes from $classes (PLOVER's quad classes, from
// schema/event_types.yaml: 'verbal cooperation', 'material cooperation', 'verbal conflict',
// 'material conflict'); a type missing from $classes is counted in `events` only.
// balance = (verbal + material cooperation) - (verbal + material conflict).
//
// An implied prior contact that REFERS_TO a stored event is that event, so it is left out.
//
// Parameters:
//   $a_ids       list<string>         actor ids of the first side (see graphkit.query.refs)
//   $b_ids       list<string>         actor ids of the second side
//   $by          string               'month' or 'year'
//   $modalities  list<string>         keep only these modalities; an empty list keeps all
//   $classes     map<string,string>   event type -> quad class
//
// Rows: period (string|null), events, counts (list of {type, count}, by type),
//       verbal_cooperation, material_cooperation, verbal_conflict, material_conflict,
//       balance (integers)
MATCH (x:Actor)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y:Actor)
WHERE x.id IN $a_ids AND y.id IN $b_ids AND x.id <> y.id
  AND (size($modalities) = 0 OR e.modality IN $modalities)
  AND NOT (e)-[:REFERS_TO]->(:Event)
WITH DISTINCT e
WITH e.type AS type,
     CASE WHEN e.date_start IS NULL THEN null
          WHEN $by = 'year' OR e.date_precision = 'year' THEN substring(e.date_start, 0, 4)
          ELSE substring(e.date_start, 0, 7) END AS period
WITH period, type, $classes[type] AS class, count(*) AS n
ORDER BY period, type
WITH period,
     collect({type: type, count: n}) AS counts,
     sum(n) AS events,
     sum(CASE class WHEN 'verbal cooperation' THEN n ELSE 0 END) AS verbal_cooperation,
     sum(CASE class WHEN 'material cooperation' THEN n ELSE 0 END) AS material_cooperation,
     sum(CASE class WHEN 'verbal conflict' THEN n ELSE 0 END) AS verbal_conflict,
     sum(CASE class WHEN 'material conflict' THEN n ELSE 0 END) AS material_conflict
RETURN period, events, counts, verbal_cooperation, material_cooperation, verbal_conflict,
       material_conflict,
       verbal_cooperation + material_cooperation - verbal_conflict - material_conflict
         AS balance
ORDER BY period
