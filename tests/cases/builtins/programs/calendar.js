// A month calendar printed with Date (UTC getters), padStart and Array.from.
function calendar(year, month) {
  var first = new Date(Date.UTC(year, month, 1));
  var days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  var title = first.toUTCString().split(' ').slice(2, 4).join(' ');
  var lines = [title.padStart(10 + Math.floor(title.length / 2)), 'Su Mo Tu We Th Fr Sa'];
  var cells = Array.from({ length: first.getUTCDay() }, function () { return '  '; });
  for (var d = 1; d <= days; d++) cells.push(String(d).padStart(2));
  for (var i = 0; i < cells.length; i += 7) lines.push(cells.slice(i, i + 7).join(' '));
  return lines.join('\n');
}
console.log(calendar(2024, 1));
console.log(calendar(2023, 11));
console.log(new Date(Date.UTC(2024, 1, 29)).toISOString(), new Date(Date.UTC(2023, 1, 29)).toISOString());
