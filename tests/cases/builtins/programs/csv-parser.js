// A CSV parser with quoted fields, escaped quotes and CRLF, built on String and Array methods; prints a table.
function parseCsv(text) {
  var rows = [], row = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    var c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text.charAt(i + 1) === '\n') i++;
    if (c === '\n' || c === '\r') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += c; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
var rows = parseCsv('name,qty,note\r\n"Smith, J.",3,"said ""hi"""\nDoe,10,\n"multi\nline",0,end');
console.log(rows.length, JSON.stringify(rows[1]), JSON.stringify(rows[3]));
var widths = rows[0].map(function (_, col) { return Math.max.apply(null, rows.map(function (r) { return (r[col] || '').replace(/\n/g, ' ').length; })); });
rows.forEach(function (r) {
  console.log(r.map(function (f, col) { f = f.replace(/\n/g, ' '); return isNaN(f) || f === '' ? f + new Array(widths[col] - f.length + 1).join(' ') : new Array(widths[col] - f.length + 1).join(' ') + f; }).join(' | '));
});
