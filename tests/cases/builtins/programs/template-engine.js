// A tiny template engine: replace with a function replacer, nested property paths, escaping and loops.
function render(tpl, data) {
  tpl = tpl.replace(/\{\{#each (\w+)\}\}([\s\S]*?)\{\{\/each\}\}/g, function (_, name, body) {
    return (data[name] || []).map(function (item, i) { return render(body, Object.assign({}, data, item, { '@index': i })); }).join('');
  });
  return tpl.replace(/\{\{(\{?)\s*([\w.@]+)\s*\}?\}\}/g, function (m, raw, path) {
    var v = path.split('.').reduce(function (o, k) { return o == null ? undefined : o[k]; }, data);
    if (v === undefined) return '';
    v = String(v);
    return raw ? v : v.replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
  });
}
var out = render('<h1>{{ title }}</h1>{{#each items}}<li>{{@index}}: {{name}} ({{meta.qty}})</li>{{/each}}{{{ raw }}} {{missing}}', {
  title: 'Tom & "Jerry"', raw: '<b>bold</b>', items: [{ name: 'a<b', meta: { qty: 1 } }, { name: 'c', meta: {} }],
});
console.log(out);
