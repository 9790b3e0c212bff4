// Parsing log lines with named groups, grouping by level, and extracting durations with match/replace.
var log = [
  '2024-03-01T10:00:00Z INFO  [web] GET /index.html 200 12ms',
  '2024-03-01T10:00:01Z WARN  [db] slow query took 1500ms',
  '2024-03-01T10:00:02Z ERROR [web] GET /api/user 500 230ms',
  'garbage line',
  '2024-03-01T10:00:03Z INFO  [web] POST /api/login 302 45ms',
];
var re = /^(?<ts>\S+) (?<level>[A-Z]+)\s+\[(?<mod>\w+)\] (?<msg>.*)$/;
var byLevel = {}, total = 0, bad = 0;
log.forEach(function (line) {
  var m = re.exec(line);
  if (!m) { bad++; return; }
  (byLevel[m.groups.level] = byLevel[m.groups.level] || []).push(m.groups.mod);
  var d = m.groups.msg.match(/(\d+)ms$/);
  if (d) total += +d[1];
});
console.log(JSON.stringify(byLevel), total, bad);
var requests = log.map(function (l) { return /\b(GET|POST) (\S+) (\d{3})/.exec(l); }).filter(Boolean).map(function (m) { return m[1] + ' ' + m[2].replace(/\/api\//, '/v1/') + ' -> ' + m[3]; });
console.log(requests.join('\n'));
console.log(log.join('\n').replace(/\d{4}-\d\d-\d\dT(\d\d:\d\d:\d\d)Z/g, '$1').split('\n')[0]);
