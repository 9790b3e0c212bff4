// Building an HTML table with string concatenation, join, replace-based escaping and number formatting.
var rows = [['Apples', 3, 0.5], ['Bananas & co', 12, 0.25], ['<Cherries>', 100, 0.1]];
function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
var html = '<table>\n';
html += '  <tr>' + ['Item', 'Qty', 'Price', 'Total'].map(function (h) { return '<th>' + h + '</th>'; }).join('') + '</tr>\n';
var grand = 0;
rows.forEach(function (r) {
  var total = r[1] * r[2];
  grand += total;
  html += '  <tr><td>' + esc(r[0]) + '</td><td>' + r[1] + '</td><td>' + r[2].toFixed(2) + '</td><td>' + total.toFixed(2) + '</td></tr>\n';
});
html += '  <tr><td colspan="3">Total</td><td>' + grand.toFixed(2) + '</td></tr>\n</table>';
console.log(html);
console.log(html.split('\n').length, html.length, html.indexOf('&amp;'), (html.match(/<td>/g) || []).length);
