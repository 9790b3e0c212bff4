// Date.parse edge cases: ISO with and without zones, date-only as UTC, expanded years, invalid fields.
['2020-01-01', '2020-01-01T00:00', '2020-01-01T00:00Z', '2020-01-01T00:00:00.123456Z', '+002020-01-01T00:00:00Z', '-000001-01-01T00:00:00Z',
 '2020-13-01', '2020-02-30', '2020-01-01T24:00:00Z', '2020-01-01T24:00:01Z', '2020-1-1', '2020/01/01', 'Jan 1 2020', '1 January 2020 10:00 GMT+0100',
 'Tue, 01 Jan 2020 00:00:00 GMT', '2020-01-01T00:00:00+05:30', 'garbage', '', '2020', '2020-06', '-000000-01-01T00:00:00Z'].forEach(function (s) {
  var t = Date.parse(s);
  console.log(JSON.stringify(s), isNaN(t) ? 'NaN' : new Date(t).toISOString());
});
