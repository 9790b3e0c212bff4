// Realistic tag functions: HTML escaping, SQL-style placeholders, dedent, and String.raw-based paths.
const esc = s => String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const html = (strings, ...vals) => strings.reduce((out, s, i) => out + s + (i < vals.length ? esc(vals[i]) : ''), '');
const user = { name: '<b>Tom & "Jerry"</b>' };
console.log(html`<p title="${user.name}">${user.name}</p>`);
const sql = (strings, ...vals) => ({ text: strings.reduce((q, s, i) => q + '$' + i + s), values: vals });
console.log(JSON.stringify(sql`SELECT * FROM t WHERE a = ${1} AND b = ${'x'}`));
const dedent = (strings, ...vals) => {
  const raw = strings.reduce((out, s, i) => out + s + (vals[i] ?? ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter(l => l.trim()).map(l => l.match(/^ */)[0].length));
  return lines.map(l => l.slice(indent)).join('\n').trimEnd();
};
console.log(dedent`
    function ${'f'}() {
      return 1;
    }
`);
console.log(String.raw`C:\Users\${'me'}\new`, String.raw`\u{41}`.length);
